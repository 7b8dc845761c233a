#pragma once

#include "core/FileError.h"
#include "core/Patients.h"

#include <memory>

class QSqlQuery;

namespace kitetp {

class ProgrammeFile;

// Writes many patients, paths, sessions and enrolments quickly (the demo generator, large imports): one statement
// prepared once per kind of row, no per-row change signal. Use it inside a Transaction; finish() announces the
// changes (ChangeArea::Patients, ChangeArea::Sessions) once.
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

    ProgrammeFile &m_file;
    struct Queries; // the statements, prepared once (QtSql stays inside storage/)
    std::unique_ptr<Queries> m_q;
    bool m_patients = false;
    bool m_sessions = false;
};

} // namespace kitetp
