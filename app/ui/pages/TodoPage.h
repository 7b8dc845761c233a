// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/TodoBoard.h"
#include "model/EditCommand.h"
#include "ui/pages/Page.h"

#include <QHash>
#include <memory>

class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class TodoPage;
}

namespace kitetp {

// The "À faire" page, first after opening a programme: one list grouped by theme (declaration and evaluation,
// patients, sessions, team; TodoBoard says which lines the file calls for), each line what is due, its date or
// count, how late or soon, and a link: a click or Return asks the window to show the page and the item where it is
// done (placeRequested). The lines follow the document's typed changes in place (same line, new text), read again
// from the file by TodoStore's few SQL counts.
class TodoPage : public Page
{
    Q_OBJECT
public:
    explicit TodoPage(QWidget *parent = nullptr);
    ~TodoPage() override;

    QTreeWidget *list() const;
    QList<TodoLine> lines() const { return m_lines; }
    // The line of `id` in the list (nullptr when the board has none).
    QTreeWidgetItem *item(const QString &id) const;

    // Brings the item `place` names into view on `page`, already shown by the window: a step of the declaration
    // wizard (key) and, for the team step, the member's row (row); a session (row). (The window itself selects patients and focuses programme fields.)
    static void openItem(Page *page, const EditPlace &place);

private:
    static void selectMember(QWidget *declarationPage, qint64 memberId);

public:

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void placeRequested(const kitetp::EditPlace &place);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDocument() override;
    void followChange(const Change &change) override;
    void reloadStale() override { refresh(); }
    void loadDeferred() override { refresh(); }
    void showLines(TodoLine::Theme theme, QList<TodoLine> lines);
    void follow(QTreeWidgetItem *item);

    std::unique_ptr<Ui::TodoPage> m_ui;
    QList<TodoLine> m_lines;
    QHash<int, QTreeWidgetItem *> m_groups; // by theme
};

} // namespace kitetp
