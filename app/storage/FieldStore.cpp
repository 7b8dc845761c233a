#include "storage/FieldStore.h"

#include "core/ProgrammeFields.h"
#include "storage/ProgrammeFile.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kitetp {

QString FieldStore::value(const QString &key) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT value FROM programme_field WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QHash<QString, QString> FieldStore::values() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_file.database());
    q.exec(QStringLiteral("SELECT key, value FROM programme_field"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

FileError FieldStore::setValue(const QString &key, const QString &value)
{
    return setValues({{key, value}});
}

FileError FieldStore::setValues(const QHash<QString, QString> &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString reason = ProgrammeFields::check(it.key(), it.value());
        if (!reason.isEmpty())
            return FileError(FileError::InvalidInput, m_file.path(), reason);
    }
    return write(values);
}

FileError FieldStore::restoreValue(const QString &key, const QString &value)
{
    return write({{key, value}});
}

FileError FieldStore::write(const QHash<QString, QString> &values)
{
    if (FileError e = m_file.checkWritable())
        return e;
    Transaction tx(m_file);
    if (!tx.isActive())
        return m_file.writeError({});
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("INSERT INTO programme_field(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value().isNull() ? QStringLiteral("") : it.value()); // NOT NULL: a never-set value is ''
        if (!q.exec())
            return m_file.writeError(q.lastError().text());
    }
    if (!tx.commit())
        return m_file.writeError(m_file.database().lastError().text());
    m_file.notifyChanged(area());
    return {};
}

} // namespace kitetp
