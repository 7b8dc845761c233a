// SPDX-License-Identifier: EUPL-1.2
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
    Sql::Row(q) >> m.id >> m.name >> m.profession >> m.role >> m.isCoordinator >> m.isPatientPartner >> m.trainingHours
                >> m.trainingBody >> m.trainingYear >> m.certificate >> m.charterSignedOn >> m.email >> m.phone >> m.active
                >> m.position;
    return m;
}

QVariantList valuesOf(const TeamMember &m)
{
    return {Sql::text(m.name.trimmed()), Sql::text(m.profession.trimmed()), Sql::text(m.role), m.isCoordinator ? 1 : 0,
            m.isPatientPartner ? 1 : 0, m.trainingHours, Sql::text(m.trainingBody), Sql::nullIfZero(m.trainingYear),
            m.certificate ? 1 : 0, Sql::text(Dates::toStored(m.charterSignedOn)), Sql::text(m.email), Sql::text(m.phone),
            m.active ? 1 : 0, m.position};
}

} // namespace

QList<TeamMember> TeamStore::members() const
{
    return Sql::rows<TeamMember>(m_file, QStringLiteral("SELECT %1 FROM team_member ORDER BY position, id").arg(QLatin1String(columns)),
                                 {}, memberFrom);
}

std::optional<TeamMember> TeamStore::member(qint64 id) const
{
    const QList<TeamMember> found =
        Sql::rows<TeamMember>(m_file, QStringLiteral("SELECT %1 FROM team_member WHERE id = ?").arg(QLatin1String(columns)), {id}, memberFrom);
    return found.isEmpty() ? std::nullopt : std::optional<TeamMember>(found.first());
}

FileError TeamStore::add(TeamMember &m)
{
    if (const QString reason = m.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    return Sql::insertOne(m_file, ChangeArea::Team,
                          QStringLiteral("INSERT INTO team_member(name, profession, role, is_coordinator, is_patient_partner, "
                                         "training_hours, training_body, training_year, certificate, charter_signed_on, "
                                         "email, phone, active, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          valuesOf(m), m.id);
}

FileError TeamStore::update(const TeamMember &m)
{
    if (const QString reason = m.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    return Sql::writeOne(m_file, Change(ChangeArea::Team, QList<qint64>{m.id}),
                         QStringLiteral("UPDATE team_member SET name = ?, profession = ?, role = ?, is_coordinator = ?, "
                                        "is_patient_partner = ?, training_hours = ?, training_body = ?, training_year = ?, "
                                        "certificate = ?, charter_signed_on = ?, email = ?, phone = ?, active = ?, "
                                        "position = ? WHERE id = ?"),
                         valuesOf(m) << m.id);
}

FileError TeamStore::insert(const TeamMember &m)
{
    // Not checked again: the member was in the file, perhaps from before a rule existed, and must come back as it was.
    return Sql::writeOne(m_file, Change(ChangeArea::Team, QList<qint64>{m.id}),
                         QStringLiteral("INSERT INTO team_member(id, name, profession, role, is_coordinator, is_patient_partner, "
                                        "training_hours, training_body, training_year, certificate, charter_signed_on, "
                                        "email, phone, active, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         QVariantList{m.id} + valuesOf(m));
}

int TeamStore::count(const QString &countSql, qint64 id) const
{
    return Sql::value(m_file, countSql, {id}).toInt();
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
    return Sql::writeOne(m_file, Change(ChangeArea::Team, QList<qint64>{id}), QStringLiteral("DELETE FROM team_member WHERE id = ?"), {id});
}

} // namespace kitetp
