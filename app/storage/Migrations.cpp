// SPDX-License-Identifier: EUPL-1.2
#include "storage/Migrations.h"

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

QMap<int, QString> readFolder(const char *folder)
{
    QMap<int, QString> m;
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_.+\\.sql$"));
    const QDir dir(QString::fromLatin1(folder));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            m.insert(match.captured(1).toInt(), dir.filePath(entry));
    }
    return m;
}

const QMap<int, QString> &migrationFiles(const char *folder)
{
    static const QMap<int, QString> programme = readFolder(programmeMigrations);
    if (qstrcmp(folder, programmeMigrations) == 0)
        return programme;
    static const QMap<int, QString> directory = readFolder(directoryMigrations);
    if (qstrcmp(folder, directoryMigrations) == 0)
        return directory;
    static const QMap<int, QString> none;
    return none;
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
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
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

QStringList statements(int version, const char *folder)
{
    QFile f(migrationFiles(folder).value(version));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return splitScript(QString::fromUtf8(f.readAll()));
}

bool migrate(QSqlDatabase &db, int from, int to, QString *error, const char *folder)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const auto &files = migrationFiles(folder);
    for (auto it = files.upperBound(from); it != files.end() && it.key() <= to; ++it) {
        for (const QString &sql : statements(it.key(), folder)) {
            if (!q.exec(sql)) {
                *error = QStringLiteral("%1: %2").arg(QFileInfo(it.value()).fileName(), q.lastError().text());
                q.finish();
                db.rollback();
                return false;
            }
        }
    }
    // PRAGMA takes no bound values; `to` is an int we chose, not user text.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)) || !db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace kitetp::Migrations
