// SPDX-License-Identifier: EUPL-1.2
#include "storage/FileLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

#include <QThread>

#include <atomic>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pthread.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>
#endif

namespace kitetp {

QString FileLock::Owner::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    if (!host.isEmpty() && since.isValid())
        return QCoreApplication::translate("FileLock", "%1 sur %2 depuis le %3").arg(user, host, when);
    if (!user.isEmpty() && user != QLatin1String("?") && since.isValid())
        return QCoreApplication::translate("FileLock", "%1 depuis le %2").arg(user, when);
    return QCoreApplication::translate("FileLock", "un autre Kit ETP (peut-être sous un autre nom de ce fichier)");
}

namespace {

// When this machine started (Linux: btime in /proc/stat); invalid elsewhere.
QDateTime bootTime()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : stat.readAll().split('\n'))
        if (line.startsWith("btime "))
            return QDateTime::fromSecsSinceEpoch(line.mid(6).trimmed().toLongLong(), Qt::UTC);
    return {};
}

#ifdef Q_OS_UNIX
// Network file systems, where flock on the programme file would be emulated by byte-range locks that collide with
// SQLite's own (NFS, SMB/CIFS, FUSE mounts such as sshfs, AFS, 9P, Ceph).
bool isNetworkFileSystem(int fd)
{
    struct statfs fs {};
    if (::fstatfs(fd, &fs) != 0)
        return true;
    switch (static_cast<quint32>(fs.f_type)) {
    case 0x6969u:     // NFS
    case 0x517Bu:     // SMB
    case 0xFF534D42u: // CIFS
    case 0xFE534D42u: // SMB2
    case 0x65735546u: // FUSE
    case 0x5346414Fu: // AFS
    case 0x01021997u: // 9P
    case 0x00C36400u: // Ceph
        return true;
    default:
        return false;
    }
}

enum class Flock { Held, Busy, Unsupported };

// Tries an exclusive flock for a moment (a contender may hold it the instant it takes to look at the lock file).
Flock tryFlock(int fd, int attempts)
{
    for (int i = 0; i < attempts; ++i) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            return Flock::Held;
        if (errno != EWOULDBLOCK && errno != EINTR)
            return Flock::Unsupported;
        if (i + 1 < attempts)
            QThread::msleep(20);
    }
    return Flock::Busy;
}

// True when `path` still names the file open on `fd` (its holder may have removed it meanwhile).
bool stillNamed(int fd, const QString &path)
{
    struct stat open {};
    struct stat named {};
    return ::fstat(fd, &open) == 0 && ::lstat(QFile::encodeName(path).constData(), &named) == 0 &&
           open.st_dev == named.st_dev && open.st_ino == named.st_ino;
}

QByteArray readAllFd(int fd)
{
    QByteArray bytes(4096, '\0');
    const ssize_t n = ::pread(fd, bytes.data(), size_t(bytes.size()), 0);
    bytes.resize(n > 0 ? int(n) : 0);
    return bytes;
}

bool writeOwnerFd(int fd, const QByteArray &json)
{
    if (::ftruncate(fd, 0) != 0)
        return false;
    qint64 done = 0;
    while (done < json.size()) {
        const ssize_t n = ::pwrite(fd, json.constData() + done, size_t(json.size() - done), done);
        if (n <= 0)
            return false;
        done += n;
    }
    return ::fsync(fd) == 0 || errno == EINVAL;
}

// Who owns a lock file we may not read (another user's, readable by its owner only): its owner and its date.
FileLock::Owner ownerByStat(const QString &path)
{
    FileLock::Owner owner;
    owner.user = QStringLiteral("?");
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return owner;
    struct passwd pw {};
    struct passwd *found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(st.st_uid, &pw, buffer, sizeof buffer, &found) == 0 && found)
        owner.user = QString::fromLocal8Bit(found->pw_name);
    owner.since = QDateTime::fromSecsSinceEpoch(st.st_mtime, Qt::UTC);
    return owner;
}
#endif

FileLock::Owner parseOwner(const QByteArray &bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    FileLock::Owner owner;
    owner.user = o.value(QStringLiteral("user")).toString(QStringLiteral("?"));
    owner.host = o.value(QStringLiteral("host")).toString();
    owner.pid = o.value(QStringLiteral("pid")).toInteger();
    owner.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return owner;
}

