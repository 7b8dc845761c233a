// The model room seen from the window, offscreen and with real keys: an edit of one field typed in several goes is
// one undo step, undo brings back the page where the edit acted, and the team table follows an edit row by row.
#include "core/ProgrammeFields.h"
#include "model/DeclarationCommands.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "model/TeamModel.h"
#include "storage/FieldStore.h"
#include "storage/PatientStore.h"
#include "storage/TeamStore.h"
#include "ui/MainWindow.h"
#include "ui/pages/Page.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace kitetp;

class TestModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Types `text` into `edit` (replacing what it shows) and confirms it with Enter, as a user does.
    static void typeAndConfirm(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // The window's Edit-menu action bound to `key` (Annuler, Rétablir), as the user clicks it.
    static QAction *action(MainWindow &window, QKeySequence::StandardKey key)
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcuts().contains(QKeySequence(key)))
                return a;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void oneFieldEditedTwiceIsOneUndoStepAndUndoShowsItsPage()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("undo.etp")), QStringLiteral("Avant"), QStringLiteral("empty")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(QStringLiteral("programme"));
        auto *title = window.page(QStringLiteral("programme"))->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title);
        typeAndConfirm(title, QStringLiteral("Premier essai"));
        typeAndConfirm(title, QStringLiteral("Programme ONCOPLET"));
        QUndoStack *stack = window.document()->undoStack();
        QCOMPARE(stack->count(), 1); // the same field twice in a row: one step
        QCOMPARE(FieldStore(window.document()->file()).value(ProgrammeFields::title()), QStringLiteral("Programme ONCOPLET"));

        // Undo from another page: the window goes back to where the edit was, and both edits are undone.
        QAction *undo = action(window, QKeySequence::Undo);
        QAction *redo = action(window, QKeySequence::Redo);
        QVERIFY(undo && redo);
        window.showPage(QStringLiteral("patients"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(window.currentPageId(), QStringLiteral("programme"));
        QCOMPARE(title->text(), QStringLiteral("Avant"));
        QCOMPARE(FieldStore(window.document()->file()).value(ProgrammeFields::title()), QStringLiteral("Avant"));
        window.showPage(QStringLiteral("seances"));
        redo->trigger();
        QCOMPARE(window.currentPageId(), QStringLiteral("programme"));
        QCOMPARE(title->text(), QStringLiteral("Programme ONCOPLET"));

        // Edited again, then typed back to what it was before the first edit: nothing is left to undo.
        typeAndConfirm(title, QStringLiteral("Autre"));
        QCOMPARE(stack->count(), 1);
        typeAndConfirm(title, QStringLiteral("Avant"));
        QCOMPARE(stack->count(), 0);
        QCOMPARE(FieldStore(window.document()->file()).value(ProgrammeFields::title()), QStringLiteral("Avant"));
    }

    void undoOfARowShowsThePageOfThatRow()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("rows.etp")), QStringLiteral("Lignes"), QStringLiteral("empty")));
        window.show();
        ProgrammeDocument *document = window.document();
        Patient p;
        p.code = QStringLiteral("P-2025-0001");
        window.showPage(QStringLiteral("patients"));
        QVERIFY(document->push(PatientCommands::addPatient(document, p)));
        window.showPage(QStringLiteral("evaluation"));
        document->undoStack()->undo();
        QCOMPARE(window.currentPageId(), QStringLiteral("patients"));
        QVERIFY(!PatientStore(document->file()).patientByCode(p.code));
    }

    void theTeamTableFollowsAnEditRowByRow()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("team.etp")), QStringLiteral("Équipe"), QStringLiteral("empty")));
        ProgrammeDocument *document = window.document();
        TeamModel model;
        model.setDocument(document);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        TeamMember m;
        m.name = QStringLiteral("Infirmière Fictive");
        QVERIFY(document->push(DeclarationCommands::addMember(document, m)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        TeamMember after = model.member(0);
        after.profession = QStringLiteral("Infirmière");
        QVERIFY(document->push(DeclarationCommands::editMember(document, model.member(0), after)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.member(0).profession, QStringLiteral("Infirmière"));
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 0); // never rebuilt whole
    }
};

QTEST_MAIN(TestModel)
#include "tst_model.moc"
