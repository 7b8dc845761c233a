// SPDX-License-Identifier: EUPL-1.2
// ProgrammeFile on a PostgreSQL server (docs/team-server.md), and what ProgrammeFile does differently by engine.
#include "core/AppInfo.h"
#include "storage/Migrations.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace kitetp {

namespace {

// A libpq URI taken apart: what Qt's QPSQL driver is given.
struct ServerAddress
{
    QString host; // a name, an address, or a Unix socket's folder
    int port = -1;
    QString user;
    QString database;
    QStringList options; // key=value, for QPSQL's connect options
    QString shown;       // the URI without password: ProgrammeFile::path()
    QString name;        // postgresql://user@host:port/db, what the messages name (its last part: the database)
    QString refusal;     // why the URI is refused, when it is
};

// The query parameters passed on to libpq as they are (passwords stay out: ~/.pgpass, service files).
bool isPassedOn(const QString &key)
{
    static const QStringList keys{QStringLiteral("sslmode"),     QStringLiteral("sslrootcert"),
                                  QStringLiteral("sslcert"),     QStringLiteral("sslkey"),
                                  QStringLiteral("service"),     QStringLiteral("passfile"),
                                  QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                                  QStringLiteral("target_session_attrs")};
    return keys.contains(key);
}

ServerAddress parse(const QString &uri)
{
    ServerAddress a;
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || !ProgrammeFile::isServerUri(uri)) {
        a.name = QStringLiteral("postgresql://");
        a.refusal = QCoreApplication::translate("ProgrammeFile", "Cette adresse de serveur n'est pas lisible.");
        return a;
    }
    QUrl shown = url;
    shown.setPassword({});
    a.shown = shown.toString();
    QUrl named = shown;
    named.setQuery(QString());
    a.name = named.toString();
    a.host = url.host();
    a.port = url.port(-1);
    a.user = url.userName(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.password().isEmpty()) {
        a.refusal = QCoreApplication::translate("ProgrammeFile", "Le mot de passe n'a pas sa place dans l'adresse : "
                                                                 "mettez-le dans le fichier ~/.pgpass.");
        return a;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            a.host = value;
        } else if (key == QLatin1String("port")) {
            a.port = value.toInt();
        } else if (key == QLatin1String("user")) {
            a.user = value;
        } else if (key == QLatin1String("dbname")) {
            a.database = value;
            named.setPath(QLatin1Char('/') + value);
            a.name = named.toString();
        } else if (isPassedOn(key) && !value.contains(QLatin1Char(';'))) {
            QString quoted = value;
            quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
            a.options << key + QStringLiteral("='") + quoted + QLatin1Char('\'');
        } else {
            a.refusal = QCoreApplication::translate("ProgrammeFile", "Paramètre de connexion refusé : %1.").arg(key);
            return a;
        }
    }
    if (a.database.isEmpty())
        a.refusal = QCoreApplication::translate("ProgrammeFile", "L'adresse ne nomme pas de base de données.");
    return a;
}

} // namespace

bool ProgrammeFile::isServerUri(const QString &pathOrUri)
{
    return pathOrUri.startsWith(QLatin1String("postgresql://")) || pathOrUri.startsWith(QLatin1String("postgres://"));
}

FileError ProgrammeFile::openServerConnection(const QString &uri, Mode mode)
{
    const ServerAddress a = parse(uri);
    if (!a.refusal.isEmpty())
        return FileError(FileError::Unreadable, a.name, a.refusal);
    m_engine = Engine::Postgres;
    m_path = a.shown;
    QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::driver(m_engine), m_connectionName);
    db.setHostName(a.host);
    if (a.port > 0)
        db.setPort(a.port);
    db.setUserName(a.user);
    db.setDatabaseName(a.database);
    db.setConnectOptions(a.options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString text = db.lastError().text();
        return FileError(text.contains(QLatin1String("does not exist")) ? FileError::NotFound : FileError::Unreadable, a.name, text);
    }
    QSqlQuery q(db);
    // A read-only opening is read-only on the server too.
    if (mode == Mode::ReadOnly && !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return FileError(FileError::Unreadable, a.name, q.lastError().text());
    return {};
}