// What a lock file holds: parseOwner's input.
QByteArray ownerJson(const FileLock::Owner &owner)
{
    const QJsonObject o{{QStringLiteral("user"), owner.user},
                        {QStringLiteral("host"), owner.host},
                        {QStringLiteral("pid"), owner.pid},
                        {QStringLiteral("since"), owner.since.toString(Qt::ISODate)},
                        {QStringLiteral("application"), QStringLiteral("Kit ETP")}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

#ifdef Q_OS_UNIX
// The lock files this process holds, for the signal handler (unlink is async-signal-safe; nothing else is used).
constexpr int maxHeld = 32;
std::atomic<char *> heldLockFiles[maxHeld];

void rememberHeld(const QString &path)
{
    char *copy = ::strdup(QFile::encodeName(path).constData());
    for (auto &slot : heldLockFiles) {
        char *expected = nullptr;
        if (slot.compare_exchange_strong(expected, copy))
            return;
    }
    std::free(copy); // more than maxHeld files open at once: that one is not removed on a signal
}

void forgetHeld(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    for (auto &slot : heldLockFiles) {
        char *held = slot.load();
        if (held && encoded == held && slot.compare_exchange_strong(held, nullptr)) {
            std::free(held);
            return;
        }
    }
}

// Holds SIGTERM, SIGHUP and SIGINT back while a lock file is created and remembered, so that a signal cannot come
// between the two and leave it behind.
class TerminationBlocked
{
public:
    TerminationBlocked()
    {
        sigset_t set;
        sigemptyset(&set);
        for (int signal : {SIGTERM, SIGHUP, SIGINT})
            sigaddset(&set, signal);
        ::pthread_sigmask(SIG_BLOCK, &set, &m_previous);
    }
    ~TerminationBlocked() { ::pthread_sigmask(SIG_SETMASK, &m_previous, nullptr); }
    TerminationBlocked(const TerminationBlocked &) = delete;
    TerminationBlocked &operator=(const TerminationBlocked &) = delete;

private:
    sigset_t m_previous;
};

extern "C" void removeHeldLockFilesAndDie(int signal)
{
    for (auto &slot : heldLockFiles)
        if (char *held = slot.load())
            ::unlink(held);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}
#endif

} // namespace

void FileLock::releaseOnTermination()
{
#ifdef Q_OS_UNIX
    struct sigaction action {};
    action.sa_handler = removeHeldLockFilesAndDie;
    sigemptyset(&action.sa_mask);
    for (int signal : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(signal, &action, nullptr);
#endif
}

FileLock::FileLock(const QString &filePath)
    : m_filePath(filePath),
      // Beside the file a symbolic link points to, so that every name of the file finds the same lock file.
      m_lockPath(lockPathFor(QFileInfo(filePath).canonicalFilePath().isEmpty() ? filePath
                                                                               : QFileInfo(filePath).canonicalFilePath()))
{
}

FileLock::~FileLock()
{
    unlock();
}

QString FileLock::lockPathFor(const QString &filePath)
{
    return filePath + QStringLiteral(".lock");
}

FileLock::Owner FileLock::currentProcess()
{
    Owner me;
    me.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("?")));
    me.host = QSysInfo::machineHostName();
    me.pid = QCoreApplication::applicationPid();
    me.since = QDateTime::currentDateTimeUtc();
    return me;
}

std::optional<FileLock::Owner> FileLock::readOwner(const QString &lockPath)
{
    QFile f(lockPath);
    if (!f.open(QIODevice::ReadOnly)) {
#ifdef Q_OS_UNIX
        if (QFileInfo::exists(lockPath))
            return ownerByStat(lockPath);
#endif
        return std::nullopt;
    }
    return parseOwner(f.read(4096));
}

bool FileLock::isStale(const Owner &owner) const
{
    // A lock file cut short by a crash or a full disk names nobody: stale once it is a little old (a lock being
    // written right now by another Kit ETP is given a few seconds).
    if (owner.host.isEmpty() || owner.host == QLatin1String("?") || !owner.since.isValid()) {
        const QDateTime modified = QFileInfo(m_lockPath).lastModified();
        return !modified.isValid() || modified.secsTo(QDateTime::currentDateTime()) > 10;
    }
    if (owner.host != QSysInfo::machineHostName())
        return false;
    // A lock taken before this machine last started belongs to a process that no longer exists, whatever its pid.
    const QDateTime boot = bootTime();
    if (boot.isValid() && owner.since < boot)
        return true;
    if (owner.pid == QCoreApplication::applicationPid())
        return false; // this very process holds it (the file is opened twice): not stale
#ifdef Q_OS_UNIX
    return owner.pid <= 0 || (::kill(static_cast<pid_t>(owner.pid), 0) != 0 && errno == ESRCH);
#else
    return false;
#endif
}

FileLock::Result FileLock::heldBy(const std::optional<Owner> &owner)
{
    m_owner = owner.value_or(Owner{});
    release();
    return HeldByOther;
}

void FileLock::release()
{
#ifdef Q_OS_UNIX
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    if (m_fileFd >= 0)
        ::close(m_fileFd);
#endif
    m_lockFd = -1;
    m_fileFd = -1;
    m_identityLocked = false;
    m_locked = false;
}

