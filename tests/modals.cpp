// SPDX-License-Identifier: EUPL-1.2
#include "modals.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace modals {

void whenModal(const std::function<bool(QWidget *)> &is, const std::function<void(QWidget *)> &act, int triesLeft)
{
    QTimer::singleShot(20, [is, act, triesLeft] {
        QWidget *w = QApplication::activeModalWidget();
        if (w && is(w)) {
            act(w);
        } else if (triesLeft > 0) {
            whenModal(is, act, triesLeft - 1);
        } else {
            qWarning("no such modal window appeared (%s)", w ? w->metaObject()->className() : "none");
            if (auto *dialog = qobject_cast<QDialog *>(w))
                dialog->reject();
        }
    });
}

bool chooseInDialog(QFileDialog *dialog, const QString &path)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QPushButton *open = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr;
    if (!open && buttons)
        open = buttons->button(QDialogButtonBox::Save);
    if (!name || !open) {
        qWarning("not Qt's own file dialog");
        dialog->reject();
        return false;
    }
    name->setText(path);
    if (!QTest::qWaitFor([open] { return open->isEnabled(); }, 30000)) {
        qWarning("the file dialog never enabled its button for %s", qPrintable(path));
        dialog->reject();
        return false;
    }
    QTest::mouseClick(open, Qt::LeftButton);
    return true;
}

void chooseLanguage(QMainWindow &window, const char *actionName)
{
    auto *settings = window.findChild<QMenu *>(QStringLiteral("menuSettings"));
    auto *languages = window.findChild<QMenu *>(QStringLiteral("menuLanguage"));
    auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName));
    QVERIFY(settings && languages && action);
    QMenuBar *bar = window.menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(settings->menuAction()).center());
    QTRY_VERIFY(settings->isVisible());
    const QPoint submenu = settings->actionGeometry(languages->menuAction()).center();
    QTest::mouseMove(settings, submenu);
    QTest::mouseClick(settings, Qt::LeftButton, {}, submenu);
    QTRY_VERIFY(languages->isVisible());
    const QPoint item = languages->actionGeometry(action).center();
    QTest::mouseMove(languages, item);
    QTest::mouseClick(languages, Qt::LeftButton, {}, item);
    QTRY_VERIFY(!settings->isVisible());
}

} // namespace modals
