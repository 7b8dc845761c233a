// The model room seen from the window, offscreen and with real keys: an edit of one field typed in several goes is
// one undo step, undo brings back the page where the edit acted, and the team table follows an edit row by row.
#include "core/ProgrammeFields.h"
#include "model/DeclarationCommands.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "model/TeamModel.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"
#include "ui/MainWindow.h"
#include "ui/pages/Page.h"
#include "ui/pages/SessionsPage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
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

    // The item of the week grid that shows session `id`, or nullptr.
    static QTableWidgetItem *weekCell(QTableWidget *week, qint64 id)
    {
        for (int r = 0; r < week->rowCount(); ++r)
            for (int d = 0; d < week->columnCount(); ++d)
                if (QTableWidgetItem *item = week->item(r, d); item && item->data(Qt::UserRole).toLongLong() == id)
                    return item;
        return nullptr;
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

    // Recording one attendance on the Séances page updates, in place, the cells that show that session's attendance:
    // its count in the week, the conflict it ends (the other session's colour, the list of conflicts), its enrolled
    // list. The grid is not refilled: the same items and the same status list stay on screen.
    void oneAttendanceUpdatesTheWeekInPlace()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("seances.etp")), QStringLiteral("Séances"), QStringLiteral("empty")));
        ProgrammeDocument *document = window.document();
        ProgrammeFile &file = document->file();
        Conducteur c;
        c.code = QStringLiteral("C1");
        c.title = QStringLiteral("Comprendre le traitement");
        Seance seance;
        seance.code = QStringLiteral("C1S1");
        seance.title = QStringLiteral("Connaissance du traitement oral");
        seance.durationMin = 120;
        c.seances << seance;
        QVERIFY(!GuideStore(file).addConducteur(c));
        QList<qint64> patients;
        for (const QString &code : {QStringLiteral("P-2025-0001"), QStringLiteral("P-2025-0002")}) {
            Patient p;
            p.code = code;
            QVERIFY(!PatientStore(file).add(p));
            patients << p.id;
        }
        // Two sessions at the same hour this week; the first patient is enrolled in both: a conflict.
        const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
        QList<qint64> sessions;
        for (const QString &place : {QStringLiteral("Salle A"), QStringLiteral("Salle B")}) {
            Session s;
            s.seanceId = c.seances.first().id;
            s.startsAt = QDateTime(monday.addDays(1), QTime(14, 0));
            s.durationMin = 120;
            s.place = place;
            s.capacity = 4;
            QVERIFY(!SessionStore(file).add(s));
            sessions << s.id;
        }
        QVERIFY(!SessionStore(file).setAttendance({sessions.at(0), patients.at(0), Attendance::Status::Enrolled}));
        QVERIFY(!SessionStore(file).setAttendance({sessions.at(0), patients.at(1), Attendance::Status::Enrolled}));
        QVERIFY(!SessionStore(file).setAttendance({sessions.at(1), patients.at(0), Attendance::Status::Enrolled}));

        window.show();
        window.showPage(QStringLiteral("seances"));
        auto *page = static_cast<SessionsPage *>(window.page(QStringLiteral("seances")));
        page->showWeekOf(monday);
        page->selectSession(sessions.at(0));
        QCoreApplication::processEvents();
        auto *week = page->findChild<QTableWidget *>(QStringLiteral("weekTable"));
        auto *enrolled = page->findChild<QTableWidget *>(QStringLiteral("enrolledTable"));
        auto *conflicts = page->findChild<QLabel *>(QStringLiteral("conflicts"));
        QVERIFY(week && enrolled && conflicts);
        QTableWidgetItem *first = weekCell(week, sessions.at(0));
        QTableWidgetItem *second = weekCell(week, sessions.at(1));
        QVERIFY(first && second);
        QVERIFY(first->text().endsWith(QStringLiteral("2/4")));
        QVERIFY(second->data(Qt::BackgroundRole).isValid()); // coloured: in conflict
        QVERIFY(!conflicts->isHidden());
        QCOMPARE(enrolled->rowCount(), 2);
        QCOMPARE(enrolled->item(0, 0)->data(Qt::UserRole).toLongLong(), patients.at(0));
        auto *status = qobject_cast<QComboBox *>(enrolled->cellWidget(0, 1));
        QVERIFY(status);
        // Marks on what is on screen now: a refilled grid or list would not carry them (a pointer may be reused).
        constexpr int mark = Qt::UserRole + 99;
        first->setData(mark, true);
        second->setData(mark, true);
        status->setProperty("mark", true);
        const auto stillShown = [&] {
            QTableWidgetItem *a = weekCell(week, sessions.at(0));
            QTableWidgetItem *b = weekCell(week, sessions.at(1));
            auto *list = qobject_cast<QComboBox *>(enrolled->cellWidget(0, 1));
            return a == first && b == second && a->data(mark).toBool() && b->data(mark).toBool() && list == status &&
                   list->property("mark").toBool();
        };

        // The user excuses the first patient with the keyboard in the status list (End: the last choice, "Excusé").
        status->setFocus();
        QTest::keyClick(status, Qt::Key_End);
        QTRY_COMPARE(SessionStore(file).attendance(sessions.at(0)).first().status, Attendance::Status::Excused);
        QCoreApplication::processEvents();
        QVERIFY(stillShown()); // the same items, not a refilled grid
        QVERIFY2(first->text().endsWith(QStringLiteral("1/4")), qPrintable(first->text()));
        QVERIFY(!first->data(Qt::BackgroundRole).isValid()); // the conflict is over for both sessions
        QVERIFY(!second->data(Qt::BackgroundRole).isValid());
        QVERIFY(conflicts->isHidden());
        QCOMPARE(status->currentData().toInt(), int(Attendance::Status::Excused)); // the same list, the new status

        // Undone: the count, the conflict and the status come back, still in place.
        document->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(SessionStore(file).attendance(sessions.at(0)).first().status, Attendance::Status::Enrolled);
        QVERIFY(stillShown());
        QVERIFY(first->text().endsWith(QStringLiteral("2/4")));
        QVERIFY(second->data(Qt::BackgroundRole).isValid());
        QVERIFY(!conflicts->isHidden());
        QCOMPARE(status->currentData().toInt(), int(Attendance::Status::Enrolled));

        // A session edited (not an attendance) still reloads the week: its cell is a new one, with the new place.
        const Session before = *SessionStore(file).session(sessions.at(1));
        Session moved = before;
        moved.place = QStringLiteral("Salle C");
        QVERIFY(document->push(PatientCommands::editSession(document, before, moved)));
        QTRY_VERIFY(weekCell(week, sessions.at(1)) && weekCell(week, sessions.at(1))->text().contains(QStringLiteral("Salle C")));
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
