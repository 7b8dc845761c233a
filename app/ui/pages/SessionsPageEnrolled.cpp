// SPDX-License-Identifier: EUPL-1.2
// The Séances page's enrolled patients: a row per patient of the selected session with its attendance (a list the
// facilitator changes; a session still to come refuses present or absent), enrolling and removing patients.
#include "ui/pages/SessionsPage.h"

#include "core/PatientPath.h"
#include "core/SessionRules.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "storage/PatientStore.h"
#include "storage/SessionStore.h"
#include "ui/IdentityPrivacy.h"
#include "ui/pages/EnrolDialog.h"
#include "ui_sessionspage.h"

#include <QComboBox>
#include <QTimer>

#include <algorithm>

namespace kitetp {

// Row `row` of the enrolled table: the patient, the attendance (a list the user changes), the remark on the plan.
void SessionsPage::fillEnrolledRow(int row, const Attendance &a, const Session &s)
{
    QTableWidget *t = m_ui->enrolledTable;
    const PatientStore patients(m_document->file());
    const Patient p = patients.patient(a.patientId).value_or(Patient());
    QString label = p.code;
    if (!IdentityPrivacy::instance()->hidden() && p.hasIdentity())
        label += QStringLiteral(" — ") + QString(p.lastName.toUpper() + QLatin1Char(' ') + p.firstName).trimmed();
    auto *item = new QTableWidgetItem(label);
    item->setData(Qt::UserRole, a.patientId);
    t->setItem(row, 0, item);
    auto *combo = qobject_cast<QComboBox *>(t->cellWidget(row, 1));
    if (!combo) {
        combo = new QComboBox(t);
        for (Attendance::Status st : {Attendance::Status::Enrolled, Attendance::Status::Present, Attendance::Status::Absent,
                                      Attendance::Status::Excused})
            combo->addItem(PatientPath::attendanceLabel(st), int(st));
        combo->setEnabled(!m_document->isReadOnly());
        // The status before the choice is the one recorded now (the list follows changes in place).
        connect(combo, &QComboBox::activated, this, [this, session = a.sessionId, patient = a.patientId, combo] {
            const auto current = std::find_if(m_attendance.cbegin(), m_attendance.cend(), [&](const Attendance &x) {
                return x.sessionId == session && x.patientId == patient;
            });
            if (current == m_attendance.cend())
                return;
            Attendance after = *current;
            after.status = static_cast<Attendance::Status>(combo->currentData().toInt());
            const auto s = std::find_if(m_sessions.cbegin(), m_sessions.cend(), [session](const Session &x) { return x.id == session; });
            if (const QString refused = s == m_sessions.cend() ? QString()
                                                                : SessionRules::checkAttendance(*s, after.status, QDateTime::currentDateTime());
                !refused.isEmpty()) {
                combo->setCurrentIndex(int(current->status)); // the list shows what is recorded
                m_ui->enrolWarning->setTextFormat(Qt::PlainText);
                m_ui->enrolWarning->setText(refused);
                Q_EMIT status(refused);
                return;
            }
            if (const Attendance::Status before = current->status; after.status != before)
                QTimer::singleShot(0, this, [this, after, before] { m_document->push(PatientCommands::setAttendance(m_document, after, before)); });
        });
        t->setCellWidget(row, 1, combo);
    }
    combo->setCurrentIndex(int(a.status));
    t->setItem(row, 2, new QTableWidgetItem(PatientPath::attendanceWarning(s.seanceId, patients.plan(a.patientId))));
}

void SessionsPage::enrol()
{
    const auto s = m_selected ? SessionStore(m_document->file()).session(m_selected) : std::nullopt;
    if (!s)
        return;
    ProgrammeFile &file = m_document->file();
    EnrolDialog dialog(file, *s, SessionStore(file).attendance(s->id), IdentityPrivacy::instance()->hidden(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList warnings;
    PatientStore patients(file);
    for (qint64 id : dialog.selected()) {
        const QList<Attendance> current = SessionStore(file).attendance(s->id);
        const auto summary = patients.summary(id);
        const EnrolmentCheck check = SessionRules::checkEnrolment(*s, current, id, patients.plan(id),
                                                                  summary && PatientPath::stage(*summary) == PatientPath::Stage::Exited);
        if (!check.allowed()) {
            warnings << check.error;
            continue;
        }
        warnings << check.warnings;
        m_document->push(PatientCommands::setAttendance(m_document, {s->id, id, Attendance::Status::Enrolled}, std::nullopt));
    }
    warnings.removeDuplicates();
    m_ui->enrolWarning->setTextFormat(Qt::PlainText);
    m_ui->enrolWarning->setText(warnings.join(QLatin1Char('\n')));
}

void SessionsPage::unenrol()
{
    const int row = m_ui->enrolledTable->currentRow();
    if (row < 0 || !m_selected)
        return;
    const qint64 patient = m_ui->enrolledTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const Attendance &a : SessionStore(m_document->file()).attendance(m_selected))
        if (a.patientId == patient)
            m_document->push(PatientCommands::removeAttendance(m_document, a));
}

} // namespace kitetp
