// SPDX-License-Identifier: EUPL-1.2
#include "storage/TodoStore.h"

#include "core/Dates.h"
#include "core/Patients.h"
#include "storage/DeclarationStore.h"
#include "storage/EvaluationStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/Sql.h"
#include "storage/SharingStore.h"
#include "storage/TeamStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace kitetp {

namespace {

// The patients a line of the board counts, on patient_summary (migration 005) joined to patient. Active: the stages
// of PatientPath::stage() before Exited.
const char activePatients[] = "FROM patient p JOIN patient_summary s ON s.patient_id = p.id "
                              "WHERE p.status = ? AND s.leaving IS NULL AND ";
// Still at the entry stage: no shared assessment, plan or final evaluation recorded.
const char atEntry[] = "s.assessment IS NULL AND s.plan IS NULL AND s.final IS NULL";
// Planned, at least one session attended, the plan agreed on or before the bound date (6 months ago).
const char finalDue[] = "s.final IS NULL AND s.plan IS NOT NULL AND s.present > 0 AND s.plan <= ?";
// Final evaluation done, no GP letter since, and the consent to share recorded (PatientPath::consentsToShare()).
const char letterDue[] = "s.final IS NOT NULL AND (s.letter IS NULL OR s.letter < s.final) AND s.shares > 0";

QString sql(const char *select, const char *where, const char *order = "")
{
    return QLatin1String(select) + QLatin1Char(' ') + QLatin1String(activePatients) + QLatin1String(where)
           + QLatin1String(order);
}

qint64 firstId(const ProgrammeFile &file, const char *where, const char *order, const QVariantList &values)
{
    return Sql::value(file, sql("SELECT p.id", where, order) + QStringLiteral(" LIMIT 1"), values).toLongLong();
}

} // namespace

TodoFacts TodoStore::facts(const QDateTime &now) const
{
    TodoFacts f;
    f.today = now.date();
    f.events = DeclarationStore(m_file).events();
    f.calendar = EvaluationStore(m_file).calendar(false, f.today);
    const QString nowText = SessionStore::storedDateTime(now);
    f.lastSessionHeld = Dates::fromStored(
        Sql::value(m_file, QStringLiteral("SELECT substr(max(starts_at), 1, 10) FROM session WHERE starts_at <= ?"), {nowText})
            .toString());
    // The programme has started once a patient's path or a session has (as DeclarationStore::facts() sees it).
    const QDate firstSession = Dates::fromStored(
        Sql::value(m_file, QStringLiteral("SELECT substr(min(starts_at), 1, 10) FROM session WHERE starts_at <= ?"), {nowText})
            .toString());
    // Each patient's first path date is kept in patient_summary (20,000 rows instead of every path event).
    QDate firstPath = Dates::fromStored(Sql::value(m_file, QStringLiteral("SELECT min(entry) FROM patient_summary")).toString());
    if (firstPath > f.today)
        firstPath = {};
    f.firstActivity = firstSession;
    if (firstPath.isValid() && (!f.firstActivity.isValid() || firstPath < f.firstActivity))
        f.firstActivity = firstPath;
    readPatients(f);
    readSessions(f, now);
    for (const TeamMember &m : TeamStore(m_file).members())
        if (m.active)
            f.team << m;
    QList<PackageSent> sent = SharingStore(m_file).list();
    std::reverse(sent.begin(), sent.end()); // oldest first
    for (const PackageSent &s : std::as_const(sent))
        if (s.followUpDue(f.today))
            f.followUps << s;
    return f;
}

void TodoStore::readPatients(TodoFacts &f) const
{
    const QString active = toStored(Patient::Status::Active);
    {
        QSqlQuery q = Sql::query(m_file);
        if (Sql::select(q, m_file, sql("SELECT count(*), coalesce(sum(s.entry < ?), 0)", atEntry),
                        {Dates::toStored(f.today.addDays(-30)), active})
            && q.next()) {
            f.assessmentsToDo = q.value(0).toInt();
            f.assessmentsLate = q.value(1).toInt();
        }
    }
    if (f.assessmentsToDo > 0)
        f.firstAssessmentPatient = firstId(m_file, atEntry, " ORDER BY s.entry IS NULL, s.entry, p.id", {active});
    const QString sixMonthsAgo = Dates::toStored(f.today.addMonths(-6));
    f.finalEvaluationsDue = Sql::value(m_file, sql("SELECT count(*)", finalDue), {active, sixMonthsAgo}).toInt();
    if (f.finalEvaluationsDue > 0)
        f.firstFinalPatient = firstId(m_file, finalDue, " ORDER BY s.plan, p.id", {active, sixMonthsAgo});
    f.lettersToSend = Sql::value(m_file, sql("SELECT count(*)", letterDue), {active}).toInt();
    if (f.lettersToSend > 0)
        f.firstLetterPatient = firstId(m_file, letterDue, " ORDER BY s.final, p.id", {active});
}

void TodoStore::readSessions(TodoFacts &f, const QDateTime &now) const
{
    const QString enrolled = toStored(Attendance::Status::Enrolled);
    const auto session = [](const QSqlQuery &q) {
        TodoSession s;
        s.id = q.value(0).toLongLong();
        s.startsAt = SessionStore::dateTimeFromStored(q.value(1).toString());
        s.seance = QStringLiteral("%1 — %2").arg(q.value(2).toString(), q.value(3).toString());
        s.enrolled = q.value(4).toInt();
        s.unrecorded = q.value(5).toInt();
        return s;
    };
    const QString columns = QStringLiteral("SELECT s.id, s.starts_at, se.code, se.title, count(a.patient_id), "
                                           "coalesce(sum(a.status = ?), 0) "
                                           "FROM session s JOIN seance se ON se.id = s.seance_id ");
    const QDate monday = f.today.addDays(1 - f.today.dayOfWeek());
    f.thisWeek = Sql::rows<TodoSession>(
        m_file,
        columns + QStringLiteral("LEFT JOIN attendance a ON a.session_id = s.id WHERE s.starts_at >= ? AND s.starts_at < ? "
                                 "GROUP BY s.id ORDER BY s.starts_at, s.id"),
        {enrolled, SessionStore::storedDateTime(monday.startOfDay()), SessionStore::storedDateTime(monday.addDays(7).startOfDay())},
        session);
    // Started sessions with someone still only "inscrit": newest first, the first few kept, all counted. Driven by
    // the enrolments still "inscrit" (one pass over attendance) rather than by every past session's attendance.
    QSqlQuery q = Sql::query(m_file);
    if (!Sql::select(q, m_file,
                     QStringLiteral("SELECT s.id, s.starts_at, se.code, se.title, "
                                    "(SELECT count(*) FROM attendance a WHERE a.session_id = s.id), u.n "
                                    "FROM (SELECT session_id, count(*) AS n FROM attendance WHERE status = ? "
                                    "GROUP BY session_id) u "
                                    "JOIN session s ON s.id = u.session_id JOIN seance se ON se.id = s.seance_id "
                                    "WHERE s.starts_at <= ? ORDER BY s.starts_at DESC, s.id"),
                     {enrolled, SessionStore::storedDateTime(now)}))
        return;
    while (q.next()) {
        ++f.unrecordedTotal;
        if (f.unrecorded.size() < TodoBoard::shownUnrecorded)
            f.unrecorded << session(q);
    }
}

} // namespace kitetp
