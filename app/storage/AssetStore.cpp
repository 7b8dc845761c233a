// SPDX-License-Identifier: EUPL-1.2
#include "storage/AssetStore.h"

#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace kitetp {

QByteArray AssetStore::data(const QString &key) const
{
    return Sql::value(m_file, QStringLiteral("SELECT data FROM asset WHERE key = ?"), {key}).toByteArray();
}

QString AssetStore::mimeType(const QString &key) const
{
    return Sql::value(m_file, QStringLiteral("SELECT mime_type FROM asset WHERE key = ?"), {key}).toString();
}

FileError AssetStore::set(const QString &key, const QString &mimeType, const QByteArray &data)
{
    if (data.size() > maxSize)
        return FileError(FileError::InvalidInput, m_file.path(),
                         QCoreApplication::translate("AssetStore", "L'image est trop grande (2 Mo au plus)."));
    return Sql::writeOne(m_file, Change(area(), QStringList{key}),
                         QStringLiteral("INSERT INTO asset(key, mime_type, data) VALUES (?, ?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET mime_type = excluded.mime_type, data = excluded.data"),
                         {key, mimeType, data});
}

FileError AssetStore::remove(const QString &key)
{
    return Sql::writeOne(m_file, Change(area(), QStringList{key}), QStringLiteral("DELETE FROM asset WHERE key = ?"), {key});
}

} // namespace kitetp
