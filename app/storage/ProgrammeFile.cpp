// SPDX-License-Identifier: EUPL-1.2
#include "storage/ProgrammeFile.h"

#include "core/AppInfo.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <QRegularExpression>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace kitetp {

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kitetp-%1").arg(counter.fetchAndAddRelaxed(1));
}

// An empty file readable by its owner only, beside `target`, whose name the caller then owns.
QString makePrivateTempFile(const QString &target)
{
    const QFileInfo info(target);
    QTemporaryFile tmp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return {};
    tmp.setPermissions(ownerOnly);
    return tmp.fileName();
}

// This machine's name as it may appear in a file name.
QString hostTag()
{
    QString host = QSysInfo::machineHostName();
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.]")), QStringLiteral("_"));
    return host.isEmpty() ? QStringLiteral("local") : host;
}

// The prefix of the temporaries a creation of `target` builds in: `.NAME.kitetp-build-`.
QString buildPrefix(const QFileInfo &target)
{
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".kitetp-build-");
}

// An empty private file beside `target`, named after this machine and process, for building it.
QString makeBuildFile(const QString &target)
{
    const QFileInfo info(target);
    QTemporaryFile tmp(info.absolutePath() + QLatin1Char('/') + buildPrefix(info) + hostTag() + QLatin1Char('-') +
                       QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX"));
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return {};
    tmp.setPermissions(ownerOnly);
    return tmp.fileName();
}

// Removes what a creation of `target` killed on this machine left behind: its temporary file and that file's
// journal. Only names of that exact form, only when their process no longer exists.
void removeStaleBuildFiles(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = buildPrefix(info) + hostTag() + QLatin1Char('-');
    const QRegularExpression pattern(QStringLiteral("^%1(\\d+)-[A-Za-z0-9]{6}(-journal)?$").arg(QRegularExpression::escape(prefix)));
    const QDir dir(info.absolutePath());
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System)) {
        const auto m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        const qint64 pid = m.captured(1).toLongLong();
#ifdef Q_OS_UNIX
        const bool dead = pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
        const bool dead = false;
#endif
        if (dead)
            QFile::remove(dir.filePath(name));
    }
}

// Gives `from` the name `to` unless `to` exists (a hard link, then the temporary name is removed).
bool renameNoReplace(const QString &from, const QString &to, bool *existed)
{
    *existed = false;
#ifdef Q_OS_UNIX
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
    if (::link(f.constData(), t.constData()) == 0) {
        ::unlink(f.constData());
        return true;
    }
    if (errno == EEXIST) {
        *existed = true;
        return false;
    }
    // A file system without hard links: check, then rename (the window of a race is small).
    if (QFileInfo::exists(to)) {
        *existed = true;
        return false;
    }
    return ::rename(f.constData(), t.constData()) == 0;
#else
    *existed = QFileInfo::exists(to);
    return !*existed && QFile::rename(from, to);
#endif
}

bool syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// Flushes a file's data to the disk (a copy is worth nothing if a power cut leaves it empty).
bool syncToDisk(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(f.handle()) == 0;
#else
    return f.flush();
#endif
}

// Renames `from` over `to`, replacing it in one step where the system allows it.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    QFile::remove(to);
    return QFile::rename(from, to);
#endif
}

bool isNotADatabase(const QSqlError &e)
{
    const QString t = e.text();
    return t.contains(QLatin1String("not a database")) || t.contains(QLatin1String("malformed")) ||
           t.contains(QLatin1String("corrupt"));
}

QString backupPathFor(const QString &path, int version)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral("-sauvegarde-format%1-%2.").arg(version).arg(stamp) + info.suffix();
}

} // namespace

ProgrammeFile::Format ProgrammeFile::Format::programme()
{
    return {AppInfo::applicationId, Migrations::programmeMigrations};
}

ProgrammeFile::Format ProgrammeFile::Format::directory()
{
    return {AppInfo::directoryApplicationId, Migrations::directoryMigrations};
}

ProgrammeFile::ProgrammeFile(QString path, Mode mode, const Format &format)
    : m_path(std::move(path)), m_mode(mode), m_format(format), m_connectionName(nextConnectionName())
{
}

