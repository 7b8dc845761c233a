// SPDX-License-Identifier: EUPL-1.2
#pragma once

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

// The statements of one migration, split at each ';' that ends a line.
QStringList statements(int version, const char *folder = programmeMigrations);

// Applies migrations from+1 .. to inside one transaction and sets user_version. On failure everything is rolled
// back and `error` says which statement failed.
bool migrate(QSqlDatabase &db, int from, int to, QString *error, const char *folder = programmeMigrations);

// Splits an SQL script into statements (exposed for tests).
QStringList splitScript(const QString &script);

} // namespace kitetp::Migrations
