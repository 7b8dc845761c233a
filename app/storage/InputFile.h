// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>

namespace kitetp {

// Reads an input the user names (a CSV to import, a guide exchange file): only a regular file, and at most a
// given size, so that a device (`/dev/zero`), a FIFO or a folder ends with a message instead of waiting or
// filling the memory.
namespace InputFile {

// Why `path` cannot be read as an input (missing, not a regular file, unreadable), or empty.
QString refusal(const QString &path);
// The whole file; `*tooLarge` is set (and nothing returned) when it holds more than `maxBytes`.
// On any other failure `*error` says why.
QByteArray read(const QString &path, qint64 maxBytes, QString *error, bool *tooLarge = nullptr);

} // namespace InputFile
} // namespace kitetp
