// SPDX-License-Identifier: EUPL-1.2
// On a 1280×720 screen (the offscreen platform given that screen: data/screen-1280x720.json), in French and in
// English: the window opened for the first time fits the screen, and no page, tab, wizard page or dialog shows a cut
// label or button text, or a part of itself below or beside the screen.
#include "screenwalk.h"
#include "testutil.h"

#include "core/Language.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kitetp;

namespace {

// Inside a scrolling area, a widget may lie outside what is shown: the user scrolls to it.
bool insideScrollArea(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    return false;
}

QString shownText(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    return {};
}

// What is wrong on `screen` at this screen size: texts narrower than they need (a label or a button whose width is
// under its size hint: its text is cut), and widgets that stand out of the window or of the screen.
QStringList problems(QWidget *screen)
{
    QStringList found;
    QWidget *window = screen->window();
    const QRect available = window->screen()->availableGeometry();
    if (!available.contains(window->frameGeometry()))
        found << QStringLiteral("the window (%1×%2 at %3,%4) does not fit the %5×%6 screen")
                     .arg(window->frameGeometry().width())
                     .arg(window->frameGeometry().height())
                     .arg(window->frameGeometry().x())
                     .arg(window->frameGeometry().y())
                     .arg(available.width())
                     .arg(available.height());
    // A form in a scrolling area scrolls down, never sideways: its right part would be out of sight.
    const QList<QScrollArea *> areas = window->findChildren<QScrollArea *>();
    for (QScrollArea *area : areas)
        if (area->isVisible() && area->widget() && area->widget()->width() > area->viewport()->width() + 1)
            found << QStringLiteral("%1 scrolls sideways: %2 px in %3").arg(area->objectName().isEmpty() ? QStringLiteral("a scrolling area") : area->objectName())
                         .arg(area->widget()->width())
                         .arg(area->viewport()->width());
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->isWindow() || (!qobject_cast<QLabel *>(w) && !qobject_cast<QAbstractButton *>(w)))
            continue;
        if (qobject_cast<QLineEdit *>(w->parentWidget())) // a line edit's own icons (clear, calendar): no text shown
            continue;
        const QString text = shownText(w);
        if (text.trimmed().isEmpty())
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        const bool wraps = label && label->wordWrap();
        if (!wraps && w->width() + 1 < w->sizeHint().width())
            found << QStringLiteral("« %1 » (%2) is cut: %3 px of %4").arg(text.left(50), QString::fromLatin1(w->metaObject()->className()))
                         .arg(w->width())
                         .arg(w->sizeHint().width());
        if (wraps && w->height() + 1 < label->heightForWidth(w->width()))
            found << QStringLiteral("« %1 » (wrapped label) is cut: %2 px high of %3").arg(text.left(50)).arg(w->height()).arg(label->heightForWidth(w->width()));
        if (insideScrollArea(w))
            continue;
        const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!window->rect().contains(inWindow))
            found << QStringLiteral("« %1 » stands out of its window (%2,%3 %4×%5 in %6×%7)")
                         .arg(text.left(50))
                         .arg(inWindow.x())
                         .arg(inWindow.y())
                         .arg(inWindow.width())
                         .arg(inWindow.height())
                         .arg(window->width())
                         .arg(window->height());
    }
    found.removeDuplicates();
    return found;
}

} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    void walk(const QString &language)
    {
        QVERIFY(Language::install(*qApp, language));
        QStringList all;
        // KITETP_SHOTS=FOLDER keeps a picture of each screen walked, to look at (not needed by the test).
        const QString shots = qEnvironmentVariable("KITETP_SHOTS");
        const auto visit = [&all, &shots, &language](QWidget *screen, const QString &where) {
            QTest::qWait(100); // a page fills itself once shown: its layout follows the texts it was given
            for (const QString &p : problems(screen))
                all << where + QStringLiteral(": ") + p;
            if (!shots.isEmpty() && where.contains(QLatin1String(", tab "))) { // each chart whole, scrolled or not
                int n = 0;
                for (QWidget *w : screen->window()->findChildren<QWidget *>())
                    if (w->isVisible() && QLatin1String(w->metaObject()->className()) == QLatin1String("kitetp::ChartPanel"))
                        w->grab().save(QStringLiteral("%1/%2-chart-%3.png").arg(shots, language).arg(++n));
            }
            if (!shots.isEmpty())
                screen->window()->grab().save(QStringLiteral("%1/%2-%3.png").arg(shots, language, QString(where).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"))));
        };
        screenwalk::pages(m_demo, visit);
        screenwalk::wizards(m_demo, visit);
        screenwalk::dialogs(m_demo, visit);
        all.removeDuplicates();
        for (const QString &problem : std::as_const(all))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(all.isEmpty(), qPrintable(QStringLiteral("%1 problems at 1280×720, listed above").arg(all.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1280, 720));
        m_demo = m_dir.filePath(QStringLiteral("demo.etp"));
        const testutil::Run demo = testutil::kitetp({QStringLiteral("demo"), m_demo, QStringLiteral("--patients"),
                                                     QStringLiteral("40"), QStringLiteral("--years"), QStringLiteral("2")});
        QCOMPARE(demo.status, 0);
    }

    // Opened for the first time (no size remembered), the window fits the screen, frame included.
    void theFirstWindowFitsTheScreen()
    {
        QSettings().clear();
        MainWindow window;
        window.setPromptsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_demo));
        QTest::qWait(50);
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1×%2").arg(window.frameGeometry().width()).arg(window.frameGeometry().height())));
        QVERIFY(window.minimumSizeHint().height() <= available.height());
        window.closeFile();
    }

    void nothingIsCutInFrench() { walk(QStringLiteral("fr")); }
    void nothingIsCutInEnglish() { walk(QStringLiteral("en")); }
};

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
