// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/PathEventDialog.h"

#include "core/Dates.h"
#include "core/PatientPath.h"
#include "storage/TeamStore.h"
#include "ui/FormIssues.h"
#include "ui_patheventdialog.h"


namespace kitetp {

PathEventDialog::PathEventDialog(ProgrammeFile &file, QList<PathEvent> path, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::PathEventDialog), m_path(std::move(path))
{
    m_ui->setupUi(this);
    for (PathEvent::Kind k : PatientPath::allKinds())
        m_ui->kindCombo->addItem(PatientPath::kindLabel(k), int(k));
    m_ui->memberCombo->addItem(tr("(non précisé)"), 0);
    for (const TeamMember &m : TeamStore(file).members())
        m_ui->memberCombo->addItem(m.profession.isEmpty() ? m.name : m.name + QStringLiteral(" (") + m.profession + QLatin1Char(')'), m.id);
    for (Patient::Status s : PatientPath::allStatuses())
        if (s != Patient::Status::Active)
            m_ui->reasonCombo->addItem(PatientPath::statusLabel(s), toStored(s));
    m_ui->dateEdit->setDateRange(Dates::earliestPlausible(), Dates::latestPlausible());
    m_ui->dateEdit->setRequired(true);
    m_ui->noteEdit->setMaximumHeight(90);
    FormIssues::watch(this, {m_ui->kindCombo, m_ui->dateEdit, m_ui->reasonCombo, m_ui->noteEdit}, [this] { check(); });
}

PathEventDialog::~PathEventDialog() = default;

void PathEventDialog::setEvent(const PathEvent &event)
{
    m_event = event;
    setWindowTitle(event.id ? tr("Modifier une étape du parcours") : tr("Ajouter une étape au parcours"));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(event.kind)));
    m_ui->dateEdit->setDate(event.date.isValid() ? event.date : QDate::currentDate());
    m_ui->memberCombo->setCurrentIndex(std::max(0, m_ui->memberCombo->findData(event.memberId)));
    m_ui->reasonCombo->setCurrentIndex(std::max(0, m_ui->reasonCombo->findData(event.reason)));
    m_ui->noteEdit->setPlainText(event.note);
    check();
}

PathEvent PathEventDialog::pathEvent() const
{
    PathEvent e = m_event;
    e.kind = static_cast<PathEvent::Kind>(m_ui->kindCombo->currentData().toInt());
    e.date = m_ui->dateEdit->date();
    e.memberId = m_ui->memberCombo->currentData().toLongLong();
    e.reason = e.kind == PathEvent::Kind::Exit ? m_ui->reasonCombo->currentData().toString() : m_event.reason;
    e.note = m_ui->noteEdit->toPlainText().trimmed();
    return e;
}

void PathEventDialog::check()
{
    const PathEvent e = pathEvent();
    const bool exit = e.kind == PathEvent::Kind::Exit;
    m_ui->reasonCombo->setVisible(exit);
    m_ui->reasonComboLabel->setVisible(exit);
    FormIssues issues;
    if (m_ui->dateEdit->hasInvalidInput())
        issues.add(FormIssues::Kind::Error, m_ui->dateEdit->invalidReason());
    for (const PathIssue &i : PatientPath::checkEvent(e, m_path, QDate::currentDate()))
        issues.add(i.isError() ? FormIssues::Kind::Error : FormIssues::Kind::Warning, i.message);
    issues.show(m_ui->issues, m_ui->buttons);
}

} // namespace kitetp
