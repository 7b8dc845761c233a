// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMessageBox>

namespace kitetp::Messages {

// Message boxes whose text is shown literally (Qt::PlainText). QMessageBox's static functions guess the format
// (Qt::AutoText), so a title, a code or a file name containing "<b>" or "<img ...>" — from an imported guide, a CSV,
// a user's typing — would be rendered as HTML. Use these whenever a message is built from such data.
void information(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace kitetp::Messages
