// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Attachment.h"
#include "ui/DocumentView.h"


#include <memory>
#include <vector>

class QPushButton;
class QTableWidget;
class QTemporaryFile;

namespace kitetp {

class ProgrammeDocument;

// The pieces attached to the programme, on the Déclaration page: add (PDF, PNG, JPEG), open (a private temporary
// copy, 0600, shown by the system's viewer), replace, remove — each an undo step of the programme's stack.
class AttachmentsPanel : public DocumentView
{
    Q_OBJECT
public:
    explicit AttachmentsPanel(QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    QTableWidget *table() const { return m_table; }
    // Attaches the file at `path` as `piece` (of `memberId`); reports a refusal in a message box. True when attached.
    bool attachFile(const QString &path, Attachment::Piece piece, qint64 memberId, const QString &title);
    // The piece on the current row (without data), or id 0.
    Attachment current() const;

public Q_SLOTS:
    void reload();
    void add();
    void openCurrent();
    void replaceCurrent();
    void removeCurrent();

private:
    void showDocument() override;
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QList<Attachment> m_items;
    std::vector<std::unique_ptr<QTemporaryFile>> m_opened; // removed when the panel goes
};

} // namespace kitetp
