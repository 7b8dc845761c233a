// SPDX-License-Identifier: EUPL-1.2
// Undo everywhere, with real key and mouse events: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y act on the programme's undo stack
// from any field of the window unless that field has typing of its own to undo; the window then shows where the edit
// acted and says what it did; Édition ▸ Historique lists the edits.
#include "core/ProgrammeFields.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "storage/PatientStore.h"
#include "storage/FieldStore.h"
#include "ui/MainWindow.h"
#include "ui/pages/Page.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace kitetp;

class TestUndo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString stored(const QString &key) const { return FieldStore(m_window->document()->file()).value(key); }
    QUndoStack *stack() const { return m_window->document()->undoStack(); }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    template<typename T>
    T *on(const QString &page, const QString &name) const
    {
        return m_window->page(page)->findChild<T *>(name);
    }
    QLineEdit *title() const { return on<QLineEdit>(QStringLiteral("programme"), QStringLiteral("titleEdit")); }
    QLineEdit *search() const { return on<QLineEdit>(QStringLiteral("patients"), QStringLiteral("search")); }

    // Gives `w` the keyboard focus, for real (the window is active).
    static bool focus(QWidget *w)
    {
        w->setFocus(Qt::MouseFocusReason);
        return QTest::qWaitFor([w] { return w->hasFocus(); });
    }
    // Ctrl+Z (or another undo/redo key) where the focus is, as the keyboard would send it.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    // Types a new title on the Programme page and confirms it with Enter.
    void typeTitle(const QString &text)
    {
        m_window->showPage(QStringLiteral("programme"));
        QVERIFY(focus(title()));
        title()->selectAll();
        QTest::keyClicks(title(), text);
        QTest::keyClick(title(), Qt::Key_Return);
        QCOMPARE(stored(ProgrammeFields::title()), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_window = std::make_unique<MainWindow>();
        m_window->setPromptsEnabled(false);
        QVERIFY(m_window->createFile(m_dir.filePath(QStringLiteral("undo%1.etp").arg(++n)), QStringLiteral("Avant"),
                                     QStringLiteral("empty")));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    // The bug: the search field of the Patients page ate Ctrl+Z with its own empty undo.
    void ctrlZInAFieldWithNothingToUndoUndoesTheProgrammeEditAndShowsIt()
    {
        typeTitle(QStringLiteral("Apres"));
        m_window->showPage(QStringLiteral("patients"));
        QVERIFY(focus(search()));
        QVERIFY(!search()->isUndoAvailable());

        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Avant"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("programme"));
        QCOMPARE(title()->text(), QStringLiteral("Avant"));
        QVERIFY(title()->hasFocus()); // the field the edit acted on
        QVERIFY2(status().startsWith(QStringLiteral("Annulé : ")), qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("Titre du programme")), qPrintable(status()));

        // Redo from a field of yet another page, by both keys.
        m_window->showPage(QStringLiteral("patients"));
        QVERIFY(focus(search()));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Apres"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("programme"));
        QVERIFY2(status().startsWith(QStringLiteral("Rétabli : ")), qPrintable(status()));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Avant"));
        press(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Apres"));
    }

    // A field with typing of its own (here the search) undoes that typing first; the next Ctrl+Z is the programme's.
    void aFieldWithItsOwnTypingUndoesItFirst()
    {
        typeTitle(QStringLiteral("Apres"));
        m_window->showPage(QStringLiteral("patients"));
        QVERIFY(focus(search()));
        QTest::keyClicks(search(), QStringLiteral("dupont"));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(search()->text(), QString());
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Apres"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("patients"));
        QCOMPARE(stack()->index(), 1);

        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // the search's own redo
        QCOMPARE(search()->text(), QStringLiteral("dupont"));
        QCOMPARE(stack()->index(), 1);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(search()->text(), QString());
        QCOMPARE(stack()->index(), 1);
        press(Qt::Key_Z, Qt::ControlModifier); // nothing of its own left to undo
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Avant"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("programme"));
    }

    // A programme field still holding typed text commits it first, so Ctrl+Z undoes that edit as one, and
    // Ctrl+Shift+Z brings it back.
    void typingNotYetCommittedIsCommittedThenUndone()
    {
        m_window->showPage(QStringLiteral("programme"));
        auto *contact = on<QLineEdit>(QStringLiteral("programme"), QStringLiteral("contactNameEdit"));
        QVERIFY(focus(contact));
        QTest::keyClicks(contact, QStringLiteral("Camille")); // no Enter
        QCOMPARE(stack()->count(), 0);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(contact->text(), QString());
        QCOMPARE(stored(QStringLiteral("contact.name")), QString());
        QCOMPARE(stack()->count(), 1);
        QVERIFY(stack()->canRedo());
        QVERIFY2(status().startsWith(QStringLiteral("Annulé : ")), qPrintable(status()));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(QStringLiteral("contact.name")), QStringLiteral("Camille"));
        QCOMPARE(contact->text(), QStringLiteral("Camille"));
    }

    // Undoing a patient's edit from the Programme page shows that patient, selected, on the Patients page.
    void undoingAPatientsEditSelectsThatPatient()
    {
        Patient other;
        other.code = QStringLiteral("P-2025-0001");
        QVERIFY(!PatientStore(m_window->document()->file()).add(other));
        Patient before;
        before.code = QStringLiteral("P-2025-0002");
        QVERIFY(!PatientStore(m_window->document()->file()).add(before));
        Patient after = before;
        after.cancerSite = QStringLiteral("Sein");
        QVERIFY(m_window->document()->push(PatientCommands::editPatient(m_window->document(), before, after)));

        m_window->showPage(QStringLiteral("programme"));
        QVERIFY(focus(title()));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(PatientStore(m_window->document()->file()).patient(before.id)->cancerSite, QString());
        QCOMPARE(m_window->currentPageId(), QStringLiteral("patients"));
        auto *table = on<QTableView>(QStringLiteral("patients"), QStringLiteral("table"));
        QVERIFY(table);
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.siblingAtColumn(0).data().toString(), before.code);
        QVERIFY2(status().contains(before.code), qPrintable(status()));
    }

    // A value the field refused is not committed: Ctrl+Z takes the typing back there, the programme's edit stays.
    void aRefusedValueIsUndoneInItsField()
    {
        typeTitle(QStringLiteral("Apres"));
        auto *email = on<QLineEdit>(QStringLiteral("programme"), QStringLiteral("emailEdit"));
        QVERIFY(focus(email));
        QTest::keyClicks(email, QStringLiteral("marie@"));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(email->text(), QString());
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Apres"));
        QCOMPARE(stack()->index(), 1);
        press(Qt::Key_Z, Qt::ControlModifier); // the field has nothing left to undo: the programme's edit
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Avant"));
    }

    // Édition ▸ Historique lists the edits; a click on an earlier line goes back to it.
    void theHistoryListsTheEditsAndGoesBack()
    {
        typeTitle(QStringLiteral("Un"));
        auto *contact = on<QLineEdit>(QStringLiteral("programme"), QStringLiteral("contactNameEdit"));
        QVERIFY(focus(contact));
        QTest::keyClicks(contact, QStringLiteral("Camille"));
        QTest::keyClick(contact, Qt::Key_Return);
        QCOMPARE(stack()->count(), 2);
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuEdit"));
        QVERIFY(menu);
        QAction *history = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().contains(QStringLiteral("Historique")))
                history = a;
        QVERIFY(history);
        history->trigger();
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
        QVERIFY(dock && dock->isVisible());
        auto *view = m_window->findChild<QUndoView *>(QStringLiteral("historyView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 3); // the state at opening, then the two edits
        QCOMPARE(view->model()->index(1, 0).data().toString(), stack()->text(0));
        QVERIFY(stack()->text(0).contains(QStringLiteral("Titre du programme")));
        QCOMPARE(view->model()->index(2, 0).data().toString(), stack()->text(1));
        QVERIFY(stack()->text(1).contains(ProgrammeFields::label(QStringLiteral("contact.name"))));

        m_window->showPage(QStringLiteral("patients"));
        const QRect first = view->visualRect(view->model()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(stored(ProgrammeFields::title()), QStringLiteral("Avant"));
        QCOMPARE(stored(QStringLiteral("contact.name")), QString());
        QCOMPARE(stack()->index(), 0);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("programme"));
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
