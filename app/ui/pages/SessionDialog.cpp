// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/SessionDialog.h"

#include "core/SessionRules.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"
#include "ui/FormIssues.h"
#include "ui_sessiondialog.h"

#include <QHash>

namespace kitetp {

SessionDialog::SessionDialog(ProgrammeFile &file, QWidget *parent) : QDialog(parent), m_ui(new Ui::SessionDialog), m_file(file)
{
    m_ui->setupUi(this);
    for (const Seance &s : GuideStore(file).seancesBrief())
        m_ui->seanceCombo->addItem(s.code + QStringLiteral(" — ") + s.title, s.id);
    for (const TeamMember &m : TeamStore(file).members()) {
        if (!m.active)
            continue;
        auto *item = new QListWidgetItem(m.profession.isEmpty() ? m.name : m.name + QStringLiteral(" (") + m.profession + QLatin1Char(')'),
                                         m_ui->facilitatorList);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->facilitatorList->setMaximumHeight(120);
    m_ui->startDate->setRequired(true);
    connect(m_ui->seanceCombo, &QComboBox::currentIndexChanged, this, [this] {
        // A new session takes the séance's duration and group size.
        if (m_session.id)
            return check();
        if (const auto s = GuideStore(m_file).seance(m_ui->seanceCombo->currentData().toLongLong())) {
            if (s->durationMin > 0)
                m_ui->durationSpin->setValue(s->durationMin);
            if (s->groupMax > 0)
                m_ui->capacitySpin->setValue(s->groupMax);
            if (!s->room.isEmpty() && m_ui->placeEdit->text().isEmpty())
                m_ui->placeEdit->setText(s->room);
        }
        check();
    });
    FormIssues::watch(this, {m_ui->startDate, m_ui->startTime, m_ui->durationSpin, m_ui->capacitySpin, m_ui->placeEdit, m_ui->facilitatorList},
                      [this] { check(); });
}

SessionDialog::~SessionDialog() = default;

void SessionDialog::setSession(const Session &session)
{
    m_session = session;
    setWindowTitle(session.id ? tr("Modifier la séance") : tr("Planifier une séance"));
    if (session.seanceId)
        m_ui->seanceCombo->setCurrentIndex(std::max(0, m_ui->seanceCombo->findData(session.seanceId)));
    m_ui->startDate->setDate(session.startsAt.date());
    m_ui->startTime->setTime(session.startsAt.time());
    if (session.id) {
        m_ui->durationSpin->setValue(session.durationMin);
        m_ui->capacitySpin->setValue(session.capacity);
        m_ui->placeEdit->setText(session.place);
        m_ui->noteEdit->setText(session.note);
    }
    for (int i = 0; i < m_ui->facilitatorList->count(); ++i) {
        QListWidgetItem *item = m_ui->facilitatorList->item(i);
        item->setCheckState(session.facilitatorIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    check();
}

Session SessionDialog::session() const
{
    Session s = m_session;
    s.seanceId = m_ui->seanceCombo->currentData().toLongLong();
    s.startsAt = QDateTime(m_ui->startDate->date(), m_ui->startTime->time());
    s.durationMin = m_ui->durationSpin->value();
    s.capacity = m_ui->capacitySpin->value();
    s.place = m_ui->placeEdit->text().trimmed();
    s.note = m_ui->noteEdit->text().trimmed();
    s.facilitatorIds.clear();
    for (int i = 0; i < m_ui->facilitatorList->count(); ++i)
        if (m_ui->facilitatorList->item(i)->checkState() == Qt::Checked)
            s.facilitatorIds << m_ui->facilitatorList->item(i)->data(Qt::UserRole).toLongLong();
    return s;
}

void SessionDialog::check()
{
    const Session s = session();
    const QString error = SessionRules::checkSession(s);
    FormIssues issues;
    if (m_ui->startDate->hasInvalidInput())
        issues.add(FormIssues::Kind::Error, m_ui->startDate->invalidReason());
    if (!error.isEmpty()) {
        issues.add(FormIssues::Kind::Error, error);
    } else {
        for (const QString &warning : conflictWarnings(m_file, s))
            issues.add(FormIssues::Kind::Warning, warning);
    }
    if (m_ui->seanceCombo->count() == 0)
        issues.add(FormIssues::Kind::Note, tr("Aucune séance n'existe : créez d'abord les ateliers (page « Ateliers »)."));
    issues.show(m_ui->issues, m_ui->buttons);
}

QStringList SessionDialog::conflictWarnings(ProgrammeFile &file, const Session &s)
{
    // The other sessions of that day and their enrolments, with the candidate (id -1) and its own enrolments.
    SessionStore store(file);
    QList<Session> day = store.sessions(s.startsAt.date(), s.startsAt.date());
    day.removeIf([&](const Session &x) { return x.id == s.id; });
    Session candidate = s;
    candidate.id = -1;
    day << candidate;
    QList<Attendance> attendance = store.attendanceBetween(s.startsAt.date(), s.startsAt.date());
    attendance.removeIf([&](const Attendance &a) { return a.sessionId == s.id; });
    if (s.id)
        for (Attendance a : store.attendance(s.id)) {
            a.sessionId = -1;
            attendance << a;
        }
    QHash<qint64, QString> names;
    for (const TeamMember &m : TeamStore(file).members())
        names.insert(m.id, m.name);
    const PatientStore patients(file);
    QStringList out;
    for (const SessionConflict &c : SessionRules::conflicts(day, attendance)) {
        if (c.firstSessionId != -1 && c.secondSessionId != -1)
            continue;
        switch (c.kind) {
        case SessionConflict::Kind::Place: out << tr("Le lieu « %1 » est déjà réservé à cette heure.").arg(c.place); break;
        case SessionConflict::Kind::Facilitator: out << tr("%1 anime déjà une séance à cette heure.").arg(names.value(c.subjectId)); break;
        case SessionConflict::Kind::Patient: {
            const auto p = patients.patient(c.subjectId);
            out << tr("Le patient %1 est déjà inscrit à une séance à cette heure.").arg(p ? p->code : QString());
            break;
        }
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace kitetp
