// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Patients.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kitetp {

// What one line of the patient list needs, read in one query for every patient (PatientStore::summaries()).
struct PatientSummary
{
    qint64 id = 0;
    QString code;
    QString firstName;
    QString lastName;
    QString cancerSite;
    Patient::Status status = Patient::Status::Active;
    QDate entryDate;       // first event of the path (proposal, consent...)
    QDate assessmentDate;  // latest of each kind; invalid = not yet
    QDate planDate;
    QDate finalDate;
    QDate letterDate;
    QDate exitDate;
    QDate lastPresence;    // last session attended (present)
    bool sharesWithGp = false; // consent to share data with the GP recorded
    int sessionsAttended = 0;
};

// A message about a path: an error refuses the change, a warning lets it through after telling the user.
struct PathIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString message;
    bool isError() const { return severity == Severity::Error; }
};

// What to do next for a patient.
struct NextStep
{
    enum class Kind { None, Assessment, Plan, Sessions, Relaunch, FinalEvaluation, GpLetter, Close };
    Kind kind = Kind::None;
    QDate due;        // invalid for None
    QString text;     // French, for the list and the page
    bool isOverdue(const QDate &today) const { return kind != Kind::None && due.isValid() && due < today; }
};

// The rules of the path (etp-path.md): no rules in widgets, no SQL here.
namespace PatientPath {

// Where a patient is on the path, for the list and its filter.
enum class Stage { Entry, Assessed, Planned, Evaluated, LetterSent, Exited };
Stage stage(const PatientSummary &summary);
QString stageLabel(Stage stage);
QList<Stage> allStages();

QString statusLabel(Patient::Status status);
QList<Patient::Status> allStatuses();
QString kindLabel(PathEvent::Kind kind);
QList<PathEvent::Kind> allKinds();
QString resultLabel(Objective::Result result);
QString attendanceLabel(Attendance::Status status);

// Checks an event before it is added to (or, with the same id, replaces one of) `path`. `today` bounds dates: an
// event of the path is something done, so it cannot be dated more than a day ahead.
QList<PathIssue> checkEvent(const PathEvent &event, const QList<PathEvent> &path, const QDate &today);
// The first error of checkEvent(), or empty.
QString firstError(const QList<PathIssue> &issues);

// The rule for the letter to the GP, written once: no synthesis leaves without the patient's consent to share data,
// that is a "consentement au partage" step on the path (`ignoredEventId`: that step does not count, while it is
// being edited). The path checks, the next step of a patient and the letter itself all ask here.
bool consentsToShare(const QList<PathEvent> &path, qint64 ignoredEventId = 0);

// Checks a patient's own fields (code, year of birth, lengths).
QString checkPatient(const Patient &patient, const QDate &today);

// A patient attending a séance outside the personalised programme gets a warning (empty when in the plan).
QString attendanceWarning(qint64 seanceId, const QList<qint64> &plan);

// What is due next; `quietWeeks`: a patient in sessions with no session for that long is to be relaunched.
NextStep nextStep(const PatientSummary &summary, const QDate &today, int quietWeeks = 8);

// Builds the summary of one patient from the full path (the patient page; the list uses the store's query).
PatientSummary summarise(const Patient &patient, const QList<PathEvent> &path, const QList<QDate> &presences);

// The week's to-do list of the programme.
struct WeekOverview
{
    QList<qint64> assessmentsToHold;  // entered, no assessment yet
    QList<qint64> lettersToSend;      // final evaluation done, no letter after it
    QList<qint64> quietPatients;      // in sessions, no session for `quietWeeks`
};
WeekOverview weekOverview(const QList<PatientSummary> &patients, const QDate &today, int quietWeeks = 8);

} // namespace PatientPath
} // namespace kitetp
