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
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT id, seance_id, starts_at, duration_min, place, capacity, note FROM session %1 ORDER BY starts_at, id")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out << Session{q.value(0).toLongLong(), q.value(1).toLongLong(), dateTimeFromStored(q.value(2).toString()),
                       q.value(3).toInt(), q.value(4).toString(), q.value(5).toInt(), q.value(6).toString(), {}};
    QSqlQuery f(m_file.database());
    f.prepare(QStringLiteral("SELECT member_id FROM session_facilitator WHERE session_id = ? ORDER BY member_id"));
    for (Session &s : out) {
        f.addBindValue(s.id);
        if (f.exec())
            while (f.next())
                s.facilitatorIds << f.value(0).toLongLong();
    }
    return out;
}

std::optional<Session> SessionStore::session(qint64 id) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT starts_at FROM session WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QDate day = dateTimeFromStored(q.value(0).toString()).date();
    for (const Session &s : sessions(day, day))
        if (s.id == id)
            return s;
    return std::nullopt;
}

FileError SessionStore::writeFacilitators(const Session &s)
{
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM session_facilitator WHERE session_id = ?"), {s.id}))
        return e;
    for (qint64 member : s.facilitatorIds)
        if (FileError e = Sql::exec(q, m_file, QStringLiteral("INSERT OR IGNORE INTO session_facilitator(session_id, member_id) VALUES (?, ?)"),
                                    {s.id, member}))
            return e;
    return {};
}

FileError SessionStore::add(Session &s)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (FileError e = refuseImplausible(m_file, s.startsAt))
        return e;
    Transaction tx(m_file);
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file,
                                QStringLiteral("INSERT INTO session(id, seance_id, starts_at, duration_min, place, capacity, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {Sql::nullIfZero(s.id), s.seanceId, storedDateTime(s.startsAt), s.durationMin, Sql::text(s.place), s.capacity, Sql::text(s.note)}))
        return e;
    s.id = q.lastInsertId().toLongLong();
    if (FileError e = writeFacilitators(s))
        return e;
    if (!tx.commit())
        return m_file.writeError({});
    m_file.notifyChanged(area());
    return {};
}

FileError SessionStore::update(const Session &s)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (FileError e = refuseImplausible(m_file, s.startsAt))
        return e;
    Transaction tx(m_file);
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file,
                                QStringLiteral("UPDATE session SET seance_id = ?, starts_at = ?, duration_min = ?, place = ?, capacity = ?, note = ? WHERE id = ?"),
                                {s.seanceId, storedDateTime(s.startsAt), s.durationMin, Sql::text(s.place), s.capacity, Sql::text(s.note), s.id}))
        return e;
    if (FileError e = writeFacilitators(s))
        return e;
    if (!tx.commit())
        return m_file.writeError({});
    m_file.notifyChanged(area());
    return {};
}

FileError SessionStore::remove(qint64 id)
{
    if (FileError e = m_file.checkWritable())
        return e;
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM session WHERE id = ?"), {id}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

QList<Attendance> SessionStore::attendance(qint64 sessionId) const
{
    QList<Attendance> out;
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT session_id, patient_id, status FROM attendance WHERE session_id = ? ORDER BY patient_id"));
    q.addBindValue(sessionId);
    if (q.exec())
        while (q.next())
            out << Attendance{q.value(0).toLongLong(), q.value(1).toLongLong(), attendanceStatusFromStored(q.value(2).toString())};
    return out;
}

QList<Attendance> SessionStore::attendanceOfPatient(qint64 patientId) const
{
    QList<Attendance> out;
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT a.session_id, a.patient_id, a.status FROM attendance a JOIN session s ON s.id = a.session_id "
                             "WHERE a.patient_id = ? ORDER BY s.starts_at"));
    q.addBindValue(patientId);
    if (q.exec())
        while (q.next())
            out << Attendance{q.value(0).toLongLong(), q.value(1).toLongLong(), attendanceStatusFromStored(q.value(2).toString())};
    return out;
}

QList<PatientSession> SessionStore::sessionsOfPatient(qint64 patientId) const
{
    QList<PatientSession> out;
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT s.id, s.seance_id, s.starts_at, s.duration_min, s.place, s.capacity, s.note, a.status "
                             "FROM attendance a JOIN session s ON s.id = a.session_id WHERE a.patient_id = ? ORDER BY s.starts_at, s.id"));
    q.addBindValue(patientId);
    if (q.exec())
        while (q.next())
            out << PatientSession{Session{q.value(0).toLongLong(), q.value(1).toLongLong(), dateTimeFromStored(q.value(2).toString()),
                                          q.value(3).toInt(), q.value(4).toString(), q.value(5).toInt(), q.value(6).toString(), {}},
                                  attendanceStatusFromStored(q.value(7).toString())};
    return out;
}

QList<Attendance> SessionStore::attendanceBetween(const QDate &from, const QDate &to) const
{
    QList<Attendance> out;
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.session_id, a.patient_id, a.status FROM attendance a JOIN session s ON s.id = a.session_id "
                             "WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY a.session_id, a.patient_id"));
    q.addBindValue(Dates::toStored(from.isValid() ? from : Dates::earliestPlausible()));
    q.addBindValue(Dates::toStored((to.isValid() ? to : Dates::latestPlausible()).addDays(1)));
    if (q.exec())
        while (q.next())
            out << Attendance{q.value(0).toLongLong(), q.value(1).toLongLong(), attendanceStatusFromStored(q.value(2).toString())};
    return out;
}

FileError SessionStore::setAttendance(const Attendance &a)
{
    if (FileError e = m_file.checkWritable())
        return e;
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file,
                                QStringLiteral("INSERT INTO attendance(session_id, patient_id, status) VALUES (?, ?, ?) "
                                               "ON CONFLICT(session_id, patient_id) DO UPDATE SET status = excluded.status"),
                                {a.sessionId, a.patientId, toStored(a.status)}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

FileError SessionStore::removeAttendance(qint64 sessionId, qint64 patientId)
{
    if (FileError e = m_file.checkWritable())
        return e;
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM attendance WHERE session_id = ? AND patient_id = ?"),
                                {sessionId, patientId}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

} // namespace kitetp
