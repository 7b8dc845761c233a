#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kitetp {

// Marks a programme file as open for writing, in a small JSON file beside it (`NAME.etp.lock`), so that a second
// Kit ETP — on this machine or another one sharing the folder — can say who has it open and since when.
// A lock left by a crashed Kit ETP on this machine (its process is gone) is taken over silently. A lock from
// another machine is trusted: the user may open the file read-only.
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
    void unlock();
    bool isLocked() const { return m_locked; }
    // Who holds the lock, after tryLock() returned HeldByOther.
    const Owner &owner() const { return m_owner; }

    static QString lockPathFor(const QString &filePath);
    static std::optional<Owner> readOwner(const QString &lockPath);
    static Owner currentProcess();

private:
    bool isStale(const Owner &owner) const;

    QString m_lockPath;
    Owner m_owner;
    bool m_locked = false;
};

} // namespace kitetp
