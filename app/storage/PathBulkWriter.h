// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/Patients.h"

#include <QSet>
#include <QStringList>

#include <memory>

class QSqlQuery;

namespace kitetp {

class ProgrammeFile;
class Transaction;

// Writes many patients, paths, sessions and enrolments quickly (the demo generator, large imports): one statement
// prepared once per kind of row, no per-row change signal. Use it inside a Transaction; finish() announces the
// changes (ChangeArea::Patients, ChangeArea::Sessions) once.
//
// The triggers that keep patient_summary (migration 005) are set aside meanwhile, inside the writer's own
// (nested) transaction: row by row they would rewrite summary pages all over the file (at 100,000 patients, 7 million
// page writes and two thirds more time for the demo). finish() computes the summaries of the patients written, in
// one statement, and puts the triggers back; without finish(), or when that fails, the transaction rolls back whole
// (the triggers with it).
class PathBulkWriter
{
public:
    explicit PathBulkWriter(ProgrammeFile &file);
    ~PathBulkWriter();
    PathBulkWriter(const PathBulkWriter &) = delete;
    PathBulkWriter &operator=(const PathBulkWriter &) = delete;

    FileError addPatient(Patient &patient);       // sets id; the code must be set
    FileError setStatus(qint64 patientId, Patient::Status status);
    FileError addEvent(PathEvent &event);
    FileError addObjective(Objective &objective);
    FileError addPlanItem(qint64 patientId, qint64 seanceId);
    FileError addSession(Session &session);       // sets id, with its facilitators
    FileError setAttendance(const Attendance &attendance);
    void finish();

private:
    FileError run(QSqlQuery &query, const QVariantList &values);
    void suspendSummaryTriggers();
    FileError refreshSummaries();

    ProgrammeFile &m_file;
    std::unique_ptr<Transaction> m_tx; // before m_q: the statements go before the transaction ends
    struct Queries; // the statements, prepared once (QtSql stays inside storage/)
    std::unique_ptr<Queries> m_q;
    QStringList m_triggers; // the summary's triggers set aside (their SQL), put back by finish()
    QSet<qint64> m_touched; // the patients whose summary finish() computes
    FileError m_error;
    bool m_patients = false;
    bool m_sessions = false;
};

} // namespace kitetp
