// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>

class QWidget;

namespace kitetp {

// Calls `commit` each time `editor` loses the keyboard focus: the moment a typed text becomes an undo step for
// editors that have no editingFinished (QPlainTextEdit). The filter lives as long as the editor.
void commitOnFocusOut(QWidget *editor, std::function<void()> commit);

} // namespace kitetp