ProgrammeFile::OpenResult ProgrammeFile::createOnServer(const QString &uri, const Filler &fill, const Format &format)
{
    OpenResult result;
    const ServerAddress address = parse(uri);
    {
        ProgrammeFile building(uri, Mode::ReadWrite, format);
        if (FileError e = building.openServerConnection(uri, Mode::ReadWrite)) {
            result.error = e.code() == FileError::Unreadable && address.refusal.isEmpty()
                               ? FileError(FileError::CannotCreate, address.name, e.message())
                               : e;
            return result;
        }
        QSqlDatabase db = building.database();
        bool ok = false;
        const bool empty = Dialect::isEmpty(db, &ok);
        if (!ok || !empty) {
            result.error = FileError(ok ? FileError::AlreadyExists : FileError::CannotCreate, address.name,
                                     ok ? QString() : db.lastError().text());
            return result;
        }
        // Schema, facts and filling in one transaction: the programme appears whole or not at all.
        Transaction tx(building);
        QString error;
        ok = tx.isActive() && !building.transactionFailed() &&
             Migrations::apply(db, 0, Migrations::latestVersion(format.migrations), &error, format.migrations,
                               format.applicationId);
        ok = ok && !building.setMeta(QStringLiteral("created_with"), AppInfo::version()) &&
             !building.setMeta(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!ok) {
            result.error = FileError(FileError::CannotCreate, address.name, error);
            return result;
        }
        if (fill) {
            if (FileError e = fill(building)) {
                result.error = e;
                return result;
            }
        }
        if (!tx.commit()) {
            result.error = FileError(FileError::CannotCreate, address.name, db.lastError().text());
            return result;
        }
    }
    return openOnServer(uri, Mode::ReadWrite, format);
}

ProgrammeFile::OpenResult ProgrammeFile::openOnServer(const QString &uri, Mode mode, const Format &format)
{
    OpenResult result;
    const ServerAddress address = parse(uri);
    std::unique_ptr<ProgrammeFile> file(new ProgrammeFile(uri, mode, format));
    if (FileError e = file->openServerConnection(uri, mode)) {
        result.error = e;
        return result;
    }
    QSqlDatabase db = file->database();
    QString error;
    const int version = Dialect::schemaVersion(db, &error);
    if (version < 0) {
        result.error = FileError(FileError::Unreadable, address.name, error);
        return result;
    }
    QSqlQuery q(db);
    if (version == 0) { // no kitetp_format: an empty database, or another application's
        bool ok = false;
        const bool empty = Dialect::isEmpty(db, &ok);
        result.error = FileError(!ok ? FileError::Unreadable : empty ? FileError::Empty : FileError::Foreign, address.name,
                                 ok ? QString() : db.lastError().text());
        return result;
    }
    if (!q.exec(QStringLiteral("SELECT application_id, (SELECT count(*) FROM kitetp_format), "
                               "to_regclass('kitetp_meta') IS NOT NULL FROM kitetp_format")) ||
        !q.next()) {
        result.error = FileError(FileError::Unreadable, address.name, q.lastError().text());
        return result;
    }
    if (q.value(0).toInt() != format.applicationId || q.value(1).toInt() != 1) {
        result.error = FileError(FileError::Foreign, address.name);
        return result;
    }
    const int latest = Migrations::latestVersion(format.migrations);
    if (version > latest) {
        result.error = FileError(FileError::TooNew, address.name);
        return result;
    }
    if (!q.value(2).toBool()) {
        result.error = FileError(FileError::Corrupt, address.name);
        return result;
    }
    q.finish();
    file->m_schemaVersion = version;
    if (mode == Mode::ReadWrite && version < latest) {
        if (!Migrations::migrate(db, version, latest, &error, format.migrations, format.applicationId)) {
            result.error = FileError(FileError::MigrationFailed, address.name, error);
            return result;
        }
        result.migratedFrom = version;
        file->m_schemaVersion = latest;
    }
    result.file = std::move(file);
    return result;
}

QStringList ProgrammeFile::integrityProblems() const
{
    QStringList problems;
    if (m_engine != Engine::Sqlite) // the server enforces the constraints itself, and keeps its pages whole
        return problems;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << q.lastError().text();
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems << QCoreApplication::translate("ProgrammeFile", "référence cassée : table %1, ligne %2 → table %3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return problems;
}

QList<QPair<QString, qint64>> ProgrammeFile::tableCounts() const
{
    QList<QPair<QString, qint64>> counts;
    QSqlDatabase db = database();
    QSqlQuery q(db);
    for (const QString &table : Dialect::tables(db)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) && q.next())
            counts.append({table, q.value(0).toLongLong()});
    }
    return counts;
}

} // namespace kitetp
