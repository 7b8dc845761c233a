// SPDX-License-Identifier: EUPL-1.2
#include "storage/OutputFile.h"

#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kitetp {

namespace {

// True when `path` exists and is not a regular file (after following links): a device, a FIFO, a socket, a folder.
bool isSpecial(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode);
#else
    const QFileInfo info(path);
    return info.exists() && !info.isFile();
#endif
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

OutputFile::OutputFile(const QString &path, Privacy privacy) : QSaveFile(path), m_privacy(privacy) {}

bool OutputFile::isProgrammeFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".etp.lock")) || path.endsWith(QLatin1String(".etp-journal")) ||
        path.endsWith(QLatin1String(".etpannuaire.lock")) || path.endsWith(QLatin1String(".etpannuaire-journal")))
        return true;
    if (isSpecial(path))
        return false; // reading a FIFO's header would wait for a writer
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(72);
    if (header.size() != 72 || !header.startsWith(QByteArray("SQLite format 3", 16)))
        return false;
    const qint32 id = qFromBigEndian<qint32>(header.constData() + 68);
    return id == AppInfo::applicationId || id == AppInfo::directoryApplicationId; // a directory is never replaced either
}

QString OutputFile::refusal(const QString &path)
{
    if (isSpecial(path))
        return QCoreApplication::translate("OutputFile", "Ce n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube) : choisissez un nom de "
                  "fichier.");
    if (isProgrammeFile(path))
        return QCoreApplication::translate("OutputFile", "« %1 » est un fichier de programme Kit ETP : un export ne le remplace jamais. Choisissez un autre nom.")
            .arg(QFileInfo(path).fileName());
    return {};
}

bool OutputFile::open(OpenMode mode)
{
    m_accepted = 0;
    m_shortWrite = false;
    m_refused = false;
    if (const QString why = refusal(fileName()); !why.isEmpty()) {
        m_refused = true;
        setErrorString(why);
        return false;
    }
    if (!QSaveFile::open(mode))
        return false;
#ifdef Q_OS_UNIX
    // Before the first byte: the temporary file takes the target's name with these permissions.
    if (m_privacy == Privacy::Personal && ::fchmod(handle(), S_IRUSR | S_IWUSR) != 0) {
        const int error = errno;
        cancelWriting();
        QSaveFile::commit();
        setErrorString(systemError(error));
        return false;
    }
#else
    if (m_privacy == Privacy::Personal)
        setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    return true;
}

qint64 OutputFile::writeData(const char *data, qint64 len)
{
    const qint64 written = QSaveFile::writeData(data, len);
    if (written != len)
        m_shortWrite = true;
    if (written > 0)
        m_accepted += written;
    return written;
}

void OutputFile::fail(const QString &why)
{
    cancelWriting();
    QSaveFile::commit(); // removes the temporary file; the target is untouched
    setErrorString(why);
}

bool OutputFile::commit()
{
    if (!isOpen())
        return false;
    if (m_shortWrite) {
        fail(errorString().isEmpty() ? systemError(ENOSPC) : errorString());
        return false;
    }
    if (!flush()) {
        fail(errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::fstat(handle(), &st) != 0 || st.st_size != m_accepted) {
        fail(QCoreApplication::translate("OutputFile", "le fichier écrit n'a pas la taille attendue (%1 octets sur %2).").arg(st.st_size).arg(m_accepted));
        return false;
    }
    // A full disk may only show here (delayed allocation, network folders). EINVAL: the system cannot sync this file.
    if (::fsync(handle()) != 0 && errno != EINVAL) {
        fail(systemError(errno));
        return false;
    }
#endif
    const QString target = fileName();
    if (!QSaveFile::commit())
        return false;
#ifdef Q_OS_UNIX
    // The rename itself reaches the disk with the folder.
    const int dir = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
    return true;
}

FileError OutputFile::failure() const
{
    return kitetp::FileError(m_refused ? kitetp::FileError::ExportRefused : kitetp::FileError::ExportFailed, fileName(), errorString());
}

FileError OutputFile::save(const QString &path, const QByteArray &bytes, Privacy privacy)
{
    OutputFile out(path, privacy);
    if (!out.open(QIODevice::WriteOnly))
        return out.failure();
    out.write(bytes);
    if (!out.commit())
        return out.failure();
    return {};
}

} // namespace kitetp