ProgrammeFile::~ProgrammeFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ProgrammeFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ProgrammeFile::openConnection(Mode mode, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    // Every write reaches the disk before the call returns; a rollback journal (not WAL) also works on shared folders.
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (mode == Mode::ReadWrite) {
        q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    return true;
}

ProgrammeFile::OpenResult ProgrammeFile::create(const QString &requestedPath, const Filler &fill, const Format &format)
{
    if (isServerUri(requestedPath))
        return createOnServer(requestedPath, fill, format);
    OpenResult result;
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        result.error = FileError(FileError::AlreadyExists, path);
        return result;
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        result.error = FileError(FileError::CannotCreate, path);
        return result;
    }
    removeStaleBuildFiles(path);
    const QString tmpPath = makeBuildFile(path);
    if (tmpPath.isEmpty()) {
        result.error = FileError(FileError::CannotCreate, path);
        return result;
    }
    const auto discard = [&tmpPath] {
        QFile::remove(tmpPath + QStringLiteral("-journal"));
        QFile::remove(tmpPath);
    };
    QString error;
    {
        ProgrammeFile building(tmpPath, Mode::ReadWrite, format);
        bool ok = building.openConnection(Mode::ReadWrite, &error);
        if (ok) {
            QSqlDatabase db = building.database();
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA application_id = %1").arg(format.applicationId)) &&
                 Migrations::migrate(db, 0, Migrations::latestVersion(format.migrations), &error, format.migrations);
            ok = ok && !building.setMeta(QStringLiteral("created_with"), AppInfo::version()) &&
                 !building.setMeta(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        }
        if (!ok) {
            discard();
            result.error = FileError(FileError::CannotCreate, path, error);
            return result;
        }
        if (fill) {
            if (FileError e = fill(building)) {
                discard();
                result.error = e;
                return result;
            }
        }
    }
    bool existed = false;
    if (!syncToDisk(tmpPath) || !renameNoReplace(tmpPath, path, &existed)) {
        discard();
        result.error = FileError(existed ? FileError::AlreadyExists : FileError::CannotCreate, path);
        return result;
    }
    syncFolder(path);
    return open(path, Mode::ReadWrite, Check::Now, format);
}

ProgrammeFile::OpenResult ProgrammeFile::open(const QString &requestedPath, Mode mode, Check check, const Format &format)
{
    if (isServerUri(requestedPath))
        return openOnServer(requestedPath, mode, format);
    OpenResult result;
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const int latest = Migrations::latestVersion(format.migrations);
    const FileProbe probe = FileProbe::inspect(path, latest, format.applicationId);
    if (probe.error) {
        result.error = probe.error;
        return result;
    }
    if (mode == Mode::ReadWrite && (!QFileInfo(path).isWritable() || !QFileInfo(QFileInfo(path).absolutePath()).isWritable())) {
        result.error = FileError(FileError::NotWritable, path);
        return result;
    }

    std::unique_ptr<ProgrammeFile> file(new ProgrammeFile(path, mode, format));
    if (mode == Mode::ReadWrite) {
        file->m_lock = std::make_unique<FileLock>(path);
        switch (file->m_lock->tryLock()) {
        case FileLock::Acquired:
            break;
        case FileLock::HeldByOther:
            result.lockedBy = file->m_lock->owner();
            result.error = FileError(FileError::Locked, path,
                                     FileError::tr("Ouvert par %1.").arg(file->m_lock->owner().describe()));
            return result;
        case FileLock::Failed:
            result.error = FileError(FileError::NotWritable, path);
            return result;
        }
    }

    QString error;
    if (!file->openConnection(mode, &error)) {
        result.error = FileError(FileError::Unreadable, path, error);
        return result;
    }
    {
        QSqlQuery q(file->database());
        const auto unreadable = [&](const QSqlError &e) {
            FileError::Code code = isNotADatabase(e) ? FileError::Corrupt : FileError::Unreadable;
            if (mode == Mode::ReadOnly && probe.hotJournal && code == FileError::Unreadable)
                code = FileError::NeedsRecovery;
            return FileError(code, path, code == FileError::Unreadable ? e.text() : QString());
        };
        // Deferred, the check is the caller's (BackgroundCheck); a file about to be migrated is checked first.
        const bool checkNow = check == Check::Now || (mode == Mode::ReadWrite && probe.schemaVersion < latest);
        if (checkNow) {
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
                result.error = unreadable(q.lastError());
                return result;
            }
            if (q.value(0).toString() != QLatin1String("ok")) {
                result.error = FileError(FileError::Corrupt, path);
                return result;
            }
        } else if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            result.error = unreadable(q.lastError()); // the schema at least must be readable
            return result;
        }
        q.finish();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'kitetp_meta'")) ||
            !q.next() || q.value(0).toInt() != 1) {
            result.error = FileError(FileError::Corrupt, path);
            return result;
        }
    }
    file->m_schemaVersion = probe.schemaVersion;

    if (mode == Mode::ReadWrite && probe.schemaVersion < latest) {
        const QString backup = backupPathFor(path, probe.schemaVersion);
        // A failed attempt leaves no copy of its own behind (the file itself is unchanged): retrying never piles up
        // backups. A copy already there under that name (made within the same second) is never ours to remove.
        const bool taken = QFileInfo::exists(backup);
        if (taken || !QFile::copy(path, backup) || !QFile::setPermissions(backup, ownerOnly) || !syncToDisk(backup)) {
            if (!taken)
                QFile::remove(backup);
            result.error = FileError(FileError::MigrationFailed, path,
                                     FileError::tr("La copie de sauvegarde n'a pas pu être écrite."));
            return result;
        }
        QSqlDatabase db = file->database();
        if (!Migrations::migrate(db, probe.schemaVersion, latest, &error, format.migrations)) {
            QFile::remove(backup);
            result.error = FileError(FileError::MigrationFailed, path, error);
            return result;
        }
        result.migratedFrom = probe.schemaVersion;
        result.backupPath = backup;
        file->m_schemaVersion = latest;
    }
    result.file = std::move(file);
    return result;
}

