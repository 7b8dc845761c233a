// SPDX-License-Identifier: EUPL-1.2
// The model room seen from the window, offscreen and with real keys: an edit of one field typed in several goes is
// one undo step, undo brings back the page where the edit acted, and the team table follows an edit row by row.
#include "core/ProgrammeFields.h"
#include "model/DeclarationCommands.h"
#include "model/GuideCommands.h"
#include "model/GuideTreeModel.h"
#include "model/IndicatorModel.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "model/StepsModel.h"
#include "model/TeamModel.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"
#include "ui/MainWindow.h"
#include "ui/declaration/ChecklistModel.h"
#include "ui/pages/Page.h"
#include "ui/pages/SessionsPage.h"
#include "ui/pages/WeekView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFont>
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

    // What the week view draws for session `id` (a copy; invalid id when it is not drawn).
    static CalendarItem weekCell(const WeekView *week, qint64 id)
    {
        for (const CalendarItem &item : week->items())
            if (item.id == id && !week->sessionRect(id).isEmpty())
                return item;
        return {};
    }

    // A new, empty programme file as an open document.
    std::unique_ptr<ProgrammeDocument> newDocument(const QString &name)
    {
        auto created = ProgrammeFile::create(m_dir.filePath(name));
        if (created.error)
            return nullptr;
        return std::make_unique<ProgrammeDocument>(std::move(created.file));
    }

    // Spies on every signal by which a model tells a view what changed.
    struct ModelSpies
    {
        explicit ModelSpies(QAbstractItemModel *model)
            : reset(model, &QAbstractItemModel::modelReset), inserted(model, &QAbstractItemModel::rowsInserted),
              removed(model, &QAbstractItemModel::rowsRemoved), moved(model, &QAbstractItemModel::rowsMoved),
              changed(model, &QAbstractItemModel::dataChanged)
        {
        }
        void clear()
        {
            for (QSignalSpy *s : {&reset, &inserted, &removed, &moved, &changed})
                s->clear();
        }
        QSignalSpy reset, inserted, removed, moved, changed;
    };

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
        auto *week = page->findChild<WeekView *>(QStringLiteral("weekView"));
        auto *enrolled = page->findChild<QTableWidget *>(QStringLiteral("enrolledTable"));
        auto *conflicts = page->findChild<QLabel *>(QStringLiteral("conflicts"));
        QVERIFY(week && enrolled && conflicts);
        QVERIFY(weekCell(week, sessions.at(0)).id && weekCell(week, sessions.at(1)).id);
        QVERIFY(weekCell(week, sessions.at(0)).detail.endsWith(QStringLiteral("2/4")));
        QVERIFY(weekCell(week, sessions.at(1)).conflicted); // coloured: in conflict
        QVERIFY(!conflicts->isHidden());
        QCOMPARE(enrolled->rowCount(), 2);
        QCOMPARE(enrolled->item(0, 0)->data(Qt::UserRole).toLongLong(), patients.at(0));
        auto *status = qobject_cast<QComboBox *>(enrolled->cellWidget(0, 1));
        QVERIFY(status);
        // Marks on what is on screen now: a refilled list would not carry them (a pointer may be reused). The week
        // view is painted: what it draws is checked instead.
        status->setProperty("mark", true);
        const auto stillShown = [&] {
            auto *list = qobject_cast<QComboBox *>(enrolled->cellWidget(0, 1));
            return list == status && list->property("mark").toBool();
        };

        // The user excuses the first patient with the keyboard in the status list (End: the last choice, "Excusé").
        status->setFocus();
        QTest::keyClick(status, Qt::Key_End);
        QTRY_COMPARE(SessionStore(file).attendance(sessions.at(0)).first().status, Attendance::Status::Excused);
        QCoreApplication::processEvents();
        QVERIFY(stillShown()); // the same list, not a refilled one
        QVERIFY2(weekCell(week, sessions.at(0)).detail.endsWith(QStringLiteral("1/4")), qPrintable(weekCell(week, sessions.at(0)).detail));
        QVERIFY(!weekCell(week, sessions.at(0)).conflicted); // the conflict is over for both sessions
        QVERIFY(!weekCell(week, sessions.at(1)).conflicted);
        QVERIFY(conflicts->isHidden());
        QCOMPARE(status->currentData().toInt(), int(Attendance::Status::Excused)); // the same list, the new status

        // Undone: the count, the conflict and the status come back, still in place.
        document->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(SessionStore(file).attendance(sessions.at(0)).first().status, Attendance::Status::Enrolled);
        QVERIFY(stillShown());
        QVERIFY(weekCell(week, sessions.at(0)).detail.endsWith(QStringLiteral("2/4")));
        QVERIFY(weekCell(week, sessions.at(1)).conflicted);
        QVERIFY(!conflicts->isHidden());
        QCOMPARE(status->currentData().toInt(), int(Attendance::Status::Enrolled));

        // A session edited (not an attendance) still reloads the week, with the new place.
        const Session before = *SessionStore(file).session(sessions.at(1));
        Session moved = before;
        moved.place = QStringLiteral("Salle C");
        QVERIFY(document->push(PatientCommands::editSession(document, before, moved)));
        QTRY_VERIFY(weekCell(week, sessions.at(1)).detail.contains(QStringLiteral("Salle C")));
    }

    // The Ateliers tree follows each edit on the row it names: a conducteur or a séance added is inserted, a title
    // edited changes that row only, a new order moves the row (a séance's index follows its conducteur), a séance
    // removed is removed. Never a reset after the file is shown.
    void theGuideTreeFollowsEditsRowByRow()
    {
        const auto document = newDocument(QStringLiteral("tree.etp"));
        QVERIFY(document);
        GuideTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(document.get());
        QCOMPARE(model.rowCount(), 0);
        ModelSpies spy(&model);
        const auto addConducteur = [&](const QString &code, int position) -> qint64 {
            Conducteur c;
            c.code = code;
            c.title = QStringLiteral("Conducteur ") + code;
            c.position = position;
            auto *command = GuideCommands::conducteur(document.get(), std::nullopt, c);
            return document->push(command) ? command->after()->id : 0;
        };
        const qint64 c1 = addConducteur(QStringLiteral("C1"), 0);
        const qint64 c2 = addConducteur(QStringLiteral("C2"), 1);
        QVERIFY(c1 && c2);
        QCOMPARE(spy.inserted.count(), 2);
        QCOMPARE(spy.inserted.at(1).at(1).toInt(), 1); // the second one under the first
        Seance s;
        s.conducteurId = c1;
        s.code = QStringLiteral("C1S1");
        s.title = QStringLiteral("Connaissance de la maladie");
        s.durationMin = 120;
        auto *addSeance = GuideCommands::seance(document.get(), std::nullopt, s);
        QVERIFY(document->push(addSeance));
        const qint64 s1 = addSeance->after()->id;
        QCOMPARE(spy.inserted.count(), 3);
        QCOMPARE(spy.inserted.last().at(0).value<QModelIndex>(), model.conducteurIndex(c1));
        const QPersistentModelIndex seance(model.seanceIndex(s1));
        QVERIFY(seance.isValid());

        spy.clear();
        Seance after = *model.seanceAt(seance);
        after.title = QStringLiteral("Vivre avec la maladie");
        QVERIFY(document->push(new EditSeanceCommand(document.get(), *model.seanceAt(seance), after, QStringLiteral("Titre"))));
        QCOMPARE(spy.changed.count(), 1); // that row only: its conducteur shows the same
        QCOMPARE(spy.changed.at(0).at(0).value<QModelIndex>(), QModelIndex(seance));
        QCOMPARE(seance.data().toString(), QStringLiteral("C1S1 — Vivre avec la maladie"));
        QCOMPARE(spy.inserted.count() + spy.removed.count() + spy.moved.count(), 0);

        // C2 before C1: one row moved; the séance's index follows its conducteur.
        QVERIFY(document->push(new ReorderConducteursCommand(document.get(), {c1, c2}, {c2, c1})));
        QCOMPARE(spy.moved.count(), 1);
        QCOMPARE(model.data(model.index(0, 0), GuideTreeModel::IdRole).toLongLong(), c2);
        QVERIFY(seance.isValid());
        QCOMPARE(seance.parent(), model.conducteurIndex(c1));
        QCOMPARE(seance.parent().row(), 1);
        QCOMPARE(seance.data().toString(), QStringLiteral("C1S1 — Vivre avec la maladie"));

        QVERIFY(document->push(GuideCommands::seance(document.get(), *model.seanceAt(seance), std::nullopt)));
        QCOMPARE(spy.removed.count(), 1);
        QCOMPARE(model.rowCount(model.conducteurIndex(c1)), 0);
        QVERIFY(!seance.isValid());
        document->undoStack()->undo();
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(model.seanceIndex(s1).data().toString(), QStringLiteral("C1S1 — Vivre avec la maladie"));
        QCOMPARE(spy.reset.count(), 0);
    }

    // The step table of a séance follows an edit of one step (that row changes), a step added (a row inserted where
    // it goes) and the undo (the row removed), without a reset.
    void theStepTableFollowsAnEditStepByStep()
    {
        const auto document = newDocument(QStringLiteral("steps.etp"));
        QVERIFY(document);
        Conducteur c;
        c.code = QStringLiteral("C1");
        c.title = QStringLiteral("Comprendre le traitement");
        Seance s;
        s.code = QStringLiteral("C1S1");
        s.title = QStringLiteral("Le traitement oral");
        s.durationMin = 60;
        s.steps = {{0, 10, QStringLiteral("Accueil"), {}, {}}, {0, 30, QStringLiteral("Photolangage"), {}, {}},
                   {0, 20, QStringLiteral("Synthèse"), {}, {}}};
        c.seances << s;
        QVERIFY(!GuideStore(document->file()).addConducteur(c));
        const qint64 id = c.seances.first().id;
        StepsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(document.get());
        model.showSeance(*GuideStore(document->file()).seance(id));
        QCOMPARE(model.rowCount(), 3);
        // As the Ateliers page does: the edited plan becomes a command on the séance.
        connect(&model, &StepsModel::stepsEdited, this, [&document, id](const QList<SeanceStep> &steps) {
            const Seance before = *GuideStore(document->file()).seance(id);
            Seance after = before;
            after.steps = steps;
            document->push(new EditSeanceCommand(document.get(), before, after, QStringLiteral("Déroulé")));
        });
        ModelSpies spy(&model);
        QVERIFY(model.setData(model.index(1, StepsModel::Activity), QStringLiteral("Quiz"), Qt::EditRole));
        QCOMPARE(GuideStore(document->file()).seance(id)->steps.at(1).activity, QStringLiteral("Quiz"));
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(spy.changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(spy.changed.at(0).at(1).value<QModelIndex>().row(), 1);
        QCOMPARE(model.data(model.index(1, StepsModel::Activity), Qt::DisplayRole).toString(), QStringLiteral("Quiz"));

        spy.clear();
        Seance before = *GuideStore(document->file()).seance(id);
        Seance after = before;
        after.steps.insert(1, SeanceStep{0, 5, QStringLiteral("Tour de table"), {}, {}});
        QVERIFY(document->push(new EditSeanceCommand(document.get(), before, after, QStringLiteral("Déroulé"))));
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(spy.inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(spy.inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(spy.changed.count(), 0); // the other rows are the same
        QCOMPARE(model.rowCount(), 4);
        // Both edits of the plan were one undo step (the same séance's plan, edited in a row): undo removes the
        // added row and gives the edited one back its activity.
        QCOMPARE(document->undoStack()->count(), 1);
        spy.clear();
        document->undoStack()->undo();
        QCOMPARE(spy.removed.count(), 1);
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1, StepsModel::Activity), Qt::DisplayRole).toString(), QStringLiteral("Photolangage"));
        QCOMPARE(model.data(model.index(2, StepsModel::Activity), Qt::DisplayRole).toString(), QStringLiteral("Synthèse"));
        QCOMPARE(spy.reset.count(), 0);
    }

    // The indicators computed again: the same indicators keep their rows; only the cells whose value differs are
    // announced, a new breakdown row is inserted under its indicator.
    void theIndicatorsUpdateTheirCellsInPlace()
    {
        IndicatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Indicator included;
        included.key = QStringLiteral("patients.included");
        included.label = QStringLiteral("Patients inclus");
        included.definition = QStringLiteral("Patients entrés dans le programme pendant la période.");
        included.value = 12;
        included.breakdown = {{QStringLiteral("sein"), QStringLiteral("Sein"), 8, Indicator::Unit::Count},
                              {QStringLiteral("colon"), QStringLiteral("Côlon"), 4, Indicator::Unit::Count}};
        Indicator sessions;
        sessions.key = QStringLiteral("sessions.held");
        sessions.label = QStringLiteral("Séances collectives tenues");
        sessions.definition = QStringLiteral("Séances de groupe tenues pendant la période.");
        sessions.value = 30;
        Indicator satisfaction;
        satisfaction.key = QStringLiteral("satisfaction.mean");
        satisfaction.section = Indicator::Section::Satisfaction;
        satisfaction.label = QStringLiteral("Satisfaction moyenne");
        satisfaction.definition = QStringLiteral("Moyenne des réponses.");
        model.setIndicators({included, sessions, satisfaction});
        QCOMPARE(model.rowCount(), 2); // two sections
        const QModelIndex activity = model.index(0, 0);
        QCOMPARE(model.rowCount(activity), 2);
        const QPersistentModelIndex includedValue = model.index(0, 1, activity);
        const QPersistentModelIndex sessionsRow = model.index(1, 0, activity);
        const QPersistentModelIndex satisfactionValue = model.index(0, 1, model.index(1, 0));
        QVERIFY(satisfactionValue.data(Qt::FontRole).value<QFont>().italic()); // no answer yet

        ModelSpies spy(&model);
        included.value = 13;
        included.breakdown[0].value = 9;
        included.breakdown << Indicator::Row{QStringLiteral("poumon"), QStringLiteral("Poumon"), 1, Indicator::Unit::Count};
        satisfaction.value = 4.2;
        model.setIndicators({included, sessions, satisfaction});
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.removed.count(), 0);
        QCOMPARE(spy.inserted.count(), 1); // "Poumon" under its indicator
        QCOMPARE(spy.inserted.at(0).at(0).value<QModelIndex>(), model.index(0, 0, activity));
        QCOMPARE(includedValue.data().toString(), Indicators::valueText(13, Indicator::Unit::Count));
        QCOMPARE(satisfactionValue.data().toString(), Indicators::valueText(4.2, Indicator::Unit::Count));
        QVERIFY(!satisfactionValue.data(Qt::FontRole).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0, activity)), 3);
        QVERIFY(spy.changed.count() > 0);
        for (const QList<QVariant> &args : std::as_const(spy.changed)) // the unchanged indicator is not announced
            QVERIFY(args.at(0).value<QModelIndex>().parent() != activity || args.at(0).value<QModelIndex>().row() != sessionsRow.row());
    }

    // The completeness check computed again: a requirement now met changes its row, a new one is inserted.
    void theChecklistUpdatesItsRowsInPlace()
    {
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto item = [](const QString &id, const QString &label, ChecklistItem::Status status) {
            ChecklistItem i;
            i.id = id;
            i.section = QStringLiteral("Équipe");
            i.label = label;
            i.status = status;
            return i;
        };
        QList<ChecklistItem> items = {item(QStringLiteral("team.coordinator"), QStringLiteral("Un coordonnateur"), ChecklistItem::Status::Missing),
                                      item(QStringLiteral("team.training"), QStringLiteral("Formation de 40 h"), ChecklistItem::Status::Met)};
        model.setItems(items);
        QCOMPARE(model.rowCount(), 2);
        ModelSpies spy(&model);
        items[0].status = ChecklistItem::Status::Met;
        items.insert(1, item(QStringLiteral("team.two"), QStringLiteral("Deux professions"), ChecklistItem::Status::ToVerify));
        model.setItems(items);
        QCOMPARE(spy.reset.count(), 0);
        QCOMPARE(spy.changed.count(), 1);
        QCOMPARE(spy.changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(spy.inserted.count(), 1);
        QCOMPARE(spy.inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(model.item(0).status, ChecklistItem::Status::Met);
        QCOMPARE(model.item(2).id, QStringLiteral("team.training"));
    }

    void theTeamTableFollowsAnEditRowByRow()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("team.etp")), QStringLiteral("Équipe"), QStringLiteral("empty")));
        ProgrammeDocument *document = window.document();
        TeamModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
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
