#include "storage/TeamStore.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

#include <QCoreApplication>

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
    // Not checked again: the member was in the file, perhaps from before a rule existed, and must come back as it was.
    if (FileError e = m_file.checkWritable())
        return e;
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

int TeamStore::count(const QString &countSql, qint64 id) const
{
    QSqlQuery q(m_file.database());
    q.prepare(countSql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

FileError TeamStore::remove(qint64 id)
{
    if (FileError e = m_file.checkWritable())
        return e;
    // session_facilitator is ON DELETE CASCADE and path_event.member_id ON DELETE SET NULL: removing would erase who
    // ran the sessions and who did the patients' steps, which undo cannot put back.
    const int sessions = count(QStringLiteral("SELECT COUNT(*) FROM session_facilitator WHERE member_id = ?"), id);
    const int events = count(QStringLiteral("SELECT COUNT(*) FROM path_event WHERE member_id = ?"), id);
    // Their attached certificate or charter would lose its owner (attachment.member_id ON DELETE SET NULL).
    const int pieces = count(QStringLiteral("SELECT COUNT(*) FROM attachment WHERE member_id = ?"), id);
    if (sessions > 0 || events > 0 || pieces > 0) {
        QStringList uses;
        if (sessions > 0)
            uses << QCoreApplication::translate("TeamStore", "anime %n séance(s) du calendrier", nullptr, sessions);
        if (events > 0)
            uses << QCoreApplication::translate("TeamStore", "est nommé dans %n étape(s) du parcours des patients", nullptr, events);
        if (pieces > 0)
            uses << QCoreApplication::translate("TeamStore", "a %n pièce(s) jointe(s) au dossier", nullptr, pieces);
        const QString name = member(id).value_or(TeamMember()).name;
        return FileError(FileError::InvalidInput, m_file.path(),
                         QCoreApplication::translate("TeamStore", "Impossible de retirer « %1 » de l'équipe : cet intervenant %2. "
                                                                  "Marquez-le plutôt inactif (décochez « Actif ») : son historique est "
                                                                  "conservé.")
                             .arg(name, uses.join(QCoreApplication::translate("TeamStore", " et "))));
    }
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM team_member WHERE id = ?"), {id}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

} // namespace kitetp
