// SPDX-License-Identifier: EUPL-1.2
#include "storage/FileProbe.h"

#include "core/AppInfo.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace kitetp {

namespace {
constexpr int headerSize = 100;
const char sqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

quint32 be32(const QByteArray &h, int offset)
{
    return qFromBigEndian<quint32>(h.constData() + offset);
}
// A rollback journal SQLite will replay: it starts with the journal magic (a journal SQLite began but never
// made hot starts with zeros and is ignored).
bool hasHotJournal(const QString &path)
{
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    return journal.read(8) == magic;
}

} // namespace

FileProbe FileProbe::inspect(const QString &path, int newestKnownVersion, qint32 applicationId)
{
    FileProbe probe;
    const QFileInfo info(path);
    if (!info.exists()) {
        probe.error = FileError(FileError::NotFound, path);
        return probe;
    }
    if (info.isDir()) {
        probe.error = FileError(FileError::IsDirectory, path);
        return probe;
    }
    if (!info.isFile()) { // a device, a FIFO, a socket: never read (a FIFO would wait for ever)
        probe.error = FileError(FileError::NotSqlite, path);
        return probe;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.error = FileError(FileError::Unreadable, path, file.errorString());
        return probe;
    }
    const qint64 size = file.size();
    if (size == 0) {
        probe.error = FileError(FileError::Empty, path);
        return probe;
    }
    const QByteArray header = file.read(headerSize);
    const QByteArray magic(sqliteMagic, sizeof sqliteMagic); // includes the trailing NUL
    if (!header.startsWith(magic.left(qMin<qsizetype>(header.size(), magic.size())))) {
        probe.error = FileError(FileError::NotSqlite, path);
        return probe;
    }
    if (header.size() < headerSize) {
        probe.error = FileError(FileError::Truncated, path);
        return probe;
    }
    const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    probe.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = be32(header, 24);
    const quint32 validFor = be32(header, 92);
    probe.pageCount = changeCounter == validFor ? be32(header, 28) : 0;
    probe.schemaVersion = static_cast<int>(be32(header, 60));
    probe.applicationId = static_cast<qint32>(be32(header, 68));
    probe.hotJournal = hasHotJournal(path);

    const bool validPageSize = probe.pageSize >= 512 && (probe.pageSize & (probe.pageSize - 1)) == 0;
    if (!validPageSize) {
        probe.error = FileError(FileError::Corrupt, path);
        return probe;
    }
    if (!probe.hotJournal && (size % probe.pageSize != 0 || (probe.pageCount > 0 && size < probe.pageSize * probe.pageCount))) {
        probe.error = FileError(FileError::Truncated, path);
        return probe;
    }
    if (probe.applicationId != applicationId) {
        probe.error = FileError(FileError::Foreign, path);
        return probe;
    }
    if (probe.schemaVersion > newestKnownVersion) {
        probe.error = FileError(FileError::TooNew, path,
                                FileError::tr("(Format %1 ; cette version de Kit ETP lit jusqu'au format %2.)")
                                    .arg(probe.schemaVersion)
                                    .arg(newestKnownVersion));
        return probe;
    }
    return probe;
}

} // namespace kitetp
