// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/Progress.h"

#include <QString>

#include <functional>

class QWidget;

namespace kitetp::LongWork {

enum class Outcome { Finished, Cancelled };
enum class Cancel { Allowed, NotAllowed };

// Runs `work` on a thread of its own and returns once it has returned. Meanwhile the window keeps painting and
// answering; past a short delay a window-modal dialog titled `title` shows the work's step and progress (a busy bar
// while it gives no total) and, when `cancel` allows it, a button that asks the work to stop (Progress::cancel; the
// work stops where nothing is left half-done). Until the dialog shows, the user's clicks and keys are held back, so
// nothing is edited while the work reads. `work` must touch nothing of the window's thread: a programme is read
// through a read-only ProgrammeFile of its own (readOnlyCopy below).
Outcome run(QWidget *parent, const QString &title, const std::function<void(Progress &)> &work,
            Cancel cancel = Cancel::Allowed);

// The same for work that must run on the window's own thread (a write through the open programme's connection, an
// undo command): the window is repainted each time the work calls Progress::advance().
Outcome runHere(QWidget *parent, const QString &title, const std::function<void(Progress &)> &work,
                Cancel cancel = Cancel::Allowed);

// A write (a PDF, a dossier) on a thread of its own, without a cancel button: the write's own result.
FileError write(QWidget *parent, const QString &title, const std::function<FileError(Progress &)> &work);

} // namespace kitetp::LongWork
