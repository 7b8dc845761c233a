// SPDX-License-Identifier: EUPL-1.2
#include "storage/PathBulkWriter.h"

#include "core/Dates.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/Sql.h"

#include <QSqlError>


namespace kitetp {

struct PathBulkWriter::Queries
{
    explicit Queries(const ProgrammeFile &file)
        : patient(file.database()), status(file.database()), event(file.database()), objective(file.database()),
          plan(file.database()), session(file.database()), facilitator(file.database()), attendance(file.database())
    {
    }
    QSqlQuery patient, status, event, objective, plan, session, facilitator, attendance;
};

PathBulkWriter::PathBulkWriter(ProgrammeFile &file)
    : m_file(file), m_tx(std::make_unique<Transaction>(file)), m_q(std::make_unique<Queries>(file))
{
    suspendSummaryTriggers(); // before preparing: a schema change would make SQLite prepare them again
    m_q->patient.prepare(QStringLiteral("INSERT INTO patient(code, first_name, last_name, birth_year, sex, contact, cancer_site, "
                                     "treatment, referring_physician, gp_name, gp_address, referral, status, notes, id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_q->status.prepare(QStringLiteral("UPDATE patient SET status = ? WHERE id = ?"));
    m_q->event.prepare(QStringLiteral("INSERT INTO path_event(patient_id, kind, date, member_id, reason, note) VALUES (?, ?, ?, ?, ?, ?)"));
    m_q->objective.prepare(QStringLiteral("INSERT INTO objective(patient_id, skill_id, label, result, patient_view) VALUES (?, ?, ?, ?, ?)"));
    m_q->plan.prepare(QStringLiteral("INSERT OR IGNORE INTO plan_item(patient_id, seance_id) VALUES (?, ?)"));
    m_q->session.prepare(QStringLiteral("INSERT INTO session(seance_id, starts_at, duration_min, place, capacity, note) VALUES (?, ?, ?, ?, ?, ?)"));
    m_q->facilitator.prepare(QStringLiteral("INSERT OR IGNORE INTO session_facilitator(session_id, member_id) VALUES (?, ?)"));
    m_q->attendance.prepare(QStringLiteral("INSERT INTO attendance(session_id, patient_id, status) VALUES (?, ?, ?) "
                                        "ON CONFLICT(session_id, patient_id) DO UPDATE SET status = excluded.status"));
}

PathBulkWriter::~PathBulkWriter() = default;

void PathBulkWriter::suspendSummaryTriggers()
{
    if (m_file.isReadOnly() || !m_tx->isActive())
        return;
    QSqlQuery q = Sql::query(m_file);
    QStringList names;
    if (!Sql::select(q, m_file,
                     QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'patient\\_summary\\_%' ESCAPE '\\'"),
                     {})) {
        m_error = m_file.writeError({});
        return;
    }
    while (q.next()) {
        names << q.value(0).toString();
        m_triggers << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if ((m_error = Sql::exec(q, m_file, QStringLiteral("DROP TRIGGER \"%1\"").arg(quoted), {})))
            return;
    }
}

// The summaries of the patients written, as migration 005 computes them for every patient.
FileError PathBulkWriter::refreshSummaries()
{
    QSqlQuery q = Sql::query(m_file);
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bulk_patient(id INTEGER PRIMARY KEY)"), {}))
        return e;
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.bulk_patient(id) VALUES (?)")))
        return m_file.writeError(q.lastError().text());
    for (qint64 id : std::as_const(m_touched)) {
        q.bindValue(0, id);
        if (FileError e = Sql::exec(q, m_file))
            return e;
    }
    if (FileError e = Sql::exec(
            q, m_file,
            QStringLiteral(
                "INSERT OR REPLACE INTO patient_summary(patient_id, entry, assessment, plan, final, letter, leaving, shares, "
                "last_present, present) "
                "SELECT p.id, e.entry, e.assessment, e.plan, e.final, e.letter, e.leaving, coalesce(e.shares, 0), a.last_present, "
                "coalesce(a.present, 0) FROM temp.bulk_patient t JOIN patient p ON p.id = t.id "
                "LEFT JOIN (SELECT patient_id, MIN(date) AS entry, MAX(CASE WHEN kind = 'assessment' THEN date END) AS assessment, "
                "  MAX(CASE WHEN kind = 'plan' THEN date END) AS plan, MAX(CASE WHEN kind = 'final_evaluation' THEN date END) AS final, "
                "  MAX(CASE WHEN kind = 'gp_letter' THEN date END) AS letter, MAX(CASE WHEN kind = 'exit' THEN date END) AS leaving, "
                "  MAX(kind = 'consent_share') AS shares FROM path_event "
                "  WHERE patient_id IN (SELECT id FROM temp.bulk_patient) GROUP BY patient_id) e ON e.patient_id = p.id "
                "LEFT JOIN (SELECT at.patient_id, MAX(s.starts_at) AS last_present, COUNT(*) AS present "
                "  FROM attendance at JOIN session s ON s.id = at.session_id "
                "  WHERE at.status = 'present' AND at.patient_id IN (SELECT id FROM temp.bulk_patient) "
                "  GROUP BY at.patient_id) a ON a.patient_id = p.id"),
            {}))
        return e;
    return Sql::exec(q, m_file, QStringLiteral("DELETE FROM temp.bulk_patient"), {});
}

FileError PathBulkWriter::run(QSqlQuery &q, const QVariantList &values)
{
    if (m_error)
        return m_error;
    if (FileError e = m_file.checkWritable())
        return e;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return Sql::exec(q, m_file);
}

FileError PathBulkWriter::addPatient(Patient &p)
{
    using Sql::text;
    if (FileError e = run(m_q->patient, {p.code, text(p.firstName), text(p.lastName), Sql::nullIfZero(p.birthYear), text(p.sex),
                                      text(p.contact), text(p.cancerSite), text(p.treatment), text(p.referringPhysician),
                                      text(p.gpName), text(p.gpAddress), text(p.referral), toStored(p.status), text(p.notes),
                                      Sql::nullIfZero(p.id)}))
        return e;
    p.id = m_q->patient.lastInsertId().toLongLong();
    m_touched.insert(p.id);
    m_patients = true;
    return {};
}

FileError PathBulkWriter::setStatus(qint64 patientId, Patient::Status status)
{
    m_patients = true;
    return run(m_q->status, {toStored(status), patientId});
}

FileError PathBulkWriter::addEvent(PathEvent &e)
{
    if (FileError err = run(m_q->event, {e.patientId, toStored(e.kind), Dates::toStored(e.date), Sql::nullIfZero(e.memberId),
                                      Sql::text(e.reason), Sql::text(e.note)}))
        return err;
    e.id = m_q->event.lastInsertId().toLongLong();
    m_touched.insert(e.patientId);
    m_patients = true;
    return {};
}

FileError PathBulkWriter::addObjective(Objective &o)
{
    if (FileError err = run(m_q->objective, {o.patientId, Sql::nullIfZero(o.skillId), Sql::text(o.label), Sql::text(toStored(o.result)),
                                          Sql::text(o.patientView)}))
        return err;
    o.id = m_q->objective.lastInsertId().toLongLong();
    m_patients = true;
    return {};
}

FileError PathBulkWriter::addPlanItem(qint64 patientId, qint64 seanceId)
{
    m_patients = true;
    return run(m_q->plan, {patientId, seanceId});
}

FileError PathBulkWriter::addSession(Session &s)
{
    if (FileError e = run(m_q->session, {s.seanceId, SessionStore::storedDateTime(s.startsAt), s.durationMin, Sql::text(s.place),
                                      s.capacity, Sql::text(s.note)}))
        return e;
    s.id = m_q->session.lastInsertId().toLongLong();
    for (qint64 member : s.facilitatorIds)
        if (FileError e = run(m_q->facilitator, {s.id, member}))
            return e;
    m_sessions = true;
    return {};
}

FileError PathBulkWriter::setAttendance(const Attendance &a)
{
    m_touched.insert(a.patientId);
    m_sessions = true;
    return run(m_q->attendance, {a.sessionId, a.patientId, toStored(a.status)});
}

void PathBulkWriter::finish()
{
    if (!m_tx)
        return;
    if (!m_triggers.isEmpty() || m_error) {
        FileError error = m_error ? m_error : refreshSummaries();
        QSqlQuery q = Sql::query(m_file);
        for (const QString &sql : std::as_const(m_triggers))
            if (!error)
                error = Sql::exec(q, m_file, sql, {});
        m_triggers.clear();
        if (error) {
            m_tx.reset(); // rolls back: the caller's commit fails, nothing of this is kept
            return;
        }
    }
    if (!m_tx->commit())
        return;
    m_tx.reset();
    if (m_patients)
        m_file.emitChange(Change(ChangeArea::Patients));
    if (m_sessions)
        m_file.emitChange(Change(ChangeArea::Sessions));
}

} // namespace kitetp
