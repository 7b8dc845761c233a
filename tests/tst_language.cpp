// SPDX-License-Identifier: EUPL-1.2
// Réglages ▸ English switches the window at once, without a restart: menus, navigation and pages speak English,
// the programme stays open on the same page with its undo history, and back to French the same way.
#include "core/Language.h"
#include "core/ProgrammeFields.h"
#include "model/ProgrammeDocument.h"
#include "ui/MainWindow.h"
#include "ui/pages/Page.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "modals.h"

using namespace kitetp;

namespace {

QStringList navigationTexts(MainWindow &window)
{
    QStringList texts;
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; navigation && i < navigation->count(); ++i)
        texts << navigation->item(i)->text();
    return texts;
}

} // namespace

class LanguageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setLanguage(QStringLiteral("fr"));
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
    }

    // French typography in the window: a narrow no-break space before « : », no-break spaces inside « »; the
    // command line keeps plain spaces (scripts read it).
    void frenchTypographyInTheWindow()
    {
        QCOMPARE(QCoreApplication::translate("SessionDialog", "Séance :"), QStringLiteral("Séance\u202F:"));
        QCOMPARE(QCoreApplication::translate("kitetp::NewProgrammeDialog", "Le dossier « %1 » n'existe pas."),
                 QStringLiteral("Le dossier «\u00A0%1\u00A0» n'existe pas."));
        QCOMPARE(QCoreApplication::translate("Cli", "Le fichier .etp."), QStringLiteral("Le fichier .etp."));
        QCOMPARE(QCoreApplication::translate("Cli", "Commandes :"), QStringLiteral("Commandes :"));
        // Real plurals.
        QCOMPARE(QCoreApplication::translate("kitetp::PatientsPage", "%n patient(s) importé(s).", nullptr, 1),
                 QStringLiteral("1 patient importé."));
        QCOMPARE(QCoreApplication::translate("kitetp::PatientsPage", "%n patient(s) importé(s).", nullptr, 3),
                 QStringLiteral("3 patients importés."));
    }

    void switchesWithoutRestart()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setPromptsEnabled(false);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createFile(dir.filePath(QStringLiteral("langue.etp")), QStringLiteral("Essai"), QStringLiteral("oncoplet")));
        window.showPage(QStringLiteral("programme"));
        QLineEdit *title = nullptr;
        for (QLineEdit *edit : window.page(QStringLiteral("programme"))->findChildren<QLineEdit *>())
            if (edit->property("field").toString() == ProgrammeFields::title())
                title = edit;
        QVERIFY(title);
        if (!title)
            return;
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Essai bilingue"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_COMPARE(window.document()->field(ProgrammeFields::title()), QStringLiteral("Essai bilingue"));
        QCOMPARE(window.document()->undoStack()->count(), 1);
        window.showPage(QStringLiteral("seances"));
        QVERIFY(navigationTexts(window).contains(QStringLiteral("Séances")));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));

        modals::chooseLanguage(window, "actionEnglish");
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QCOMPARE(Settings::language(), QStringLiteral("en"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        const QStringList english = navigationTexts(window);
        QVERIFY2(english.contains(QStringLiteral("Sessions")) && english.contains(QStringLiteral("Evaluation")),
                 qPrintable(english.join(QLatin1Char(','))));
        QCOMPARE(window.currentPageId(), QStringLiteral("seances"));
        QVERIFY(window.page(QStringLiteral("seances"))->isVisible());
        // The programme is still open with its history; the pages were built again on it.
        QVERIFY(window.document());
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("English")));
        window.showPage(QStringLiteral("programme"));
        bool englishLabel = false;
        for (QLabel *label : window.page(QStringLiteral("programme"))->findChildren<QLabel *>())
            englishLabel = englishLabel || label->text().contains(QStringLiteral("Title"));
        QVERIFY(englishLabel);

        modals::chooseLanguage(window, "actionFrench");
        QCOMPARE(Language::current(), QStringLiteral("fr"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QVERIFY(navigationTexts(window).contains(QStringLiteral("Séances")));
        QCOMPARE(window.currentPageId(), QStringLiteral("programme"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->field(ProgrammeFields::title()), QStringLiteral("Essai"));
        window.closeFile();
    }
};

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
