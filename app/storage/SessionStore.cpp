// SPDX-License-Identifier: EUPL-1.2
#include "storage/SessionStore.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace kitetp {

namespace {
// The last guard for every writer (dialog, undo, command line): no date outside 1990–2100 reaches the file.
FileError refuseImplausible(const ProgrammeFile &file, const QDateTime &startsAt)
{
    if (startsAt.isValid() && Dates::isPlausible(startsAt.date()))
        return {};
    return FileError(FileError::InvalidInput, file.path(),
                     QCoreApplication::translate("SessionStore", "La date de la séance est absente ou invraisemblable (entre 1990 et 2100)."));
}

Session sessionFrom(const QSqlQuery &q)
{
    return Session{q.value(0).toLongLong(), q.value(1).toLongLong(), SessionStore::dateTimeFromStored(q.value(2).toString()),
                   q.value(3).toInt(), q.value(4).toString(), q.value(5).toInt(), q.value(6).toString(), {}};
}

Attendance attendanceFrom(const QSqlQuery &q)
{
    return Attendance{q.value(0).toLongLong(), q.value(1).toLongLong(), attendanceStatusFromStored(q.value(2).toString())};
}

// Attendance is part of the session and of the patient's record: both views follow it.
Change attendanceChange(qint64 sessionId, qint64 patientId)
{
    Change change(ChangeArea::Sessions, QList<qint64>{sessionId});
    change.merge(Change(ChangeArea::Patients, QList<qint64>{patientId}));
    return change;
}
} // namespace

QString SessionStore::storedDateTime(const QDateTime &dt)
{
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QDateTime SessionStore::dateTimeFromStored(const QString &text)
{
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QList<Session> SessionStore::sessions(const QDate &from, const QDate &to) const
{
    QList<Session> out;
    QStringList where;
    QVariantList values;
    if (from.isValid()) {
        where << QStringLiteral("starts_at >= ?");
        values << Dates::toStored(from);
    }
    if (to.isValid()) {
        where << QStringLiteral("starts_at < ?");
        values << Dates::toStored(to.addDays(1));
    }
    out = Sql::rows<Session>(m_file,
                             QStringLiteral("SELECT id, seance_id, starts_at, duration_min, place, capacity, note FROM session %1 ORDER BY starts_at, id")
                                 .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                             values, sessionFrom);
    QSqlQuery f = Sql::query(m_file);
    f.prepare(QStringLiteral("SELECT member_id FROM session_facilitator WHERE session_id = ? ORDER BY member_id"));
    for (Session &s : out)
        if (Sql::rerun(f, m_file, {s.id}))
            while (f.next())
                s.facilitatorIds << f.value(0).toLongLong();
    return out;
}

std::optional<Session> SessionStore::session(qint64 id) const
{
    const QVariant startsAt = Sql::value(m_file, QStringLiteral("SELECT starts_at FROM session WHERE id = ?"), {id});
    if (startsAt.isNull())
        return std::nullopt;
    const QDate day = dateTimeFromStored(startsAt.toString()).date();
    return Sql::withId(sessions(day, day), id);
}

FileError SessionStore::writeFacilitators(QSqlQuery &q, const Session &s)
{
    return Sql::replaceLinks(q, m_file, "session_facilitator", "session_id", s.id, "member_id", s.facilitatorIds);
}

FileError SessionStore::add(Session &s)
{
    if (FileError e = refuseImplausible(m_file, s.startsAt))
        return e;
    return Sql::write(m_file, Change(area()), [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file,
                                    Sql::returningId(m_file, QStringLiteral("INSERT INTO session(id, seance_id, starts_at, duration_min, place, capacity, note) VALUES (?, ?, ?, ?, ?, ?, ?)")),
                                    {Sql::nullIfZero(s.id), s.seanceId, storedDateTime(s.startsAt), s.durationMin, Sql::text(s.place), s.capacity, Sql::text(s.note)}))
            return e;
        s.id = Sql::insertedId(q, m_file);
        m_file.emitChange(Change(area(), QList<qint64>{s.id}));
        return writeFacilitators(q, s);
    });
}

FileError SessionStore::update(const Session &s)
{
    if (FileError e = refuseImplausible(m_file, s.startsAt))
        return e;
    return Sql::write(m_file, Change(area(), QList<qint64>{s.id}), [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file,
                                    QStringLiteral("UPDATE session SET seance_id = ?, starts_at = ?, duration_min = ?, place = ?, capacity = ?, note = ? WHERE id = ?"),
                                    {s.seanceId, storedDateTime(s.startsAt), s.durationMin, Sql::text(s.place), s.capacity, Sql::text(s.note), s.id}))
            return e;
        return writeFacilitators(q, s);
    });
}

FileError SessionStore::remove(qint64 id)
{
    // Attendance goes with the session (ON DELETE CASCADE): the patients' records change too.
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{id}), QStringLiteral("DELETE FROM session WHERE id = ?"), {id});
}

QList<Attendance> SessionStore::attendance(qint64 sessionId) const
{
    return Sql::rows<Attendance>(m_file, QStringLiteral("SELECT session_id, patient_id, status FROM attendance WHERE session_id = ? ORDER BY patient_id"),
                                 {sessionId}, attendanceFrom);
}

QList<Attendance> SessionStore::attendanceOfPatient(qint64 patientId) const
{
    return Sql::rows<Attendance>(m_file,
                                 QStringLiteral("SELECT a.session_id, a.patient_id, a.status FROM attendance a JOIN session s ON s.id = a.session_id "
                                                "WHERE a.patient_id = ? ORDER BY s.starts_at"),
                                 {patientId}, attendanceFrom);
}

QList<PatientSession> SessionStore::sessionsOfPatient(qint64 patientId) const
{
    return Sql::rows<PatientSession>(m_file,
                                     QStringLiteral("SELECT s.id, s.seance_id, s.starts_at, s.duration_min, s.place, s.capacity, s.note, a.status "
                                                    "FROM attendance a JOIN session s ON s.id = a.session_id WHERE a.patient_id = ? ORDER BY s.starts_at, s.id"),
                                     {patientId}, [](const QSqlQuery &q) {
                                         return PatientSession{sessionFrom(q), attendanceStatusFromStored(q.value(7).toString())};
                                     });
}

QList<Attendance> SessionStore::attendanceBetween(const QDate &from, const QDate &to) const
{
    return Sql::rows<Attendance>(m_file,
                                 QStringLiteral("SELECT a.session_id, a.patient_id, a.status FROM attendance a JOIN session s ON s.id = a.session_id "
                                                "WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY a.session_id, a.patient_id"),
                                 {Dates::toStored(from.isValid() ? from : Dates::earliestPlausible()),
                                  Dates::toStored((to.isValid() ? to : Dates::latestPlausible()).addDays(1))},
                                 attendanceFrom);
}

FileError SessionStore::setAttendance(const Attendance &a)
{
    return Sql::writeOne(m_file, attendanceChange(a.sessionId, a.patientId),
                         QStringLiteral("INSERT INTO attendance(session_id, patient_id, status) VALUES (?, ?, ?) "
                                        "ON CONFLICT(session_id, patient_id) DO UPDATE SET status = excluded.status"),
                         {a.sessionId, a.patientId, toStored(a.status)});
}

FileError SessionStore::removeAttendance(qint64 sessionId, qint64 patientId)
{
    return Sql::writeOne(m_file, attendanceChange(sessionId, patientId),
                         QStringLiteral("DELETE FROM attendance WHERE session_id = ? AND patient_id = ?"), {sessionId, patientId});
}

} // namespace kitetp
