#pragma once

#include <QSaveFile>

namespace kitetp {

// Every export (PDF, CSV, JSON, PNG, SVG) is written through this QSaveFile: the file is whole or unchanged, and
// a programme file is never overwritten by an export (`kitetp export dossier p.etp -o p.etp`, or the same file
// chosen in a Save dialog): open() refuses it with a message in errorString().
class OutputFile : public QSaveFile
{
public:
    using QSaveFile::QSaveFile;
    bool open(OpenMode mode) override;

    // True when `path` is a Kit ETP programme file (by its header) or one of its companions (.lock, -journal).
    static bool isProgrammeFile(const QString &path);
};

} // namespace kitetp
