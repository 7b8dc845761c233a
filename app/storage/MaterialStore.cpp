// SPDX-License-Identifier: EUPL-1.2
#include "storage/MaterialStore.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

namespace kitetp {

namespace {

const char *columns = "id, seance_id, step, position, title, kind, licence, version, url, file_name, mime_type, size, sha256";
constexpr int dataColumn = 13;

Material from(const QSqlQuery &q)
{
    Material m;
    Sql::Row row(q);
    row >> m.id >> m.seanceId >> m.step >> m.position >> m.title;
    m.kind = Material::kindFromStored(row.text());
    row >> m.licence >> m.version >> m.url >> m.fileName >> m.mimeType >> m.size >> m.sha256;
    return m;
}

FileError checked(ProgrammeFile &file, const Material &m)
{
    if (FileError e = file.checkWritable())
        return e;
    if (const QString reason = m.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, file.path(), reason);
    if (Sql::value(file, QStringLiteral("SELECT count(*) FROM seance WHERE id = ?"), {m.seanceId}).toInt() == 0)
        return FileError(FileError::InvalidInput, file.path(), MaterialText::tr("Cette séance n'existe plus."));
    if (m.step > 0 &&
        Sql::value(file, QStringLiteral("SELECT count(*) FROM seance_step WHERE seance_id = ?"), {m.seanceId}).toInt() < m.step)
        return FileError(FileError::InvalidInput, file.path(), MaterialText::tr("Cette étape n'existe pas."));
    return {};
}

} // namespace

QList<Material> MaterialStore::list(qint64 seanceId) const
{
    return Sql::rows<Material>(m_file,
                               QStringLiteral("SELECT %1 FROM material WHERE seance_id = ? ORDER BY position, id").arg(QLatin1String(columns)),
                               {seanceId}, from);
}

std::optional<Material> MaterialStore::material(qint64 id) const
{
    QSqlQuery q = Sql::query(m_file);
    if (!Sql::select(q, m_file, QStringLiteral("SELECT %1, data FROM material WHERE id = ?").arg(QLatin1String(columns)), {id}) || !q.next())
        return std::nullopt;
    Material m = from(q);
    m.data = q.value(dataColumn).toByteArray();
    return m;
}

QList<Material> MaterialStore::withData(qint64 seanceId) const
{
    return Sql::rows<Material>(m_file,
                               QStringLiteral("SELECT %1, data FROM material WHERE seance_id = ? ORDER BY position, id").arg(QLatin1String(columns)),
                               {seanceId}, [](const QSqlQuery &q) {
                                   Material m = from(q);
                                   m.data = q.value(dataColumn).toByteArray();
                                   return m;
                               });
}

FileError MaterialStore::add(Material &m)
{
    if (!m.isLink()) {
        m.seal();
        m.mimeType = Material::detectType(m.data, m.fileName);
    } else {
        m.data.clear();
        m.size = 0;
        m.sha256.clear();
        m.fileName.clear();
        m.mimeType.clear();
    }
    if (FileError e = checked(m_file, m))
        return e;
    if (m.position == 0)
        m.position = Sql::value(m_file, QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM material WHERE seance_id = ?"), {m.seanceId}).toInt();
    qint64 id = m.id;
    if (FileError e = Sql::write(m_file, Change(area(), QList<qint64>{m.seanceId}), [this, &m, &id](QSqlQuery &q) -> FileError {
            if (FileError e = Sql::exec(q, m_file,
                                        Sql::returningId(m_file, QStringLiteral("INSERT INTO material(id, seance_id, step, position, title, kind, licence, version, url, "
                                                       "file_name, mime_type, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                                        {Sql::nullIfZero(m.id), m.seanceId, m.step, m.position, m.title.trimmed(), Material::toStored(m.kind),
                                         Sql::text(m.licence.trimmed()), Sql::text(m.version.trimmed()), Sql::text(m.url.trimmed()),
                                         Sql::text(m.fileName), Sql::text(m.mimeType), m.size, Sql::text(m.sha256),
                                         m.isLink() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(m.data)}))
                return e;
            id = Sql::insertedId(q, m_file);
            return {};
        }))
        return e;
    m.id = id;
    return {};
}

FileError MaterialStore::update(const Material &m)
{
    const auto before = material(m.id);
    if (!before)
        return FileError(FileError::InvalidInput, m_file.path(), MaterialText::tr("Ce support n'existe plus."));
    Material next = *before; // the file stays; only the description changes (a link's URL is its description)
    next.title = m.title;
    next.kind = before->isLink() ? Material::Kind::VideoLink : (m.kind == Material::Kind::VideoLink ? before->kind : m.kind);
    next.licence = m.licence;
    next.version = m.version;
    next.step = m.step;
    if (next.isLink())
        next.url = m.url;
    if (FileError e = checked(m_file, next))
        return e;
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{next.seanceId}),
                         QStringLiteral("UPDATE material SET title = ?, kind = ?, licence = ?, version = ?, step = ?, url = ? WHERE id = ?"),
                         {next.title.trimmed(), Material::toStored(next.kind), Sql::text(next.licence.trimmed()),
                          Sql::text(next.version.trimmed()), next.step, Sql::text(next.url.trimmed()), next.id});
}

FileError MaterialStore::remove(qint64 id)
{
    const qint64 seance = Sql::value(m_file, QStringLiteral("SELECT seance_id FROM material WHERE id = ?"), {id}).toLongLong();
    if (seance == 0)
        return FileError(FileError::InvalidInput, m_file.path(), MaterialText::tr("Ce support n'existe plus."));
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{seance}), QStringLiteral("DELETE FROM material WHERE id = ?"), {id});
}

GuideOrigin MaterialStore::origin(qint64 conducteurId) const
{
    const auto found = Sql::rows<GuideOrigin>(
        m_file, QStringLiteral("SELECT programme, structure, exported_on, version, code FROM guide_origin WHERE conducteur_id = ?"),
        {conducteurId}, [](const QSqlQuery &q) {
            GuideOrigin o;
            Sql::Row(q) >> o.programme >> o.structure >> o.exportedOn >> o.version >> o.code;
            return o;
        });
    return found.isEmpty() ? GuideOrigin() : found.first();
}

FileError MaterialStore::setOrigin(qint64 conducteurId, const GuideOrigin &o)
{
    if (o.isEmpty())
        return Sql::writeOne(m_file, Change(ChangeArea::Guides, QList<qint64>{conducteurId}),
                             QStringLiteral("DELETE FROM guide_origin WHERE conducteur_id = ?"), {conducteurId});
    return Sql::writeOne(m_file, Change(ChangeArea::Guides, QList<qint64>{conducteurId}),
                         QStringLiteral("INSERT INTO guide_origin(conducteur_id, programme, structure, exported_on, version, code) "
                                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(conducteur_id) DO UPDATE SET programme = excluded.programme, "
                                        "structure = excluded.structure, exported_on = excluded.exported_on, version = excluded.version, "
                                        "code = excluded.code"),
                         {conducteurId, Sql::text(o.programme), Sql::text(o.structure), Sql::text(Dates::toStored(o.exportedOn)), Sql::text(o.version),
                          Sql::text(o.code)});
}

} // namespace kitetp
