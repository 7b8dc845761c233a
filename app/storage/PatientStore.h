// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "core/PatientPath.h"
#include "core/Patients.h"
#include "storage/Store.h"

#include <QList>
#include <optional>

class QSqlQuery;

namespace kitetp {

// Patients and their paths: dated events, objectives, personalised programme (plan).
// Changes are announced as ChangeArea::Patients.
class PatientStore : public Store
{
public:
    using Store::Store;

    QList<Patient> patients() const;
    // One line per patient for the list (code, identity, site, status, dates of each stage, last presence), in
    // one query over the summary the file keeps (patient_summary): 100,000 patients in a fraction of a second.
    // Ordered by code.
    QList<PatientSummary> summaries() const;
    std::optional<PatientSummary> summary(qint64 id) const;
    QStringList codes() const; // every patient's code (an import checks its new codes against them)
    // Séance ids planned for each patient (the enrolment picker).
    QList<qint64> patientsPlanning(qint64 seanceId) const;
    std::optional<Patient> patient(qint64 id) const;
    std::optional<Patient> patientByCode(const QString &code) const;
    // The next free pseudonymous code for a patient entering in `year`: "P-2025-0001", "P-2025-0002", ...
    QString nextCode(int year) const;

    // add*() set the new row's id; a row that already has an id keeps it (undoing a removal puts it back as it was).
    FileError add(Patient &patient); // generates the code when empty (year of today)
    FileError update(const Patient &patient);
    FileError remove(qint64 id);     // with the whole path

    QList<PathEvent> events(qint64 patientId) const; // by date
    // addEvent() and updateEvent() refuse an invalid date or one outside 1990–2100 (InvalidInput).
    FileError addEvent(PathEvent &event);             // sets id
    FileError updateEvent(const PathEvent &event);
    FileError removeEvent(qint64 eventId);

    QList<Objective> objectives(qint64 patientId) const;
    FileError addObjective(Objective &objective);
    FileError updateObjective(const Objective &objective);
    FileError removeObjective(qint64 objectiveId);

    QList<qint64> plan(qint64 patientId) const;       // séance ids of the personalised programme
    FileError setPlan(qint64 patientId, const QList<qint64> &seanceIds);

    // Everything a patient's removal deletes, to put it back (undo).
    struct Snapshot
    {
        Patient patient;
        QList<PathEvent> events;
        QList<Objective> objectives;
        QList<qint64> plan;
        QList<Attendance> attendance;
    };
    Snapshot snapshot(qint64 id) const;
    FileError restore(const Snapshot &snapshot);

    static constexpr ChangeArea area() { return ChangeArea::Patients; }
    // The patient columns every reader selects (in this order, the first being the id), and their decoding.
    static QLatin1String patientColumns();
    static Patient patientFromRow(const QSqlQuery &query);
};

} // namespace kitetp
