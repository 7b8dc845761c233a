// SPDX-License-Identifier: EUPL-1.2
#include "storage/PatientPathReader.h"

#include "core/Dates.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

namespace kitetp {

namespace {

// Child rows come in the patients' code order (a join on patient, ordered by its unique code), so that each reader
// advances alongside the patients: a merge, not a lookup per patient.
bool start(QSqlQuery &q, const ProgrammeFile &file, const QString &sql)
{
    return Sql::select(q, file, sql) && q.next(); // a failed read is reported to the file
}

} // namespace

PatientPathReader::PatientPathReader(ProgrammeFile &file)
    : m_patients(Sql::query(file)), m_events(Sql::query(file)), m_objectives(Sql::query(file)), m_plan(Sql::query(file))
{
    Sql::select(m_patients, file, QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM attendance a WHERE a.patient_id = patient.id "
                                   "AND a.status = 'present') FROM patient ORDER BY code")
                                      .arg(PatientStore::patientColumns()));
    m_hasEvent = start(m_events, file, QStringLiteral("SELECT e.patient_id, e.kind, e.date, e.reason "
                                                "FROM path_event e JOIN patient p ON p.id = e.patient_id "
                                                "ORDER BY p.code, e.date, e.id"));
    m_hasObjective = start(m_objectives, file, QStringLiteral("SELECT o.patient_id, o.label, o.result "
                                                        "FROM objective o JOIN patient p ON p.id = o.patient_id "
                                                        "ORDER BY p.code, o.id"));
    m_hasPlan = start(m_plan, file, QStringLiteral("SELECT i.patient_id, i.seance_id FROM plan_item i "
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
    for (; m_hasEvent && m_events.value(0).toLongLong() == id; m_hasEvent = m_events.next()) {
        PathEvent e;
        e.patientId = id;
        e.kind = pathEventKindFromStored(m_events.value(1).toString());
        e.date = Dates::fromStored(m_events.value(2).toString());
        e.reason = m_events.value(3).toString();
        entry.events << e;
    }
    entry.objectives.clear();
    for (; m_hasObjective && m_objectives.value(0).toLongLong() == id; m_hasObjective = m_objectives.next()) {
        Objective o;
        o.patientId = id;
        o.label = m_objectives.value(1).toString();
        o.result = objectiveResultFromStored(m_objectives.value(2).toString());
        entry.objectives << o;
    }
    entry.plan.clear();
    for (; m_hasPlan && m_plan.value(0).toLongLong() == id; m_hasPlan = m_plan.next())
        entry.plan << m_plan.value(1).toLongLong();
    return true;
}

} // namespace kitetp
