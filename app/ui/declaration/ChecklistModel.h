#pragma once

#include "core/DeclarationChecklist.h"
#include "model/ListTableModel.h"

#include <QColor>
#include <QHash>
#include <QIcon>

class QTableView;

namespace kitetp {

// The completeness check as a read-only table: section, requirement, state (coloured), detail.
class ChecklistModel : public ListTableModel<ChecklistItem>
{
    Q_OBJECT
public:
    enum Column { Section, Requirement, State, Detail, ColumnCount };
    explicit ChecklistModel(QObject *parent = nullptr) : ListTableModel(ColumnCount, parent) {}
    void setItems(const QList<ChecklistItem> &items) { resetRows(items); }
    const ChecklistItem &item(int row) const { return m_rows.at(row); }
    QVariant data(const QModelIndex &index, int role) const override;

    // The one way to show a checklist (the page's tab and the "check" wizard page): no horizontal scrolling.
    static void setupView(QTableView *view);
    static QColor statusColor(ChecklistItem::Status status);
    QIcon statusIcon(ChecklistItem::Status status) const;

private:
    QStringList columnTitles() const override;

    mutable QHash<int, QIcon> m_icons; // drawn once per state, freed with the model (before the application)
};

} // namespace kitetp
