// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/SharingDialog.h"

#include "model/GuideCommands.h"
#include "model/ProgrammeDocument.h"
#include "storage/SharingStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kitetp {

SharingDialog::SharingDialog(ProgrammeDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("sharingDialog"));
    setWindowTitle(tr("Envois de paquets"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Les paquets de guides et de supports envoyés à d'autres programmes. Six mois après un envoi, la page "
                               "« À faire » rappelle de demander comment les supports ont été utilisés : notez la réponse ici "
                               "(double-clic sur la cellule)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Envoyé le"), tr("Destinataire"), tr("Paquet"), tr("Conducteurs"),
                                        tr("Utilisation des supports (réponse)"), tr("Répondu le")});
    m_table->setAccessibleName(tr("Paquets envoyés"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Answer, QHeaderView::Stretch);
    layout->addWidget(m_table);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(box);
    connect(m_table, &QTableWidget::itemChanged, this, &SharingDialog::commit);
    // Queued: an edit committed from a cell must not have its item replaced while the table still handles it.
    connect(
        m_document, &ProgrammeDocument::changed, this,
        [this](const Change &change) {
            if (change.touches(ChangeArea::Guides))
                reload();
        },
        Qt::QueuedConnection);
    resize(900, 360);
    reload();
}

void SharingDialog::reload()
{
    m_filling = true;
    const int row = m_table->currentRow(), column = m_table->currentColumn();
    m_rows = SharingStore(m_document->file()).list();
    m_table->setRowCount(int(m_rows.size()));
    const QLocale locale;
    const bool writable = !m_document->isReadOnly();
    for (int i = 0; i < m_rows.size(); ++i) {
        const PackageSent &s = m_rows.at(i);
        const QStringList cells{locale.toString(s.sentOn, QLocale::ShortFormat), s.recipient, s.fileName, s.conducteurs, s.answer,
                                locale.toString(s.answeredOn, QLocale::ShortFormat)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (writable && (c == Recipient || c == Answer))
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            item->setData(Qt::UserRole, s.id);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnToContents(SentOn);
    m_table->resizeColumnToContents(Package);
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, column);
    m_filling = false;
}

void SharingDialog::commit(QTableWidgetItem *item)
{
    if (m_filling || !item || (item->column() != Recipient && item->column() != Answer))
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const auto before = SharingStore(m_document->file()).sent(id);
    if (!before)
        return;
    PackageSent after = *before;
    (item->column() == Recipient ? after.recipient : after.answer) = item->text().trimmed();
    if (after.recipient == before->recipient && after.answer == before->answer)
        return;
    if (after.answer.isEmpty())
        after.answeredOn = {};
    else if (!after.answeredOn.isValid())
        after.answeredOn = QDate::currentDate();
    if (!m_document->push(GuideCommands::sending(m_document, *before, after)))
        reload();
}

void SharingDialog::editAnswer(qint64 id)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id) {
            m_table->setCurrentCell(i, Answer);
            m_table->editItem(m_table->item(i, Answer));
        }
}

} // namespace kitetp
