// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"

#include <QObject>

#include <memory>

class QThread;

namespace kitetp {

class ProgrammeFile;

// The integrity check of an open programme file (PRAGMA quick_check), run on a thread of its own over a read-only
// connection of its own, so that the window shows the programme at once instead of waiting for it (1.1 s of CPU on
// a 186 MB file). The command line and read-only probes check before opening instead (ProgrammeFile::Check::Now).
//
// While it reads, a write of the file's own connection waits for it (SQLite's locks; the busy timeout is raised for
// that time) rather than failing. When the check finds damage, the file refuses every write from then on
// (ProgrammeFile::refuseWrites): nothing more is written into a damaged file, nothing in it is touched.
class BackgroundCheck : public QObject
{
    Q_OBJECT
public:
    // `file` must outlive this object.
    explicit BackgroundCheck(ProgrammeFile &file, QObject *parent = nullptr);
    ~BackgroundCheck() override; // waits for a check under way to end

    void start();
    bool isRunning() const { return m_running; }
    // A check has run to its end (false before start(), and while it runs).
    bool isFinished() const { return m_finished; }
    // The result of the last check (empty while running, or when the file is sound).
    FileError result() const { return m_result; }

    // The check itself, on the calling thread and a connection of its own: an empty error when the file is sound.
    static FileError check(const QString &path);

Q_SIGNALS:
    // On this object's thread, once the check is over; `error` is empty when the file is sound.
    void finished(const kitetp::FileError &error);

private:
    void done(const FileError &error);

    ProgrammeFile &m_file;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    bool m_finished = false;
    FileError m_result;
};

} // namespace kitetp
