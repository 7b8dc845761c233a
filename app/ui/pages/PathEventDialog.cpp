#include "ui/pages/PathEventDialog.h"

#include "core/Dates.h"
#include "core/PatientPath.h"
#include "storage/TeamStore.h"
#include "ui_patheventdialog.h"

#include <QPushButton>

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
    m_ui->noteEdit->setMaximumHeight(90);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &PathEventDialog::check);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &PathEventDialog::check);
    connect(m_ui->reasonCombo, &QComboBox::currentIndexChanged, this, &PathEventDialog::check);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &PathEventDialog::check);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    const QList<PathIssue> issues = PatientPath::checkEvent(e, m_path, QDate::currentDate());
    QStringList lines;
    for (const PathIssue &i : issues)
        lines << QStringLiteral("<p style=\"color:%1\">%2</p>")
                     .arg(i.isError() ? QStringLiteral("#9c1c1c") : QStringLiteral("#8a5a00"), i.message.toHtmlEscaped());
    m_ui->issues->setText(lines.join(QString()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(PatientPath::firstError(issues).isEmpty());
}

} // namespace kitetp
