// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Sharing.h"
#include "ui/DocumentView.h"

#include <QDialog>

class QTableWidget;
class QTableWidgetItem;

namespace kitetp {

class ProgrammeDocument;

// « Envois de paquets » (Ateliers ▸ Échanger): the packages of guides sent to other programmes, one row each — the
// date, the recipient (editable), the package, its conducteurs, and how the materials were used (the answer asked
// six months later, editable; recording it clears the line of the « À faire » board). Each edit an undo step.
class SharingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SharingDialog(ProgrammeDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Puts the row of sending `id` current and its answer cell in edition.
    void editAnswer(qint64 id);
    enum Column { SentOn, Recipient, Package, Conducteurs, Answer, AnsweredOn, ColumnCount };

public Q_SLOTS:
    void reload();

private:
    void commit(QTableWidgetItem *item);

    ProgrammeDocument *m_document;
    QTableWidget *m_table;
    QList<PackageSent> m_rows;
    bool m_filling = false;
};

} // namespace kitetp