#ifdef Q_OS_UNIX

// `fd` is the lock file, just created (ours) or found. Decides whether it is ours to take.
FileLock::Result FileLock::takeLockFile(int fd, bool created)
{
    const Flock lock = tryFlock(fd, created ? 25 : 3);
    if (lock == Flock::Busy) {
        // Held by a living Kit ETP (or, just created, already taken over by a contender: then it is theirs).
        const Owner owner = parseOwner(readAllFd(fd));
        ::close(fd);
        return heldBy(owner);
    }
    if (!stillNamed(fd, m_lockPath)) {
        ::close(fd);
        return Failed; // removed or replaced meanwhile: look again
    }
    if (!created) {
        const QByteArray bytes = readAllFd(fd);
        const Owner owner = parseOwner(bytes);
        const bool otherMachine = !owner.host.isEmpty() && owner.host != QLatin1String("?") &&
                                  owner.host != QSysInfo::machineHostName();
        // Nobody holds its flock. With the programme file's own flock in hand, no Kit ETP of this machine has the
        // file open for writing: the lock was left by a crash. Otherwise (network folders) the owner's process is
        // looked for; the takeover is still atomic, since it is done in place under the lock file's flock.
        bool stale = false;
        if (!otherMachine)
            stale = (lock == Flock::Held && m_identityLocked) || isStale(owner);
        if (!stale) {
            ::close(fd);
            return heldBy(owner);
        }
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    if (!writeOwnerFd(fd, ownerJson(currentProcess()))) {
        if (created)
            ::unlink(QFile::encodeName(m_lockPath).constData());
        ::close(fd);
        release();
        return Failed;
    }
    m_lockFd = fd;
    m_locked = true;
    rememberHeld(m_lockPath);
    return Acquired;
}

FileLock::Result FileLock::tryLock()
{
    if (m_locked)
        return Acquired;
    const QByteArray file = QFile::encodeName(m_filePath);
    const QByteArray lockPath = QFile::encodeName(m_lockPath);
    m_fileFd = ::open(file.constData(), O_RDONLY | O_CLOEXEC);
    if (m_fileFd < 0)
        return Failed;
    if (!isNetworkFileSystem(m_fileFd)) {
        if (::flock(m_fileFd, LOCK_EX | LOCK_NB) == 0) {
            m_identityLocked = true;
        } else if (errno == EWOULDBLOCK) {
            // Open for writing by another Kit ETP of this machine, maybe under another name (a link): say who.
            std::optional<Owner> owner = readOwner(m_lockPath);
            if (!owner)
                owner = readOwner(lockPathFor(m_filePath));
            return heldBy(owner);
        }
    }
    const TerminationBlocked blocked;
    for (int attempt = 0; attempt < 20; ++attempt) {
        int fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
        const bool created = fd >= 0;
        if (!created) {
            if (errno != EEXIST) {
                release();
                return Failed; // the folder is not writable
            }
            fd = ::open(lockPath.constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0) {
                if (errno == ENOENT)
                    continue; // released meanwhile
                // Not ours to open (another user's lock, readable by its owner only, or a link): stale only when
                // the programme file's own flock says that nobody here has it open; then it is replaced.
                if (m_identityLocked && ::unlink(lockPath.constData()) == 0)
                    continue;
                return heldBy(readOwner(m_lockPath));
            }
        }
        const Result r = takeLockFile(fd, created);
        if (r != Failed || m_fileFd < 0)
            return r;
    }
    release();
    return Failed;
}

void FileLock::unlock()
{
    if (m_locked)
        forgetHeld(m_lockPath);
    if (m_locked && m_lockFd >= 0 && stillNamed(m_lockFd, m_lockPath))
        ::unlink(QFile::encodeName(m_lockPath).constData()); // removed before its flock is released
    release();
}

#else

FileLock::Result FileLock::tryLock()
{
    if (m_locked)
        return Acquired;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile f(m_lockPath);
        if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            const bool ok = f.write(ownerJson(currentProcess())) > 0 && f.flush();
            f.close();
            if (!ok) {
                QFile::remove(m_lockPath);
                return Failed;
            }
            m_locked = true;
            return Acquired;
        }
        if (!QFile::exists(m_lockPath))
            return Failed;
        const std::optional<Owner> owner = readOwner(m_lockPath);
        if (owner && !isStale(*owner)) {
            m_owner = *owner;
            return HeldByOther;
        }
        QFile::remove(m_lockPath);
    }
    return Failed;
}

void FileLock::unlock()
{
    if (m_locked)
        QFile::remove(m_lockPath);
    m_locked = false;
}

#endif

} // namespace kitetp
