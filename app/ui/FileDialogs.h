// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"

#include <QString>

#include <functional>

class QWidget;

namespace kitetp::FileDialogs {

// The window's file dialogs start in the folder the user last worked in (Settings::lastFolder()).

// Asks which file to open.
QString askOpenPath(QWidget *parent, const QString &title, const QString &filter);
// Asks where to save, proposing `suggestedName` (characters a file name cannot hold become "-"; empty: the folder
// only). A name typed without extension gets the extension of the chosen filter. `selectedFilter`, when given, receives the filter the user chose.
QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                    QString *selectedFilter = nullptr);
// Says that `path` has just been written, offering to open it or its folder with the desktop's applications: a
// message that does not block the window.
void announceWritten(QWidget *parent, const QString &path);
// Asks where to save, then writes there with `write`; a failure is told (its message) in a message box titled
// `failureTitle`, a success with announceWritten(). Returns the path written, or nothing when the user cancelled or the write failed.
QString saveAs(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
               const QString &failureTitle, const std::function<FileError(const QString &path)> &write);

} // namespace kitetp::FileDialogs
