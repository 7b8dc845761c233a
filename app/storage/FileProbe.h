// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/AppInfo.h"
#include "core/FileError.h"

namespace kitetp {

// What a programme file's first bytes say, read without SQLite so that a bad file is never opened, let alone changed.
struct FileProbe
{
    FileError error;        // None when the file looks like a Kit ETP programme file
    int schemaVersion = 0;  // SQLite user_version
    qint32 applicationId = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    bool hotJournal = false; // a crash left a rollback journal; SQLite will roll it back on open

    // Checks existence, readability, the SQLite magic, truncation, the application id (a programme's unless told
    // otherwise: a directory's) and the schema version against `newestKnownVersion`.
    static FileProbe inspect(const QString &path, int newestKnownVersion, qint32 applicationId = AppInfo::applicationId);
};

} // namespace kitetp
