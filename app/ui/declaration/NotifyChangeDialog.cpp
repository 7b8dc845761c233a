// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/NotifyChangeDialog.h"

#include "core/Dates.h"
#include "ui_notifychangedialog.h"

#include <QLocale>

namespace kitetp {

NotifyChangeDialog::NotifyChangeDialog(QWidget *parent) : QDialog(parent), m_ui(new Ui::NotifyChangeDialog)
{
    m_ui->setupUi(this);
    for (auto c : {DeclarationEvent::Change::Coordinator, DeclarationEvent::Change::Objectives, DeclarationEvent::Change::Funding})
        m_ui->change->addItem(DeclarationEvent::label(c), int(c));
    m_ui->date->setDateRange(Dates::earliestPlausible(), Dates::latestPlausible());
    m_ui->date->setRequired(true);
    m_ui->date->setDate(QDate::currentDate());
}

NotifyChangeDialog::~NotifyChangeDialog() = default;

DeclarationEvent NotifyChangeDialog::declarationEvent() const
{
    DeclarationEvent e;
    e.kind = DeclarationEvent::Kind::Change;
    e.change = DeclarationEvent::Change(m_ui->change->currentData().toInt());
    e.date = m_ui->date->date();
    e.note = m_ui->note->toPlainText().trimmed();
    e.previous = m_ui->previous->toPlainText().trimmed();
    return e;
}

void NotifyChangeDialog::accept()
{
    const DeclarationEvent e = declarationEvent();
    QString reason = m_ui->date->invalidReason(); // a refused typed date: never the previous one in its place
    if (reason.isEmpty())
        reason = e.check();
    if (reason.isEmpty() && e.date > QDate::currentDate())
        reason = DeclarationTimeline::tr("Le %1 est dans le futur : saisissez la date à laquelle c'est arrivé.")
                     .arg(QLocale().toString(e.date, QLocale::ShortFormat));
    m_ui->dateError->setTextFormat(Qt::PlainText);
    m_ui->dateError->setText(reason);
    m_ui->dateError->setVisible(!reason.isEmpty());
    if (reason.isEmpty())
        QDialog::accept();
}

} // namespace kitetp
