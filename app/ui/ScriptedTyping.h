// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QWidget;

namespace kitetp {

// A test hook for the signal tests, which drive the real window in a child process: with
// KITETP_TEST_TYPE="FIELD=TEXT" in the environment, the editor of programme field FIELD (the dynamic property
// `field`, see FieldBinder) gets the focus and receives TEXT as key events, without being confirmed; then
// "typed" is printed on standard output. Without the variable, nothing happens.
namespace ScriptedTyping {
void startIfAsked(QWidget *window);
}

} // namespace kitetp
