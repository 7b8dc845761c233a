// SPDX-License-Identifier: EUPL-1.2
// The window's shell: the toolbar and its icons, the user guide (F1, context help, search), the keys (Ctrl+F,
// Ctrl+P, Ctrl+1…N, Suppr), one mnemonic per letter in every menu, and the wizards' "?" and page counters; the guide in
// the interface's language, after a switch without restart too. Real key and mouse events, offscreen.
#include "core/Language.h"
#include "demo/DemoGenerator.h"
#include "model/ProgrammeDocument.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "ui/HelpDock.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/WindowActions.h"
#include "ui/declaration/DeclarationWizard.h"
#include "ui/pages/GuidesPage.h"
#include "ui/pages/PatientListModel.h"
#include "ui/pages/PatientsPage.h"
#include "ui/pages/PatientView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include "modals.h"

using namespace kitetp;

namespace {

// The letter after a single '&' of a menu text, lower case ("É&dition" -> 'd'); a null QChar when none.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Where `sentence` is in the guide shown: inside the part that starts at the top of the view (after its heading,
// before the next heading of the same level)? An empty string when it is; else what is wrong.
QString shownInTopPart(HelpDock &help, const QString &sentence)
{
    QTextDocument *document = help.browser()->document();
    const QTextBlock top = document->findBlock(help.browser()->cursorForPosition(QPoint(2, 2)).position());
    const int level = top.blockFormat().headingLevel();
    if (level < 1)
        return QStringLiteral("the top of the view is not a heading: ") + top.text();
    int end = document->characterCount();
    for (QTextBlock b = top.next(); b.isValid(); b = b.next()) {
        const int l = b.blockFormat().headingLevel();
        if (l >= 1 && l <= level) {
            end = b.position();
            break;
        }
    }
    const QTextCursor found = document->find(sentence, top.position());
    if (found.isNull())
        return QStringLiteral("not in the guide after ") + top.text();
    if (found.position() > end)
        return QStringLiteral("not in the part ") + top.text();
    return {};
}

// Two entries of one menu (or two menus of the bar) sharing a letter: "menu: 'x' for A and B".
void collectClashes(const QString &where, const QList<QAction *> &actions, QStringList &clashes)
{
    QHash<QChar, QString> owners;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->menu() ? action->menu()->title() : action->text();
        const QChar letter = mnemonic(text);
        if (!letter.isNull()) {
            if (owners.contains(letter))
                clashes << QStringLiteral("%1: '%2' for « %3 » and « %4 »").arg(where, letter, owners.value(letter), text);
            else
                owners.insert(letter, text);
        }
        if (QMenu *sub = action->menu())
            collectClashes(where + QStringLiteral(" > ") + sub->title(), sub->actions(), clashes);
    }
}

// Alt+letter in the window: the menu bar's titles and the mnemonics of what the window shows (buttons, labels of a
// field, group boxes, tabs) share one set of letters; two owners of a letter is a clash.
QStringList windowClashes(QMainWindow &window, const QString &where)
{
    QHash<QChar, QString> owners;
    QStringList clashes;
    auto add = [&](const QString &text) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            return;
        if (owners.contains(letter))
            clashes << QStringLiteral("%1: '%2' for « %3 » and « %4 »").arg(where, letter, owners.value(letter), text);
        else
            owners.insert(letter, text);
    };
    for (QAction *action : window.menuBar()->actions())
        if (action->menu())
            add(action->menu()->title());
    for (QWidget *child : window.findChildren<QWidget *>()) {
        if (!child->isVisible() || child->window() != &window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(child))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(child); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(child))
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(child))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    return clashes;
}

