// SPDX-License-Identifier: EUPL-1.2
#include "storage/Migrations.h"

#include "storage/Engine.h"
#include "storage/FileProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace kitetp::Migrations {

namespace {

QMap<int, QString> readFolder(const QString &folder)
{
    QMap<int, QString> m;
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_.+\\.sql$"));
    const QDir dir(folder);
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            m.insert(match.captured(1).toInt(), dir.filePath(entry));
    }
    return m;
}

const QMap<int, QString> &migrationFiles(const char *folder)
{
    static const QMap<int, QString> programme = readFolder(QString::fromLatin1(programmeMigrations));
    if (qstrcmp(folder, programmeMigrations) == 0)
        return programme;
    static const QMap<int, QString> directory = readFolder(QString::fromLatin1(directoryMigrations));
    if (qstrcmp(folder, directoryMigrations) == 0)
        return directory;
    static const QMap<int, QString> none;
    return none;
}

// The PostgreSQL texts of the migrations SQLite's text cannot be translated for (FOLDER/pg/NNN_name.sql).
const QMap<int, QString> &postgresFiles(const char *folder)
{
    static const QMap<int, QString> programme = readFolder(QString::fromLatin1(programmeMigrations) + QStringLiteral("/pg"));
    static const QMap<int, QString> none;
    return qstrcmp(folder, programmeMigrations) == 0 ? programme : none;
}

} // namespace

int latestVersion(const char *folder)
{
    const auto &files = migrationFiles(folder);
    return files.isEmpty() ? 0 : files.lastKey();
}

QStringList splitScript(const QString &script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    bool inDollars = false; // a PostgreSQL function's body, between $$ and $$: its ';' end nothing
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || (!inDollars && line.startsWith(QLatin1String("--"))))
            continue;
        // An SQLite trigger's body ends at END; (a PostgreSQL trigger is one line ending with ';').
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) &&
            !line.endsWith(QLatin1Char(';')))
            inTrigger = true;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollars = !inDollars;
        current += rawLine + QLatin1Char('\n');
        const bool ends = !inDollars && (inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                                   : line.endsWith(QLatin1Char(';')));
        if (ends) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

bool fileNeedsMigration(const QString &path)
{
    const FileProbe probe = FileProbe::inspect(QFileInfo(path).absoluteFilePath(), latestVersion());
    return !probe.error && probe.schemaVersion < latestVersion();
}

QStringList statements(int version, const char *folder, Engine engine)
{
    const QString own = engine == Engine::Postgres ? postgresFiles(folder).value(version) : QString();
    QFile f(own.isEmpty() ? migrationFiles(folder).value(version) : own);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList script = splitScript(QString::fromUtf8(f.readAll()));
    if (!own.isEmpty())
        return script;
    QStringList out;
    for (const QString &statement : script)
        out << Dialect::translate(engine, statement);
    return out;
}

bool apply(QSqlDatabase &db, int from, int to, QString *error, const char *folder, qint32 applicationId)
{
    const Engine engine = Dialect::of(db);
    QSqlQuery q(db);
    const auto fail = [&](const QString &where) {
        *error = where.isEmpty() ? q.lastError().text() : QStringLiteral("%1: %2").arg(where, q.lastError().text());
        q.finish();
        return false;
    };
    for (const QString &sql : Dialect::migrationPrologue(engine, from, applicationId))
        if (!q.exec(sql))
            return fail({});
    const auto &files = migrationFiles(folder);
    for (auto it = files.upperBound(from); it != files.end() && it.key() <= to; ++it) {
        for (const QString &sql : statements(it.key(), folder, engine)) {
            if (!q.exec(sql))
                return fail(QFileInfo(it.value()).fileName());
        }
    }
    for (const QString &sql : Dialect::versionStatements(engine, to))
        if (!q.exec(sql))
            return fail({});
    return true;
}

bool migrate(QSqlDatabase &db, int from, int to, QString *error, const char *folder, qint32 applicationId)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!apply(db, from, to, error, folder, applicationId)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace kitetp::Migrations
