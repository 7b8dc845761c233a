#include "storage/TeamStore.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

namespace kitetp {

namespace {

const char columns[] = "id, name, profession, role, is_coordinator, is_patient_partner, training_hours, training_body, "
                       "training_year, certificate, charter_signed_on, email, phone, active, position";

TeamMember memberFrom(const QSqlQuery &q)
{
    TeamMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.profession = q.value(2).toString();
    m.role = q.value(3).toString();
    m.isCoordinator = q.value(4).toBool();
    m.isPatientPartner = q.value(5).toBool();
    m.trainingHours = q.value(6).toInt();
    m.trainingBody = q.value(7).toString();
    m.trainingYear = q.value(8).toInt();
    m.certificate = q.value(9).toBool();
    m.charterSignedOn = Dates::fromStored(q.value(10).toString());
    m.email = q.value(11).toString();
    m.phone = q.value(12).toString();
    m.active = q.value(13).toBool();
    m.position = q.value(14).toInt();
    return m;
}

// Text columns are NOT NULL: a null QString (never set) is stored as ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariantList valuesOf(const TeamMember &m)
{
    return {text(m.name.trimmed()), text(m.profession.trimmed()), text(m.role), m.isCoordinator ? 1 : 0,
            m.isPatientPartner ? 1 : 0, m.trainingHours, text(m.trainingBody), Sql::nullIfZero(m.trainingYear),
            m.certificate ? 1 : 0, text(Dates::toStored(m.charterSignedOn)), text(m.email), text(m.phone),
            m.active ? 1 : 0, m.position};
}

} // namespace

QList<TeamMember> TeamStore::members() const
{
    QList<TeamMember> out;
    QSqlQuery q(m_file.database());
    if (q.exec(QStringLiteral("SELECT %1 FROM team_member ORDER BY position, id").arg(QLatin1String(columns))))
        while (q.next())
            out << memberFrom(q);
    return out;
}

std::optional<TeamMember> TeamStore::member(qint64 id) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT %1 FROM team_member WHERE id = ?").arg(QLatin1String(columns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return memberFrom(q);
    return std::nullopt;
}

FileError TeamStore::add(TeamMember &m)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const QString reason = m.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file,
                                QStringLiteral("INSERT INTO team_member(name, profession, role, is_coordinator, is_patient_partner, "
                                               "training_hours, training_body, training_year, certificate, charter_signed_on, "
                                               "email, phone, active, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                valuesOf(m)))
        return e;
    m.id = q.lastInsertId().toLongLong();
    m_file.notifyChanged(area());
    return {};
}

FileError TeamStore::update(const TeamMember &m)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const QString reason = m.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    QSqlQuery q(m_file.database());
    QVariantList values = valuesOf(m);
    values << m.id;
    if (FileError e = Sql::exec(q, m_file,
                                QStringLiteral("UPDATE team_member SET name = ?, profession = ?, role = ?, is_coordinator = ?, "
                                               "is_patient_partner = ?, training_hours = ?, training_body = ?, training_year = ?, "
                                               "certificate = ?, charter_signed_on = ?, email = ?, phone = ?, active = ?, "
                                               "position = ? WHERE id = ?"),
                                values))
        return e;
    m_file.notifyChanged(area());
    return {};
}

FileError TeamStore::insert(const TeamMember &m)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const QString reason = m.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    QSqlQuery q(m_file.database());
    QVariantList values = valuesOf(m);
    values.prepend(m.id);
    if (FileError e = Sql::exec(q, m_file,
                                QStringLiteral("INSERT INTO team_member(id, name, profession, role, is_coordinator, is_patient_partner, "
                                               "training_hours, training_body, training_year, certificate, charter_signed_on, "
                                               "email, phone, active, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                values))
        return e;
    m_file.notifyChanged(area());
    return {};
}

FileError TeamStore::remove(qint64 id)
{
    if (FileError e = m_file.checkWritable())
        return e;
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM team_member WHERE id = ?"), {id}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

} // namespace kitetp
