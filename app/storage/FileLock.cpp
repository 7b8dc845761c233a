#include "storage/FileLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace kitetp {

QString FileLock::Owner::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    return QCoreApplication::translate("FileLock", "%1 sur %2 depuis le %3").arg(user, host, when);
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

} // namespace

FileLock::FileLock(const QString &filePath) : m_lockPath(lockPathFor(filePath)) {}

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
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    Owner owner;
    owner.user = o.value(QStringLiteral("user")).toString(QStringLiteral("?"));
    owner.host = o.value(QStringLiteral("host")).toString();
    owner.pid = o.value(QStringLiteral("pid")).toInteger();
    owner.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return owner;
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

FileLock::Result FileLock::tryLock()
{
    if (m_locked)
        return Acquired;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile f(m_lockPath);
        if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
            const Owner me = currentProcess();
            const QJsonObject o{{QStringLiteral("user"), me.user},
                                {QStringLiteral("host"), me.host},
                                {QStringLiteral("pid"), me.pid},
                                {QStringLiteral("since"), me.since.toString(Qt::ISODate)},
                                {QStringLiteral("application"), QStringLiteral("Kit ETP")}};
            const bool ok = f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) > 0 && f.flush();
            f.close();
            if (!ok) {
                QFile::remove(m_lockPath);
                return Failed;
            }
            m_locked = true;
            return Acquired;
        }
        if (!QFile::exists(m_lockPath))
            return Failed; // the folder is not writable
        const std::optional<Owner> owner = readOwner(m_lockPath);
        if (owner && !isStale(*owner)) {
            m_owner = *owner;
            return HeldByOther;
        }
        QFile::remove(m_lockPath); // left by a crashed Kit ETP on this machine, or unreadable: take it over
    }
    return Failed;
}

void FileLock::unlock()
{
    if (!m_locked)
        return;
    QFile::remove(m_lockPath);
    m_locked = false;
}

} // namespace kitetp
