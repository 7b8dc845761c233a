#include "storage/PatientPathReader.h"

#include "core/Dates.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"

namespace kitetp {

namespace {

// Child rows come in the patients' code order (a join on patient, ordered by its unique code), so that each reader
// advances alongside the patients: a merge, not a lookup per patient.
bool start(QSqlQuery &q, const QString &sql)
{
    q.setForwardOnly(true);
    return q.exec(sql) && q.next();
}

} // namespace

PatientPathReader::PatientPathReader(ProgrammeFile &file)
    : m_patients(file.database()), m_events(file.database()), m_objectives(file.database()), m_plan(file.database())
{
    m_patients.setForwardOnly(true);
    m_patients.exec(QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM attendance a WHERE a.patient_id = patient.id "
                                   "AND a.status = 'present') FROM patient ORDER BY code")
                        .arg(PatientStore::patientColumns()));
    m_hasEvent = start(m_events, QStringLiteral("SELECT e.id, e.patient_id, e.kind, e.date, e.member_id, e.reason, e.note "
                                                "FROM path_event e JOIN patient p ON p.id = e.patient_id "
                                                "ORDER BY p.code, e.date, e.id"));
    m_hasObjective = start(m_objectives, QStringLiteral("SELECT o.id, o.patient_id, o.skill_id, o.label, o.result, o.patient_view "
                                                        "FROM objective o JOIN patient p ON p.id = o.patient_id "
                                                        "ORDER BY p.code, o.id"));
    m_hasPlan = start(m_plan, QStringLiteral("SELECT i.patient_id, i.seance_id FROM plan_item i "
                                             "JOIN patient p ON p.id = i.patient_id ORDER BY p.code, i.seance_id"));
}

bool PatientPathReader::next(Entry &entry)
{
    if (!m_patients.next())
        return false;
    entry.patient = PatientStore::patientFromRow(m_patients);
    entry.present = m_patients.value(15).toInt();
    const qint64 id = entry.patient.id;
    entry.events.clear();
    for (; m_hasEvent && m_events.value(1).toLongLong() == id; m_hasEvent = m_events.next())
        entry.events << PathEvent{m_events.value(0).toLongLong(), id, pathEventKindFromStored(m_events.value(2).toString()),
                                  Dates::fromStored(m_events.value(3).toString()), m_events.value(4).toLongLong(),
                                  m_events.value(5).toString(), m_events.value(6).toString()};
    entry.objectives.clear();
    for (; m_hasObjective && m_objectives.value(1).toLongLong() == id; m_hasObjective = m_objectives.next())
        entry.objectives << Objective{m_objectives.value(0).toLongLong(), id, m_objectives.value(2).toLongLong(),
                                      m_objectives.value(3).toString(), objectiveResultFromStored(m_objectives.value(4).toString()),
                                      m_objectives.value(5).toString()};
    entry.plan.clear();
    for (; m_hasPlan && m_plan.value(0).toLongLong() == id; m_hasPlan = m_plan.next())
        entry.plan << m_plan.value(1).toLongLong();
    return true;
}

} // namespace kitetp
