// SPDX-License-Identifier: EUPL-1.2
#include "storage/Sql.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace kitetp::Sql {

namespace {

void bind(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values) {
        // A null QString would bind as SQL NULL and break NOT NULL text columns: text is never NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        // Flags live in INTEGER columns: 0 or 1 on both engines (PostgreSQL refuses TRUE in a BIGINT).
        else if (v.typeId() == QMetaType::Bool)
            query.addBindValue(v.toBool() ? 1 : 0);
        else
            query.addBindValue(v);
    }
}

} // namespace

QSqlQuery query(const ProgrammeFile &file)
{
    QSqlQuery q(file.database());
    q.setForwardOnly(true);
    return q;
}

FileError exec(QSqlQuery &query, const ProgrammeFile &file)
{
    if (file.transactionFailed())
        return file.writeError(QCoreApplication::translate("Sql", "une étape précédente de cette modification a échoué"));
    file.countStatement();
    if (!query.exec())
        return file.writeError(query.lastError().text());
    return {};
}

FileError exec(QSqlQuery &query, const ProgrammeFile &file, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return file.writeError(query.lastError().text());
    bind(query, values);
    return exec(query, file);
}

FileError replaceLinks(QSqlQuery &query, const ProgrammeFile &file, const char *table, const char *ownerColumn, qint64 owner,
                       const char *column, const QList<qint64> &ids)
{
    const QString name = QString::fromLatin1(table);
    const QString ownerName = QString::fromLatin1(ownerColumn);
    if (FileError e = exec(query, file, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(name, ownerName), {owner}))
        return e;
    // ON CONFLICT DO NOTHING: SQLite's INSERT OR IGNORE in the words both engines take.
    const QString insert = QStringLiteral("INSERT INTO %1(%2, %3) VALUES (?, ?) ON CONFLICT DO NOTHING").arg(name, ownerName, QString::fromLatin1(column));
    for (qint64 id : ids)
        if (FileError e = exec(query, file, insert, {owner, id}))
            return e;
    return {};
}

FileError write(ProgrammeFile &file, const Change &change, const Body &body)
{
    if (FileError e = file.checkWritable())
        return e;
    Transaction tx(file);
    if (!tx.isActive())
        return file.writeError({});
    QSqlQuery q(file.database());
    if (FileError e = body(q))
        return e; // the transaction rolls back
    file.emitChange(change); // held until the outermost commit, dropped by a rollback
    if (!tx.commit())
        return file.writeError(file.database().lastError().text());
    return {};
}

FileError writeOne(ProgrammeFile &file, const Change &change, const QString &sql, const QVariantList &values)
{
    if (FileError e = file.checkWritable())
        return e;
    QSqlQuery q(file.database());
    if (FileError e = exec(q, file, sql, values))
        return e;
    file.emitChange(change);
    return {};
}

FileError insertOne(ProgrammeFile &file, ChangeArea area, const QString &sql, const QVariantList &values, qint64 &id, qint64 owner)
{
    if (FileError e = file.checkWritable())
        return e;
    QSqlQuery q(file.database());
    if (FileError e = exec(q, file, returningId(file, sql), values))
        return e;
    id = insertedId(q, file);
    file.emitChange(Change(area, QList<qint64>{owner ? owner : id}));
    return {};
}

QString returningId(const ProgrammeFile &file, const QString &insert)
{
    return Dialect::returningId(file.engine(), insert);
}

qint64 insertedId(QSqlQuery &query, const ProgrammeFile &file)
{
    return Dialect::insertedId(query, file.engine());
}

bool rerun(QSqlQuery &query, const ProgrammeFile &file, const QVariantList &values)
{
    bind(query, values);
    file.countStatement();
    if (query.exec())
        return true;
    file.reportReadFailure(query.lastError().text());
    return false;
}

bool select(QSqlQuery &query, const ProgrammeFile &file, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql)) {
        file.reportReadFailure(query.lastError().text());
        return false;
    }
    return rerun(query, file, values);
}

QVariant value(const ProgrammeFile &file, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = query(file);
    if (select(q, file, sql, values) && q.next())
        return q.value(0);
    return {};
}

QString joinLines(const QStringList &items)
{
    return items.join(QLatin1Char('\n'));
}

QStringList splitLines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

Row &Row::operator>>(QDate &value)
{
    value = Dates::fromStored(next().toString());
    return *this;
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

bool isUniqueViolation(const QSqlQuery &query)
{
    // SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's unique_violation.
    return query.lastError().nativeErrorCode() == QLatin1String("2067") ||
           query.lastError().nativeErrorCode() == QLatin1String("23505") ||
           query.lastError().text().contains(QLatin1String("UNIQUE"));
}

} // namespace kitetp::Sql
