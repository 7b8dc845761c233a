// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlQuery;

namespace kitetp {

// The database engine a programme lives in: an SQLite file (the default, offline) or a PostgreSQL 15 database on a
// server (docs/team-server.md). The stores keep one SQL text for both where both engines take it (ON CONFLICT
// upserts, substr, CASE, bound values); what must differ lives here, and only here.
enum class Engine { Sqlite, Postgres };

namespace Dialect {

// The engine of an open connection (by its Qt driver).
Engine of(const QSqlDatabase &db);
// The Qt driver that speaks to it.
QString driver(Engine engine);

// Where the format lives. SQLite: the file's header (PRAGMA application_id, user_version). PostgreSQL: the one row
// of table kitetp_format(application_id, version), created with the database's first migration (version 0 -> 1),
// which stands for the header (it is not one of the programme's tables).
inline constexpr const char *formatTable = "kitetp_format";
// The format version of an open database; -1 when it cannot be read, 0 for an empty one.
int schemaVersion(QSqlDatabase &db, QString *error);
// The statements that come first in a migration from `from` (PostgreSQL at 0: the format table, the id function),
// and the one(s) that record `to` last, in the same transaction.
QStringList migrationPrologue(Engine engine, int from, qint32 applicationId);
QStringList versionStatements(Engine engine, int to);
// A migration's statement as this engine runs it. SQLite: unchanged. PostgreSQL, mechanically: INTEGER is BIGINT
// (SQLite's integers are 64-bit), BLOB is BYTEA, an `id INTEGER PRIMARY KEY` is a BIGSERIAL whose BEFORE INSERT
// trigger (kitetp_row_id) gives a NULL id the next number and keeps the sequence past an id given (SQLite's rowid
// rules: an undone removal puts a row back under its own id). A migration whose text cannot be translated so (the
// triggers of 005) has its PostgreSQL text in resources/migrations/pg/, same number, same name.
QStringList translate(Engine engine, const QString &statement);

// An INSERT whose new row's id the caller reads with insertedId(): PostgreSQL has no lastInsertId without OIDs.
QString returningId(Engine engine, const QString &insert);
qint64 insertedId(QSqlQuery &query, Engine engine);

// A stored date (yyyy-MM-dd, or the start of yyyy-MM-ddTHH:mm) of `column` as its Julian day number, NULL stays
// NULL: QDate::fromJulianDay reads it without parsing text. SQLite: julianday(), which counts from noon.
QString julianDayNumber(Engine engine, const QString &column);

// The programme's tables (not the engine's own, nor kitetp_format), by name; and a table's columns, in order.
QStringList tables(QSqlDatabase &db);
QStringList columns(QSqlDatabase &db, const QString &table);
// True when the database holds no table at all (a database prepared by the IT for a programme to be created in).
bool isEmpty(QSqlDatabase &db, bool *ok);

// The statement that sets how long a write waits for another connection (SQLite's busy timeout, PostgreSQL's
// lock_timeout), in ms.
QString waitStatement(Engine engine, int ms);

} // namespace Dialect
} // namespace kitetp
