// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <functional>

class QFileDialog;
class QMainWindow;
class QWidget;

namespace modals {

// Acts on the modal window that `is` recognises as soon as it shows (polled, for at most 30 s: the sanitized build
// on a loaded CI machine is slow). When it never shows, the modal window open instead is closed, so the test fails
// on its next check instead of waiting in that window's event loop until ctest kills it.
void whenModal(const std::function<bool(QWidget *)> &is, const std::function<void(QWidget *)> &act, int triesLeft = 1500);

// In Qt's own file dialog: the path put in its name field, then Open (or Save) clicked once the dialog enables it
// (for Open, when its file system model, filled by a thread, knows the file). Not selectFile(): it leaves the field
// alone once the field has focus, and whether the window was activated yet is a race on a loaded machine. False
// (and the dialog rejected) when the button never became enabled.
bool chooseInDialog(QFileDialog *dialog, const QString &path);

// For whenModal: whichever modal window shows first.
inline bool anyWindow(QWidget *) { return true; }

// Préférences ▸ Langue ▸ `actionName` (actionEnglish, actionFrench) in Kit ETP's window, with the mouse, as a user
// switches: the menu bar's entry clicked, the submenu reached and its item clicked.
void chooseLanguage(QMainWindow &window, const char *actionName);

} // namespace modals
