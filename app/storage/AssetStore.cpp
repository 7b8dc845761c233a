#include "storage/AssetStore.h"

#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace kitetp {

QByteArray AssetStore::data(const QString &key) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT data FROM asset WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

QString AssetStore::mimeType(const QString &key) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT mime_type FROM asset WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

FileError AssetStore::set(const QString &key, const QString &mimeType, const QByteArray &data)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (data.size() > maxSize)
        return FileError(FileError::InvalidInput, m_file.path(),
                         QCoreApplication::translate("AssetStore", "L'image est trop grande (2 Mo au plus)."));
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file,
                                QStringLiteral("INSERT INTO asset(key, mime_type, data) VALUES (?, ?, ?) "
                                               "ON CONFLICT(key) DO UPDATE SET mime_type = excluded.mime_type, data = excluded.data"),
                                {key, mimeType, data}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

FileError AssetStore::remove(const QString &key)
{
    if (FileError e = m_file.checkWritable())
        return e;
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM asset WHERE key = ?"), {key}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

} // namespace kitetp
