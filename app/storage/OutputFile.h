// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"

#include <QSaveFile>

namespace kitetp {

// The one door of every export (PDF, CSV, JSON, PNG, SVG): the bytes go to a temporary file in the target's folder,
// every byte written is checked, the file is flushed to the disk (fsync), then renamed over the target. A full disk,
// an I/O error or a short write leaves the previous file exactly as it was, and commit() returns false.
// open() refuses a Kit ETP programme file (`kitetp export dossier p.etp -o p.etp`) and anything that is not a
// regular file (a device, a FIFO, a folder). A Personal file (patient data) is readable by its owner only, whatever
// the umask, from its first byte.
class OutputFile : public QSaveFile
{
public:
    enum class Privacy { Shareable, Personal };

    explicit OutputFile(const QString &path, Privacy privacy = Privacy::Shareable);
    bool open(OpenMode mode) override;
    // Shadows QSaveFile::commit(), which in Qt 6.4 ignores an error of the last flush: checks the buffered bytes,
    // the size on disk and fsync before the rename. On failure the temporary file is removed.
    bool commit();
    // What went wrong (after open() or commit() returned false), as the window and the command line say it.
    kitetp::FileError failure() const;

    // Writes `bytes` to `path` through an OutputFile; the error says why nothing was written.
    static kitetp::FileError save(const QString &path, const QByteArray &bytes, Privacy privacy = Privacy::Shareable);

    // True when `path` is a Kit ETP programme file (by its header) or one of its companions (.lock, -journal).
    static bool isProgrammeFile(const QString &path);
    // Why `path` may not be written by an export (a programme file, a device, a FIFO, a folder), or empty.
    static QString refusal(const QString &path);

protected:
    qint64 writeData(const char *data, qint64 len) override;

private:
    void fail(const QString &why);

    Privacy m_privacy;
    qint64 m_accepted = 0;   // bytes the writers were told were written
    bool m_shortWrite = false;
    bool m_refused = false;  // open() refused the target itself
};

} // namespace kitetp
