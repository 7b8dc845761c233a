// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kitetp::Printable {

// Text read from an imported file, made safe to echo in a message (a terminal line, a message box): control
// characters (C0, DEL, C1), the byte order mark and the bidirectional overrides are written as \uXXXX, never raw;
// text longer than `maxLength` characters is cut and ends with "…".
QString quote(const QString &text, int maxLength = 40);

} // namespace kitetp::Printable
