// SPDX-License-Identifier: EUPL-1.2
#include "storage/FieldStore.h"

#include "core/ProgrammeFields.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

namespace kitetp {

QString FieldStore::value(const QString &key) const
{
    return Sql::value(m_file, QStringLiteral("SELECT value FROM programme_field WHERE key = ?"), {key}).toString();
}

QHash<QString, QString> FieldStore::values() const
{
    QHash<QString, QString> out;
    QSqlQuery q = Sql::query(m_file);
    if (Sql::select(q, m_file, QStringLiteral("SELECT key, value FROM programme_field")))
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
    const QString upsert = QStringLiteral("INSERT INTO programme_field(key, value) VALUES (?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    const Change change(area(), values.keys());
    // NOT NULL: a never-set value is '' (Sql binds a null text as '').
    if (values.size() == 1)
        return Sql::writeOne(m_file, change, upsert, {values.constBegin().key(), values.constBegin().value()});
    return Sql::write(m_file, change, [&](QSqlQuery &q) -> FileError {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            if (FileError e = Sql::exec(q, m_file, upsert, {it.key(), it.value()}))
                return e;
        return {};
    });
}

} // namespace kitetp
