// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Patients.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kitetp {

// Two sessions that overlap in time and share a facilitator, a place, or an enrolled patient.
struct SessionConflict
{
    enum class Kind { Facilitator, Place, Patient };
    Kind kind = Kind::Facilitator;
    qint64 firstSessionId = 0;
    qint64 secondSessionId = 0;
    qint64 subjectId = 0; // the team member or the patient; 0 for a place
    QString place;
};

// The answer to "may this patient be enrolled in this session?": an error refuses; warnings are told.
struct EnrolmentCheck
{
    QString error;
    QStringList warnings;
    bool allowed() const { return error.isEmpty(); }
};

// Rules of group sessions: validity, enrolment and capacity, conflicts. No SQL, no widgets.
namespace SessionRules {

constexpr int maxDurationMin = 8 * 60;
constexpr int maxCapacity = 60;

// Empty when the session can be saved; otherwise why not, in French.
QString checkSession(const Session &session);

bool overlaps(const Session &a, const Session &b);

// Who is counted against the capacity: everyone enrolled except the excused.
int occupied(const QList<Attendance> &attendance);
bool isFull(const Session &session, const QList<Attendance> &attendance);

// `plan`: the séances of the patient's personalised programme; `pathClosed`: the patient has left the programme.
EnrolmentCheck checkEnrolment(const Session &session, const QList<Attendance> &attendance, qint64 patientId,
                              const QList<qint64> &plan, bool pathClosed);

// A session has taken place once its start time is reached (`now`, local time): a session of today that has begun
// counts, one later today does not yet. Only such a session may hold presence, absence or excuse; a session still to
// come only takes enrolments ("inscrit"), and counts as held nowhere (letters, indicators).
bool hasStarted(const Session &session, const QDateTime &now);
// Empty when `status` may be recorded for `session` at `now`; otherwise why not, in the user's language.
QString checkAttendance(const Session &session, Attendance::Status status, const QDateTime &now);
// Empty when `session`, whose recorded attendance is `attendance`, may be given the new start `startsAt` at `now`;
// otherwise why not: a session holding presence, absence or excuse cannot be moved to a time still to come (the
// attendance would then be recorded ahead, which checkAttendance refuses).
QString checkReschedule(const Session &session, const QList<Attendance> &attendance, const QDateTime &startsAt, const QDateTime &now);

// Every conflict among `sessions`; `attendance` holds the enrolments of those sessions.
QList<SessionConflict> conflicts(const QList<Session> &sessions, const QList<Attendance> &attendance);

} // namespace SessionRules
} // namespace kitetp
