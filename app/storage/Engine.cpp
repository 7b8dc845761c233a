// SPDX-License-Identifier: EUPL-1.2
#include "storage/Engine.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kitetp::Dialect {

Engine of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

QString driver(Engine engine)
{
    return engine == Engine::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

int schemaVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (of(db) == Engine::Sqlite) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            *error = q.lastError().text();
            return -1;
        }
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("SELECT to_regclass('kitetp_format') IS NOT NULL")) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM kitetp_format")) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

QStringList migrationPrologue(Engine engine, int from, qint32 applicationId)
{
    if (engine == Engine::Sqlite || from > 0)
        return {};
    return {
        QStringLiteral("CREATE TABLE kitetp_format (application_id INTEGER NOT NULL, version INTEGER NOT NULL)"),
        // applicationId is a constant of ours (AppInfo), not user text.
        QStringLiteral("INSERT INTO kitetp_format(application_id, version) VALUES (%1, 0)").arg(applicationId),
        QStringLiteral("CREATE FUNCTION kitetp_row_id() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       "DECLARE\n"
                       "    seq text := pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id');\n"
                       "    last bigint;\n"
                       "BEGIN\n"
                       "    IF NEW.id IS NULL THEN\n"
                       "        NEW.id := nextval(seq);\n"
                       "    ELSE\n"
                       "        EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %s', seq) INTO last;\n"
                       "        IF NEW.id > last THEN\n"
                       "            PERFORM setval(seq, NEW.id);\n"
                       "        END IF;\n"
                       "    END IF;\n"
                       "    RETURN NEW;\n"
                       "END;\n"
                       "$$"),
    };
}

QStringList versionStatements(Engine engine, int to)
{
    // PRAGMA takes no bound values; `to` is an int we chose, not user text.
    if (engine == Engine::Sqlite)
        return {QStringLiteral("PRAGMA user_version = %1").arg(to)};
    return {QStringLiteral("UPDATE kitetp_format SET version = %1").arg(to)};
}

QStringList translate(Engine engine, const QString &statement)
{
    if (engine == Engine::Sqlite)
        return {statement};
    static const QRegularExpression rowId(QStringLiteral("^(\\s*)id\\s+INTEGER\\s+PRIMARY\\s+KEY\\b"),
                                          QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression createTable(QStringLiteral("^\\s*CREATE\\s+TABLE\\s+(\\w+)"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString sql = statement;
    const bool hasRowId = rowId.match(sql).hasMatch();
    sql.replace(rowId, QStringLiteral("\\1id BIGSERIAL PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(blob, QStringLiteral("BYTEA"));
    QStringList out{sql};
    const auto table = createTable.match(sql);
    if (hasRowId && table.hasMatch())
        out << QStringLiteral("CREATE TRIGGER %1_row_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION kitetp_row_id()")
                   .arg(table.captured(1));
    return out;
}

QString returningId(Engine engine, const QString &insert)
{
    return engine == Engine::Postgres ? insert + QStringLiteral(" RETURNING id") : insert;
}

qint64 insertedId(QSqlQuery &query, Engine engine)
{
    if (engine == Engine::Postgres)
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

QString julianDayNumber(Engine engine, const QString &column)
{
    if (engine == Engine::Postgres) // 2000-01-01 is Julian day 2451545
        return QStringLiteral("(CAST(substr(%1, 1, 10) AS DATE) - DATE '2000-01-01' + 2451545)").arg(column);
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(column);
}

QStringList tables(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool ok = of(db) == Engine::Sqlite
        ? q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        : q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                "AND table_type = 'BASE TABLE' AND table_name <> 'kitetp_format' ORDER BY table_name"));
    QStringList out;
    while (ok && q.next())
        out << q.value(0).toString();
    return out;
}

QStringList columns(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (of(db) == Engine::Sqlite)
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    else
        q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                 "AND table_name = ? ORDER BY ordinal_position"));
    q.addBindValue(table);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool isEmpty(QSqlDatabase &db, bool *ok)
{
    QSqlQuery q(db);
    *ok = of(db) == Engine::Sqlite
        ? q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
        : q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    *ok = *ok && q.next();
    return *ok && q.value(0).toLongLong() == 0;
}

QString waitStatement(Engine engine, int ms)
{
    // An int of ours, not user text.
    if (engine == Engine::Postgres)
        return QStringLiteral("SET lock_timeout = %1").arg(ms);
    return QStringLiteral("PRAGMA busy_timeout = %1").arg(ms);
}

} // namespace kitetp::Dialect
