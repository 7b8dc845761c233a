// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kitetp {

// Marks a programme file as open for writing, by two locks:
// - on a local disk, an OS lock (flock) on the programme file itself: it follows the file's identity, so a hard
//   link or a symbolic link to the same file is the same lock, and the system releases it when the process dies
//   (flock and SQLite's fcntl locks are independent on Linux; the lock's descriptor is closed only after SQLite's
//   connection, because closing any descriptor of the file drops the process's fcntl locks). Network folders (NFS,
//   SMB) do not get it: their emulation of flock would collide with SQLite's locks.
// - a small JSON file beside it (`NAME.etp.lock`, readable by its owner only), itself under flock while held, so
//   that a second Kit ETP — on this machine or another one sharing the folder — can say who has it open and since
//   when. A lock file whose flock nobody holds was left by a crashed Kit ETP: it is taken over in place, under that
//   flock, so that of two processes taking it over at once exactly one wins. A lock from another machine is trusted:
//   the user may open the file read-only.
class FileLock
{
public:
    struct Owner
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
        QString describe() const; // "marie sur poste-12 depuis le 03/02/2026 09:14"
    };
    enum Result { Acquired, HeldByOther, Failed };

    explicit FileLock(const QString &filePath);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    Result tryLock();
    // Removes the lock file, then releases the OS locks. Call it after closing the SQLite connection.
    void unlock();
    bool isLocked() const { return m_locked; }
    // Who holds the lock, after tryLock() returned HeldByOther.
    const Owner &owner() const { return m_owner; }

    static QString lockPathFor(const QString &filePath);
    // For the command line: on SIGTERM, SIGHUP or SIGINT, every lock file this process holds is removed, then the
    // signal takes its default action (an unfinished transaction is rolled back by the next opening; the OS locks
    // go with the process).
    static void releaseOnTermination();
    static std::optional<Owner> readOwner(const QString &lockPath);
    static Owner currentProcess();

private:
    bool isStale(const Owner &owner) const;
    Result heldBy(const std::optional<Owner> &owner);
    Result takeLockFile(int fd, bool created);
    void release();

    QString m_filePath;
    QString m_lockPath;
    Owner m_owner;
    bool m_locked = false;
    int m_fileFd = -1;          // the programme file, under flock (local disks)
    bool m_identityLocked = false;
    int m_lockFd = -1;          // the lock file, under flock while held
};

} // namespace kitetp