// Pixels of `image` that are not transparent.
int paintedPixels(const QImage &image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                ++painted;
    return painted;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    // A window on a copy of the small demo programme, shown.
    std::unique_ptr<MainWindow> openDemoWindow(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::copy(m_demo, path))
            return nullptr;
        auto window = std::make_unique<MainWindow>();
        window->setPromptsEnabled(false);
        if (!window->openFile(path))
            return nullptr;
        window->resize(1280, 720);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->activateWindow();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // French, as the application starts (its translator gives the window's typography), whatever test switched
        // the language before.
        Settings::setLanguage(QStringLiteral("fr"));
        QVERIFY(Language::install(*qApp, QStringLiteral("fr")));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.etp"));
        DemoOptions options;
        options.patients = 12;
        options.years = 1;
        auto created = ProgrammeFile::create(m_demo, [&options](ProgrammeFile &file) { return DemoGenerator(file, options).fill(); });
        QVERIFY2(!created.error, qPrintable(created.error.message()));
    }

    // The main toolbar holds the main actions, each with an icon that really paints something at 48 px; the toolbar
    // has a name, so that saveState() remembers it.
    void theToolbarHasTheMainActionsWithIcons()
    {
        MainWindow window;
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        QStringList labels;
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator())
                continue;
            labels << action->iconText();
            QVERIFY2(!action->icon().isNull(), qPrintable(action->iconText()));
            const QImage image = action->icon().pixmap(48, 48).toImage();
            QVERIFY2(!image.isNull(), qPrintable(action->iconText()));
            QVERIFY2(paintedPixels(image) > 48 * 2, qPrintable(action->iconText()));
        }
        for (const QString &expected : {QStringLiteral("Nouveau"), QStringLiteral("Ouvrir"), QStringLiteral("Annuler"),
                                        QStringLiteral("Rétablir"), QStringLiteral("Imprimer"), QStringLiteral("PDF"),
                                        QStringLiteral("Rechercher")})
            QVERIFY2(labels.contains(expected), qPrintable(labels.join(QStringLiteral(", "))));
    }

    // Every part of the navigation has an icon; the bundled ones are SVG, drawn at the size asked (crisp at 200 %).
    void theNavigationAndTheBundledIconsPaint()
    {
        MainWindow window;
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QVERIFY(navigation->count() >= 6);
        for (int i = 0; i < navigation->count(); ++i) {
            const QImage image = navigation->item(i)->icon().pixmap(48, 48).toImage();
            QVERIFY2(paintedPixels(image) > 48 * 2, qPrintable(navigation->item(i)->text()));
        }
        const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
        QVERIFY(files.size() >= 15);
        for (const QString &file : files) {
            const QIcon icon = Icons::bundled(QFileInfo(file).completeBaseName());
            const QImage big = icon.pixmap(96, 96).toImage();
            QCOMPARE(big.size(), QSize(96, 96)); // a vector drawing, not a small bitmap blown up
            QVERIFY2(paintedPixels(big) > 96 * 4, qPrintable(file));
        }
    }

    // Imprimer / PDF act on what the page shows: nothing on the Programme page, the leader's guide of the séance
    // chosen on Ateliers (and nothing before one is chosen).
    void printIsEnabledOnlyWhenThePageShowsSomethingPrintable()
    {
        MainWindow window;
        WindowActions *actions = window.actions();
        QVERIFY(!actions->printAction()->isEnabled()); // no programme
        auto open = openDemoWindow(QStringLiteral("print.etp"));
        QVERIFY(open);
        actions = open->actions();
        open->showPage(QStringLiteral("programme"));
        QVERIFY(!actions->printAction()->isEnabled());
        QVERIFY(!actions->pdfAction()->isEnabled());
        open->showPage(QStringLiteral("declaration"));
        QVERIFY(actions->printAction()->isEnabled());
        open->showPage(QStringLiteral("ateliers"));
        auto *guides = qobject_cast<GuidesPage *>(open->page(QStringLiteral("ateliers")));
        QVERIFY(guides);
        const bool seanceShown = guides->currentSeance() != nullptr;
        QCOMPARE(actions->printAction()->isEnabled(), seanceShown);
        // A séance chosen in the tree by the keyboard: the guide becomes printable.
        auto *tree = guides->findChild<QTreeView *>(QStringLiteral("tree"));
        QVERIFY(tree);
        tree->setFocus();
        for (int i = 0; i < 3 && !guides->currentSeance(); ++i)
            QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(guides->currentSeance());
        QVERIFY(actions->printAction()->isEnabled());
        QVERIFY(actions->pdfAction()->isEnabled());
    }

    // Ctrl+1…Ctrl+N show the pages in the order of the navigation.
    void ctrlDigitShowsThatPage()
    {
        auto window = openDemoWindow(QStringLiteral("keys.etp"));
        QVERIFY(window);
        const QStringList ids = window->pageIds();
        QVERIFY(ids.size() >= 3);
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->currentPageId(), ids.at(2));
        for (int i = 0; i < ids.size() && i < 9; ++i) {
            QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window->currentPageId(), ids.at(i));
        }
    }

    // Ctrl+F puts the cursor in the Patients page's search field; on a page without one, in the guide's.
    void ctrlFFocusesThePageSearch()
    {
        auto window = openDemoWindow(QStringLiteral("find.etp"));
        QVERIFY(window);
        window->showPage(QStringLiteral("patients"));
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
        QWidget *search = window->page(QStringLiteral("patients"))->searchField();
        QVERIFY(search);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QCOMPARE(search->objectName(), QStringLiteral("search"));
        // Typing then filters the list.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("zzzz-personne"));
        auto *patients = qobject_cast<PatientsPage *>(window->page(QStringLiteral("patients")));
        QTRY_COMPARE(patients->proxy()->rowCount(), 0);

        window->showPage(QStringLiteral("programme"));
        QTest::keyClick(navigation, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window->help()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), window->help()->searchField());
    }

    // Ctrl+F on Ateliers: its search field; typing a code selects that séance, Entrée the next match.
    void ctrlFOnAteliersFindsASeance()
    {
        auto window = openDemoWindow(QStringLiteral("find-guides.etp"));
        QVERIFY(window);
        const int ateliers = int(window->pageIds().indexOf(QStringLiteral("ateliers")));
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + ateliers), Qt::ControlModifier);
        QCOMPARE(window->currentPageId(), QStringLiteral("ateliers"));
        auto *guides = qobject_cast<GuidesPage *>(window->page(QStringLiteral("ateliers")));
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), guides->searchField());
        QTest::keyClicks(guides->searchField(), QStringLiteral("C2S2"));
        QVERIFY(guides->currentSeance());
        QCOMPARE(guides->currentSeance()->code, QStringLiteral("C2S2"));
        qobject_cast<QLineEdit *>(guides->searchField())->clear();
        QTest::keyClicks(guides->searchField(), QStringLiteral("S1"));
        const QString first = guides->currentSeance()->code;
        QTest::keyClick(guides->searchField(), Qt::Key_Return);
        QVERIFY(guides->currentSeance());
        QVERIFY(guides->currentSeance()->code != first);
        QVERIFY(guides->currentSeance()->code.contains(QStringLiteral("S1")));
        QTest::keyClicks(guides->searchField(), QStringLiteral("zzz"));
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Aucun conducteur ni séance ne contient «\u00A0S1zzz\u00A0»."));
    }

    // F1 opens the guide at the part about the page shown; every page has its part in the guide.
    void f1ShowsTheSectionOfThePage()
    {
        auto window = openDemoWindow(QStringLiteral("help.etp"));
        QVERIFY(window);
        for (const QString &id : window->pageIds()) {
            window->showPage(id);
            QTest::keyClick(window.get(), Qt::Key_F1);
            QTRY_VERIFY(window->help()->isVisible());
            const QString section = WindowActions::helpSection(id);
            QVERIFY2(window->help()->headings().contains(section), qPrintable(id + QStringLiteral(" -> ") + section));
            QTRY_COMPARE(window->help()->currentSection(), section);
        }
        // The guide is the real one, with its screenshots.
        const QString text = window->help()->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("guide de l'utilisateur")));
        QVERIFY(window->help()->browser()->toHtml().contains(QStringLiteral("images/patients.png")));
        QVERIFY(!window->help()->browser()->document()->resource(QTextDocument::ImageResource,
                                                                 QUrl(QStringLiteral("images/patients.png"))).isNull());
    }

    // Issue #13: in English, F1 shows the English guide (docs/user-guide.md) at the part on the page shown, and every
    // page has its part in it; the guide shown follows a switch of language at once, in both directions, staying on
    // the same part.
    void theGuideIsInTheLanguageOfTheInterface()
    {
        auto window = openDemoWindow(QStringLiteral("english-help.etp"));
        QVERIFY(window);
        const auto backToFrench = qScopeGuard([] {
            if (Language::current() != QLatin1String("fr"))
                Language::install(*qApp, QStringLiteral("fr"));
        });
        HelpDock *help = window->help();
        const QString english = QStringLiteral("Each patient is identified by a pseudonymous code (P-2025-0042: a year, "
                                               "then a number).");
        const QString french = QStringLiteral("Chaque patient est désigné par un code pseudonyme (P-2025-0042 : une "
                                              "année, puis un numéro).");
        const int patients = int(window->pageIds().indexOf(QStringLiteral("patients")));
        QVERIFY(patients >= 0);

        // In French first: the French guide at "Patients".
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + patients), Qt::ControlModifier);
        QCOMPARE(window->currentPageId(), QStringLiteral("patients"));
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->language(), QStringLiteral("fr"));
        QTRY_COMPARE(help->currentSection(), QStringLiteral("Patients"));
        QCOMPARE(shownInTopPart(*help, french), QString());

        // English chosen in the menu: the guide open is reloaded in English, on the same part, without a restart.
        modals::chooseLanguage(*window, "actionEnglish");
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QTRY_COMPARE(help->language(), QStringLiteral("en"));
        QTRY_COMPARE(help->currentSection(), QStringLiteral("Patients"));
        QCOMPARE(shownInTopPart(*help, english), QString());

        // F1 on another page, then on Patients again (the pages were built anew in English).
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_COMPARE(help->currentSection(), QStringLiteral("The window"));
        window->activateWindow();
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + patients), Qt::ControlModifier);
        QCOMPARE(window->currentPageId(), QStringLiteral("patients"));
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_COMPARE(help->currentSection(), QStringLiteral("Patients"));
        QCOMPARE(shownInTopPart(*help, english), QString());
        const QString text = help->browser()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Kit ETP — user guide")));
        QVERIFY(!text.contains(french));
        // No French heading anywhere in the guide, nor in its contents.
        for (const char *heading : {"Créer ou ouvrir un programme", "La fenêtre", "Ateliers", "Déclaration ARS",
                                    "Séances", "Évaluation", "La liste", "La fiche du patient", "Les assistants",
                                    "Fichiers et confidentialité", "Kit ETP — guide de l'utilisateur"}) {
            QVERIFY2(!help->headings().contains(QString::fromUtf8(heading)), heading);
            QVERIFY2(help->contents()->findItems(QString::fromUtf8(heading), Qt::MatchContains | Qt::MatchRecursive).isEmpty(),
                     heading);
        }
        QVERIFY(!help->contents()->findItems(QStringLiteral("7. Patients"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
        // With its screenshots, shared with the French guide.
        QVERIFY(!help->browser()->document()->resource(QTextDocument::ImageResource,
                                                       QUrl(QStringLiteral("images/patients.png"))).isNull());
        // Every page (and the wizards) has its part in the English guide, under its English heading.
        for (const QString &id : window->pageIds()) {
            window->showPage(id);
            QTest::keyClick(window.get(), Qt::Key_F1);
            const QString section = WindowActions::helpSection(id);
            QVERIFY2(help->headings().contains(section), qPrintable(id + QStringLiteral(" -> ") + section));
            QTRY_COMPARE(help->currentSection(), section);
        }
        QCOMPARE(WindowActions::helpSection(QStringLiteral("wizards")), QStringLiteral("The wizards"));
        QVERIFY(help->headings().contains(QStringLiteral("The wizards")));

        // Back to French in the menu: the French guide, again on the part shown.
        window->activateWindow();
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + patients), Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_COMPARE(help->currentSection(), QStringLiteral("Patients"));
        modals::chooseLanguage(*window, "actionFrench");
        QCOMPARE(Language::current(), QStringLiteral("fr"));
        QTRY_COMPARE(help->language(), QStringLiteral("fr"));
        QTRY_COMPARE(help->currentSection(), QStringLiteral("Patients"));
        QCOMPARE(shownInTopPart(*help, french), QString());
        QVERIFY(help->browser()->toPlainText().startsWith(QStringLiteral("Kit ETP — guide de l'utilisateur")));
        QVERIFY(!help->browser()->toPlainText().contains(english));
        QVERIFY(!help->headings().contains(QStringLiteral("The window")));
        QCOMPARE(WindowActions::helpSection(QStringLiteral("patients")), QStringLiteral("Patients"));
        QCOMPARE(WindowActions::helpSection(QStringLiteral("seances")), QStringLiteral("Séances"));
        QCOMPARE(WindowActions::helpSection(QStringLiteral("wizards")), QStringLiteral("Les assistants"));
    }

    // Without a programme, F1 opens the part on creating or opening one.
    void f1OnTheWelcomePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(window.help()->isVisible());
        QTRY_COMPARE(window.help()->currentSection(), QStringLiteral("Créer ou ouvrir un programme"));
    }

    // The guide's search finds a word typed, the next one with Entrée, wraps around, and says when there is none.
    void theHelpSearchFindsAWord()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        HelpDock *help = window.help();
        QTRY_COMPARE(QApplication::focusWidget(), help->searchField());
        QTest::keyClicks(help->searchField(), QStringLiteral("consentement"));
        QCOMPARE(help->browser()->textCursor().selectedText().toLower(), QStringLiteral("consentement"));
        const int first = help->browser()->textCursor().position();
        QVERIFY(!help->browser()->extraSelections().isEmpty()); // every occurrence highlighted
        QTest::keyClick(help->searchField(), Qt::Key_Return);
        const int second = help->browser()->textCursor().position();
        QVERIFY(second > first);
        QCOMPARE(help->browser()->textCursor().selectedText().toLower(), QStringLiteral("consentement"));
        QTest::keyClick(help->searchField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(help->browser()->textCursor().position(), first);

        help->searchField()->clear();
        QTest::keyClicks(help->searchField(), QStringLiteral("xylophone"));
        QVERIFY(!help->findNext());
        const auto labels = help->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text() == QStringLiteral("Introuvable"); }));
    }

    // Suppr in the patient list removes the patient selected and says how to bring them back; Ctrl+Z does.
    void deleteInThePatientListIsUndoable()
    {
        auto window = openDemoWindow(QStringLiteral("delete.etp"));
        QVERIFY(window);
        const int patients = int(window->pageIds().indexOf(QStringLiteral("patients")));
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + patients), Qt::ControlModifier);
        QCOMPARE(window->currentPageId(), QStringLiteral("patients"));
        auto *page = qobject_cast<PatientsPage *>(window->page(QStringLiteral("patients")));
        auto *table = page->findChild<QTableView *>(QStringLiteral("table"));
        QVERIFY(table);
        const int before = int(PatientStore(window->document()->file()).patients().size());
        QVERIFY(before > 0);
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        const qint64 id = page->view()->patientId();
        QVERIFY(id > 0);
        const QString code = PatientStore(window->document()->file()).patient(id)->code;
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(int(PatientStore(window->document()->file()).patients().size()), before - 1);
        QVERIFY(!PatientStore(window->document()->file()).patient(id));
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Supprimé\u202F: %1 — Ctrl+Z pour annuler").arg(code));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(PatientStore(window->document()->file()).patient(id));
        QCOMPARE(int(PatientStore(window->document()->file()).patients().size()), before);
    }

    // Suppr in the search field deletes a character, not a patient.
    void deleteInTheSearchFieldIsTyping()
    {
        auto window = openDemoWindow(QStringLiteral("typing.etp"));
        QVERIFY(window);
        window->showPage(QStringLiteral("patients"));
        QWidget *search = window->page(QStringLiteral("patients"))->searchField();
        const int before = int(PatientStore(window->document()->file()).patients().size());
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("ab"));
        QTest::keyClick(search, Qt::Key_Home);
        QTest::keyClick(search, Qt::Key_Delete);
        QCOMPARE(qobject_cast<QLineEdit *>(search)->text(), QStringLiteral("b"));
        QCOMPARE(int(PatientStore(window->document()->file()).patients().size()), before);
    }

    // One mnemonic letter per menu of the bar, and per entry of every menu (Alt+letter reaches one thing).
    void everyMnemonicIsUniqueInItsMenu()
    {
        auto window = openDemoWindow(QStringLiteral("mnemonics.etp"));
        QVERIFY(window);
        QStringList clashes;
        collectClashes(QStringLiteral("barre de menus"), window->menuBar()->actions(), clashes);
        // Alt+letter from a page: the menu bar's letters and the page's own never meet.
        for (const QString &id : window->pageIds()) {
            window->showPage(id);
            clashes << windowClashes(*window, id);
        }
        window->closeFile();
        clashes << windowClashes(*window, QStringLiteral("accueil"));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        // The test itself sees a clash.
        QMenu probe;
        probe.addAction(QStringLiteral("&Dossier"));
        probe.addAction(QStringLiteral("Mo&dèle"));
        QStringList found;
        collectClashes(QStringLiteral("probe"), probe.actions(), found);
        QCOMPARE(found.size(), 1);
    }

    // The wizards count their pages ("Étape 1 sur 3") and have a "?" that opens the guide at the wizards' part.
    void theWizardCountsItsPagesAndHasHelp()
    {
        auto window = openDemoWindow(QStringLiteral("wizard.etp"));
        QVERIFY(window);
        DeclarationWizard wizard(QStringLiteral("team"), window->document(), window.get());
        QObject::connect(&wizard, &DeclarationWizard::helpRequested, window->help(), &HelpDock::showSection);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const int pages = int(wizard.pageIds().size());
        QCOMPARE(pages, 3);
        QCOMPARE(wizard.currentPage()->subTitle(), QStringLiteral("Étape 1 sur 3"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentPage()->subTitle(), QStringLiteral("Étape 2 sur 3"));
        if (const QString dir = qEnvironmentVariable("KITETP_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(wizard.grab().save(dir + QStringLiteral("/shell-wizard.png")));
        QAbstractButton *help = wizard.button(QWizard::HelpButton);
        QVERIFY(help && help->isVisible());
        QTest::mouseClick(help, Qt::LeftButton);
        QTRY_VERIFY(window->help()->isVisible());
        QTRY_COMPARE(window->help()->currentSection(), QStringLiteral("Les assistants"));
        wizard.reject();
    }

    // At 1280 x 720 every toolbar button is on screen (none pushed into the overflow menu), with the guide open.
    // With KITETP_SCREENSHOTS=DIR the window is saved for review (run with QT_SCALE_FACTOR=2 for 200 %).
    void theToolbarFitsAt1280AndScreenshots()
    {
        auto window = openDemoWindow(QStringLiteral("shots.etp"));
        QVERIFY(window);
        window->showPage(QStringLiteral("patients"));
        QTest::keyClick(window.get(), Qt::Key_F1);
        QTRY_VERIFY(window->help()->isVisible());
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator())
                continue;
            QWidget *button = toolBar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->iconText()));
            QVERIFY2(toolBar->rect().contains(button->geometry()), qPrintable(action->iconText()));
        }
        const QString dir = qEnvironmentVariable("KITETP_SCREENSHOTS");
        if (dir.isEmpty()) {
            qInfo("KITETP_SCREENSHOTS not set: no screenshot saved");
            return;
        }
        const QString suffix = qEnvironmentVariable("QT_SCALE_FACTOR").isEmpty() ? QString() : QStringLiteral("-x2");
        QVERIFY(window->grab().save(dir + QStringLiteral("/shell-patients%1.png").arg(suffix)));
        QVERIFY(window->help()->grab().save(dir + QStringLiteral("/shell-guide%1.png").arg(suffix)));
        window->help()->hide();
        window->showPage(QStringLiteral("ateliers"));
        QVERIFY(window->grab().save(dir + QStringLiteral("/shell-ateliers%1.png").arg(suffix)));
    }

    // The toolbar the user hid stays hidden at the next start (saveState/restoreState, by its object name).
    void aHiddenToolbarStaysHidden()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
            QVERIFY(toolBar->isVisible());
            toolBar->toggleViewAction()->trigger();
            QVERIFY(!toolBar->isVisible());
            window.close();
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(!toolBar->isVisible());
        toolBar->toggleViewAction()->trigger(); // as it was, for whoever runs next
        window.close();
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
