// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "storage/Engine.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace kitetp::Migrations {

// Schema changes are numbered SQL files, resources/migrations/NNN_name.sql, applied in order. A file's format
// version (SQLite user_version) is the number of the last one applied. Each kind of file has its own folder of
// migrations (`folder`, a resource path): the programme's (":/migrations"), the directory's
// (":/directory-migrations", resources/directory-migrations/), numbered apart.
inline constexpr const char *programmeMigrations = ":/migrations";
inline constexpr const char *directoryMigrations = ":/directory-migrations";
int latestVersion(const char *folder = programmeMigrations);

// The file at `path` is a sound programme file of an older format, which ProgrammeFile::open() in ReadWrite would
// migrate (the window migrates it on a thread of its own first, showing progress).
bool fileNeedsMigration(const QString &path);

// The statements of one migration, split at each ';' that ends a line (outside a $$-quoted function body), as
// `engine` runs them: PostgreSQL takes the migration's own text from FOLDER/pg/ when there is one (005: its
// triggers), else the SQLite text translated mechanically (Dialect::translate).
QStringList statements(int version, const char *folder = programmeMigrations, Engine engine = Engine::Sqlite);

// Applies migrations from+1 .. to inside one transaction and records `to` (SQLite's user_version, PostgreSQL's
// kitetp_format, created at from = 0 with `applicationId`). On failure everything is rolled back (PostgreSQL's
// schema changes are transactional too) and `error` says which statement failed.
bool migrate(QSqlDatabase &db, int from, int to, QString *error, const char *folder = programmeMigrations,
             qint32 applicationId = 0);
// The same without a transaction of its own, inside the caller's (ProgrammeFile::create on a server: the schema, the
// programme's facts and its filling in one transaction).
bool apply(QSqlDatabase &db, int from, int to, QString *error, const char *folder = programmeMigrations,
           qint32 applicationId = 0);

// Splits an SQL script into statements (exposed for tests).
QStringList splitScript(const QString &script);

} // namespace kitetp::Migrations
