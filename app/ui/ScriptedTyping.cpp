// SPDX-License-Identifier: EUPL-1.2
#include "ui/ScriptedTyping.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace kitetp::ScriptedTyping {

void startIfAsked(QWidget *window)
{
    const QString script = qEnvironmentVariable("KITETP_TEST_TYPE");
    const qsizetype equal = script.indexOf(QLatin1Char('='));
    if (equal <= 0)
        return;
    const QString field = script.left(equal);
    const QString text = script.mid(equal + 1);
    QTimer::singleShot(0, window, [window, field, text] {
        QWidget *editor = nullptr;
        for (QWidget *w : window->findChildren<QWidget *>())
            if (w->property("field").toString() == field && w->isVisible())
                editor = w;
        if (!editor) {
            std::fputs("no such field\n", stdout);
            std::fflush(stdout);
            return;
        }
        window->activateWindow();
        editor->setFocus(Qt::OtherFocusReason);
        QWidget *target = editor->focusProxy() ? editor->focusProxy() : editor;
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &press);
            QApplication::sendEvent(target, &release);
        }
        std::fputs("typed\n", stdout);
        std::fflush(stdout);
    });
}

} // namespace kitetp::ScriptedTyping
