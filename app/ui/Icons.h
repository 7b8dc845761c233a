// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QIcon>

namespace kitetp::Icons {

// An icon of the desktop's theme (freedesktop name `themeName`) when the theme has one, else Kit ETP's own drawing
// resources/icons/`bundled`.svg (scalable: crisp at every scale factor).
QIcon themed(const QString &themeName, const QString &bundled);

// The bundled drawing alone (what the tests check, whatever the desktop's theme).
QIcon bundled(const QString &name);

} // namespace kitetp::Icons
