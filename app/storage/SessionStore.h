// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "core/Patients.h"
#include "storage/Store.h"

#include <QList>
#include <optional>

class QSqlQuery;

namespace kitetp {

// One session a patient was enrolled in, with the status (the patient page's attendance list).
struct PatientSession
{
    Session session; // without facilitators
    Attendance::Status status = Attendance::Status::Enrolled;
};

// Sessions on the calendar, their facilitators and attendance. Changes are announced as ChangeArea::Sessions.
class SessionStore : public Store
{
public:
    using Store::Store;

    // Sessions starting in [from, to] (inclusive days); invalid dates leave that side open.
    QList<Session> sessions(const QDate &from = {}, const QDate &to = {}) const;
    std::optional<Session> session(qint64 id) const;
    // add() and update() refuse an invalid start or one outside 1990–2100 (InvalidInput).
    FileError add(Session &session); // sets id; a session that has one keeps it (undo of a removal)
    FileError update(const Session &session);
    FileError remove(qint64 id);

    QList<Attendance> attendance(qint64 sessionId) const;
    QList<Attendance> attendanceOfPatient(qint64 patientId) const;
    QList<PatientSession> sessionsOfPatient(qint64 patientId) const; // by start time
    // Every enrolment in the sessions starting in [from, to] (conflicts, counts on the calendar).
    QList<Attendance> attendanceBetween(const QDate &from, const QDate &to) const;
    FileError setAttendance(const Attendance &attendance); // enrols or changes the status
    FileError removeAttendance(qint64 sessionId, qint64 patientId);

    static constexpr ChangeArea area() { return ChangeArea::Sessions; }
    static QString storedDateTime(const QDateTime &dt);
    static QDateTime dateTimeFromStored(const QString &text);

private:
    FileError writeFacilitators(QSqlQuery &query, const Session &session);
};

} // namespace kitetp
