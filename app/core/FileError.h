// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QString>

namespace kitetp {

// What can go wrong with a programme file, and the message a user reads: what is wrong and what to do.
// The same text appears in the window and on stderr of the command line.
class FileError
{
    Q_DECLARE_TR_FUNCTIONS(FileError)
public:
    enum Code {
        None,
        NotFound,       // no file at that path
        IsDirectory,    // the path names a folder
        Unreadable,     // permissions or I/O
        NotWritable,    // opening for writing a file or folder the user may not write
        Empty,          // zero bytes
        NotSqlite,      // another kind of file
        Truncated,      // shorter than its header says
        Corrupt,        // SQLite reports damage
        NeedsRecovery,  // a crash left an unfinished change that only a read-write open can roll back
        Foreign,        // an SQLite database of another application
        TooNew,         // made by a newer Kit ETP
        AlreadyExists,  // creating over an existing file
        CannotCreate,   // folder not writable, disk full
        Locked,         // open in another Kit ETP
        ReadOnly,       // a write was attempted on a file opened read-only
        MigrationFailed,
        WriteFailed,
        InvalidInput,   // a value refused by the rules (absurd date, empty title...)
        ExportRefused,  // an export's target may not be written (a programme file, a device, a FIFO, a folder)
        ExportFailed,   // an export could not be written whole (disk full, I/O error): nothing replaced the target
        NotADirectory,  // opened as a regional directory (.etpannuaire), but another kind of file (a programme...)
        DirectoryTooNew, // a directory made by a newer Kit ETP
        CardRefused,    // a directory card that is not one, from a newer format, or incomplete (detail: why)
    };

    FileError() = default;
    FileError(Code code, QString path, QString detail = {}) : m_code(code), m_path(std::move(path)), m_detail(std::move(detail)) {}

    Code code() const { return m_code; }
    bool isError() const { return m_code != None; }
    explicit operator bool() const { return isError(); }
    const QString &path() const { return m_path; }
    const QString &detail() const { return m_detail; }

    // One or two sentences in the user's language: what is wrong, then what to do.
    QString message() const;

private:
    Code m_code = None;
    QString m_path;
    QString m_detail;
};

} // namespace kitetp
