#include "storage/PathBulkWriter.h"

#include "core/Dates.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/Sql.h"


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

PathBulkWriter::PathBulkWriter(ProgrammeFile &file) : m_file(file), m_q(std::make_unique<Queries>(file))
{
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

FileError PathBulkWriter::run(QSqlQuery &q, const QVariantList &values)
{
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
    m_sessions = true;
    return run(m_q->attendance, {a.sessionId, a.patientId, toStored(a.status)});
}

void PathBulkWriter::finish()
{
    if (m_patients)
        m_file.emitChange(Change(ChangeArea::Patients));
    if (m_sessions)
        m_file.emitChange(Change(ChangeArea::Sessions));
}

} // namespace kitetp