QString ProgrammeFile::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM kitetp_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

FileError ProgrammeFile::setMeta(const QString &key, const QString &value)
{
    if (FileError e = checkWritable())
        return e;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO kitetp_meta(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return writeError(q.lastError().text());
    return {};
}

FileError ProgrammeFile::saveCopyAs(const QString &requestedTarget) const
{
    if (m_engine != Engine::Sqlite) // kitetp copy (docs/team-server.md): not built yet
        return FileError(FileError::ExportRefused, requestedTarget,
                         QCoreApplication::translate("ProgrammeFile", "La copie hors ligne d'un programme sur un serveur n'est pas encore possible."));
    const QString target = QFileInfo(requestedTarget).absoluteFilePath();
    // The same file under another name (a link, "./x.etp") is still this file: never replace it.
    if (QFileInfo(target) == QFileInfo(m_path) ||
        (QFileInfo::exists(target) && QFileInfo(target).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()))
        return FileError(FileError::AlreadyExists, target);
    if (QFileInfo::exists(FileLock::lockPathFor(target)))
        return FileError(FileError::Locked, target);
    if (QFileInfo::exists(target) && !QFileInfo(target).isFile()) // a device, a FIFO, a folder: never replaced
        return FileError(FileError::ExportRefused, target,
                         QCoreApplication::translate("ProgrammeFile", "Ce n'est pas un fichier ordinaire : choisissez un nom de fichier."));
    const QString tmpPath = makePrivateTempFile(target);
    if (tmpPath.isEmpty())
        return FileError(FileError::CannotCreate, target);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(tmpPath);
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        QFile::remove(tmpPath);
        return FileError(FileError::CannotCreate, target, detail);
    }
    // On disk before it takes the target's name; the rename then replaces the target atomically.
    if (!syncToDisk(tmpPath) || !QFile::setPermissions(tmpPath, ownerOnly) || !replaceFile(tmpPath, target)) {
        QFile::remove(tmpPath);
        return FileError(FileError::CannotCreate, target);
    }
    return {};
}

void ProgrammeFile::emitChange(const Change &change)
{
    if (change.isEmpty())
        return;
    if (m_transactionDepth > 0) {
        m_pending.merge(change);
        return;
    }
    Q_EMIT changed(change);
}

void ProgrammeFile::reportReadFailure(const QString &detail) const
{
    const FileError error(FileError::Unreadable, m_path, detail);
    if (!m_readFailure)
        m_readFailure = error;
    Q_EMIT readFailed(error);
}

FileError ProgrammeFile::checkWritable() const
{
    if (m_refusal)
        return m_refusal;
    return isReadOnly() ? FileError(FileError::ReadOnly, m_path) : FileError();
}

void ProgrammeFile::setBusyTimeout(int ms)
{
    QSqlQuery q(database());
    q.exec(Dialect::waitStatement(m_engine, ms));
}

bool ProgrammeFile::transactionFailed() const
{
    return m_transactionDepth > 0 && m_transactionFailed;
}

FileError ProgrammeFile::writeError(const QString &detail) const
{
    return FileError(FileError::WriteFailed, m_path, detail);
}

Transaction::Transaction(ProgrammeFile &file) : m_file(file)
{
    m_outermost = file.m_transactionDepth == 0;
    if (m_outermost) {
        QSqlDatabase db = file.database();
        m_begun = db.transaction();
        file.countStatement();
        // Without BEGIN the writes would each commit on their own: the transaction is then born failed, every
        // write inside it is refused (Sql::exec), and commit() reports the failure.
        m_active = true;
        file.m_transactionFailed = !m_begun;
        file.m_pending = {};
    } else {
        m_active = !file.m_transactionFailed;
        if (!m_active)
            return;
    }
    ++file.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active)
        finish(false);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_outermost) {
        finish(true);
        return true;
    }
    if (m_file.m_transactionFailed) {
        finish(false);
        return false;
    }
    finish(true);
    return !m_file.m_transactionFailed;
}

void Transaction::finish(bool success)
{
    m_active = false;
    --m_file.m_transactionDepth;
    if (!m_outermost) {
        if (!success)
            m_file.m_transactionFailed = true;
        return;
    }
    QSqlDatabase db = m_file.database();
    const bool committed = success && m_begun && db.commit();
    if (success && m_begun)
        m_file.countStatement();
    if (!committed) {
        if (m_begun)
            db.rollback();
        // After an I/O error or a full disk SQLite may be left in its error state with a hot journal, which it
        // only plays back at the next read: read now, so that the file is whole again before the failure is
        // reported (and read-only commands can open it at once).
        if (m_begun && !m_file.isReadOnly() && m_file.engine() == Engine::Sqlite) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        }
        m_file.m_transactionFailed = true;
        m_file.m_pending = {};
        return;
    }
    m_file.emitChange(std::exchange(m_file.m_pending, {}));
}

} // namespace kitetp
