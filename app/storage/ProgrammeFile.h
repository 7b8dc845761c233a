// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "storage/Engine.h"
#include "storage/FileLock.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace kitetp {

// One open programme: an SQLite file, or a PostgreSQL database on a server (docs/team-server.md), named by a libpq
// URI where a path is expected (create, open, path()). One open programme file: its SQLite connection (one connection name per file, never the default one), its lock,
// its format version. Every write goes through a Transaction and is on disk when the call returns.
// Rooms read and write through their own stores (FieldStore, ...), which all take a ProgrammeFile.
class ProgrammeFile : public QObject
{
    Q_OBJECT
public:
    enum class Mode { ReadWrite, ReadOnly };
    // When the integrity check (PRAGMA quick_check, 1.1 s on a 186 MB file) runs: before open() returns (the command
    // line, read-only probes), or later, by the caller, on a connection of its own (BackgroundCheck: the window). A
    // file to migrate is always checked first.
    enum class Check { Now, Later };

    // The kind of Kit ETP file: its application id and its own numbered migrations. A programme unless told
    // otherwise; a regional directory (storage/DirectoryFile) is the other kind, with the same promises.
    struct Format
    {
        qint32 applicationId;
        const char *migrations; // resource folder (Migrations)
        static Format programme();
        static Format directory();
    };

    struct OpenResult
    {
        std::unique_ptr<ProgrammeFile> file;
        FileError error;
        std::optional<FileLock::Owner> lockedBy; // set with FileError::Locked
        int migratedFrom = 0;                    // the old format version, when the file was migrated
        QString backupPath;                      // the copy made before migrating
    };

    ~ProgrammeFile() override;

    // Fills a programme being built (a template, the demo); its error stops the creation.
    using Filler = std::function<FileError(ProgrammeFile &)>;
    // Creates a new programme file (readable by its owner only), lets `fill` write into it, and opens it for writing.
    // The file appears whole or not at all: it is built under a temporary name in the same folder
    // (`.NAME.kitetp-build-HOST-PID-XXXXXX`), flushed to the disk, then given its name, which is never taken from
    // a file that appeared meanwhile. Temporaries of this kind left by a killed Kit ETP of this machine (their
    // process is gone) are removed first.
    static OpenResult create(const QString &path, const Filler &fill = {}, const Format &format = Format::programme());
    // Opens an existing file. Bad files are refused with a FileError and left untouched. An older format is
    // migrated after copying the file aside (ReadWrite only).
    static OpenResult open(const QString &path, Mode mode = Mode::ReadWrite, Check check = Check::Now,
                           const Format &format = Format::programme());

    // A programme on a PostgreSQL server: a libpq URI, postgresql://user@host:5432/db, or the Unix socket form
    // postgresql://user@/db?host=/run/postgresql (also sslmode, service, passfile, connect_timeout). No password
    // in it: libpq finds one in ~/.pgpass or a service file (Qt passes none). create() makes a programme in an
    // empty database (one transaction: whole or nothing); open() refuses a database that is not a programme or is
    // newer, with the files' messages, and migrates an older one in one transaction (no copy aside: the server's
    // backups, pg_dump, are the copy). No lock: the server serialises writes.
    static bool isServerUri(const QString &pathOrUri);
    Engine engine() const { return m_engine; }

    // The file's absolute path; on a server, the URI without its password nor options.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    const Format &format() const { return m_format; }
    // The SQLite connection, for the stores: QSqlDatabase is only declared here, and only storage/ links QtSql,
    // so no other room can use it.
    QSqlDatabase database() const;

    // Full integrity check (PRAGMA integrity_check and foreign_key_check); returns the problems found.
    QStringList integrityProblems() const;
    // Row counts of every table, for `kitetp check`.
    QList<QPair<QString, qint64>> tableCounts() const;
    // kitetp_meta values (created_with, created_at, template...).
    QString meta(const QString &key) const;
    FileError setMeta(const QString &key, const QString &value);

    // Writes a consistent copy of the whole programme to `target` (readable by its owner only), replacing it.
    FileError saveCopyAs(const QString &target) const;

    // Stores call this (through Sql::write) after a successful write so that every view of that data updates.
    // Inside a transaction the changes are merged and wait for the outermost commit (a rollback drops them).
    void emitChange(const Change &change);

    // Reads report a failed query here (Sql::select) instead of returning an empty list as if the file were empty:
    // the first failure since clearReadFailure() is kept, and readFailed() is emitted for every one.
    void reportReadFailure(const QString &detail) const;
    FileError readFailure() const { return m_readFailure; }
    void clearReadFailure() { m_readFailure = {}; }

    // How many SQL statements the stores ran on this file (Sql::exec, Sql::select): the benchmarks count them.
    quint64 statementCount() const { return m_statements; }
    void countStatement() const { ++m_statements; }

    // Refuses writes on a read-only file with the right message, and every write after refuseWrites().
    FileError checkWritable() const;
    // From now on every write is refused with `why` (a check made after opening found the file damaged): nothing
    // more is written into it, nothing already in it is touched.
    void refuseWrites(const FileError &why) { m_refusal = why; }
    bool writesRefused() const { return m_refusal.isError(); }
    // How long a write waits for another connection's read to end (SQLite's busy timeout), in ms.
    void setBusyTimeout(int ms);
    FileError writeError(const QString &detail) const;
    // Inside a transaction that has already failed (or never began): further writes are refused.
    bool transactionFailed() const;

Q_SIGNALS:
    void changed(const kitetp::Change &change);
    void readFailed(const kitetp::FileError &error) const;

private:
    ProgrammeFile(QString path, Mode mode, const Format &format);
    bool openConnection(Mode mode, QString *error);
    // ProgrammeServer.cpp: the same on a PostgreSQL server.
    static OpenResult createOnServer(const QString &uri, const Filler &fill, const Format &format);
    static OpenResult openOnServer(const QString &uri, Mode mode, const Format &format);
    FileError openServerConnection(const QString &uri, Mode mode);

    QString m_path;
    Mode m_mode;
    Format m_format;
    Engine m_engine = Engine::Sqlite;
    QString m_connectionName;
    int m_schemaVersion = 0;
    std::unique_ptr<FileLock> m_lock;
    // Transactions nest: only the outermost one talks to SQLite; an inner failure rolls the whole back.
    friend class Transaction;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    Change m_pending;
    mutable FileError m_readFailure;
    FileError m_refusal;
    mutable quint64 m_statements = 0;
};

// Begins a transaction on construction; rolls back on destruction unless commit() succeeded. Transactions nest:
// a store's own transaction inside a caller's (an import, the demo generator) joins it, and only the outermost
// commit writes; any inner rollback makes the outermost commit fail and roll back.
class Transaction
{
public:
    explicit Transaction(ProgrammeFile &file);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit();

private:
    void finish(bool success);

    ProgrammeFile &m_file;
    bool m_active = false;
    bool m_outermost = false;
    bool m_begun = false; // the outermost one's BEGIN succeeded
};

} // namespace kitetp
