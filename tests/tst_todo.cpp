// SPDX-License-Identifier: EUPL-1.2
// The "À faire" board: its rules on facts (TodoBoard), its counts read by SQL against the path's own rules
// (TodoStore vs PatientPath), and the page in the window: the lines a file calls for, links followed by a real click
// or Down + Return, and lines that follow typed changes in place.
#include "core/Language.h"
#include "core/PatientPath.h"
#include "core/TodoBoard.h"
#include "demo/DemoGenerator.h"
#include "model/DeclarationCommands.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "model/TeamModel.h"
#include "patientfixture.h"
#include "storage/DeclarationStore.h"
#include "storage/FieldStore.h"
#include "storage/SessionStore.h"
#include "storage/TodoStore.h"
#include "ui/MainWindow.h"
#include "ui/declaration/DeclarationWizard.h"
#include "ui/pages/PatientView.h"
#include "ui/pages/PatientsPage.h"
#include "ui/pages/SessionsPage.h"
#include "ui/pages/TodoPage.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace kitetp;

namespace {

QString longDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

std::optional<TodoLine> lineOf(const QList<TodoLine> &lines, const QString &id)
{
    for (const TodoLine &l : lines)
        if (l.id == id)
            return l;
    return std::nullopt;
}

bool hasPrefix(const QList<TodoLine> &lines, const QString &prefix)
{
    return std::any_of(lines.begin(), lines.end(), [&](const TodoLine &l) { return l.id.startsWith(prefix); });
}

DeclarationEvent dated(DeclarationEvent::Kind kind, const QDate &date)
{
    DeclarationEvent e;
    e.kind = kind;
    e.date = date;
    return e;
}

// Clicks the middle of `item`'s first column, as a user would.
void click(QTreeWidget *list, QTreeWidgetItem *item)
{
    list->scrollToItem(item);
    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestTodo : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PatientFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_today = QDate::currentDate();

    TodoPage *board() const { return qobject_cast<TodoPage *>(m_window->page(QStringLiteral("todo"))); }
    ProgrammeDocument *doc() const { return m_window->document(); }

    // The fixture's file (séances, three members without training or charter), filled by `fill`, then opened in a
    // window as a user would open it.
    void open(const std::function<void(ProgrammeFile &)> &fill = {})
    {
        m_window.reset();
        m_fixture = std::make_unique<PatientFixture>();
        QVERIFY(m_fixture->create());
        if (fill)
            fill(*m_fixture->file);
        QVERIFY(!QTest::currentTestFailed());
        m_fixture->file.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->setPromptsEnabled(false);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(m_fixture->path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The board as the French user sees it: real plurals come from the French translation's forms.
        Language::install(*qApp, QStringLiteral("fr"));
    }

    void cleanup()
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        m_window.reset();
    }

    // --- the rules, on facts ---

    void relativeDatesSayHowSoonOrHowLate()
    {
        const QDate today(2026, 3, 10);
        QCOMPARE(TodoBoard::relative(today, today), QStringLiteral("aujourd'hui"));
        QVERIFY(TodoBoard::relative(today.addDays(12), today).startsWith(QStringLiteral("dans 12 jour")));
        QVERIFY(TodoBoard::relative(today.addDays(-3), today).startsWith(QStringLiteral("en retard de 3 jour")));
        QVERIFY(TodoBoard::relative(today.addDays(-3), today, false).startsWith(QStringLiteral("il y a 3 jour")));
        QCOMPARE(TodoBoard::urgency(today.addDays(-1), today), TodoLine::Urgency::Late);
        QCOMPARE(TodoBoard::urgency(today.addDays(30), today), TodoLine::Urgency::Soon);
        QCOMPARE(TodoBoard::urgency(today.addDays(31), today), TodoLine::Urgency::Info);
    }

    void effectiveButNotStartedMustStartWithinTwelveMonths()
    {
        TodoFacts f;
        f.today = QDate(2026, 3, 10);
        f.events = {dated(DeclarationEvent::Kind::Sent, QDate(2025, 1, 5)),
                    dated(DeclarationEvent::Kind::Acknowledged, QDate(2025, 2, 1))};
        const auto start = lineOf(TodoBoard::lines(f), QStringLiteral("declaration.start"));
        QVERIFY(start);
        QCOMPARE(start->value, longDate(QDate(2026, 2, 1)));
        QVERIFY2(start->when.startsWith(QStringLiteral("en retard de 37 jour")), qPrintable(start->when));
        QCOMPARE(start->urgency, TodoLine::Urgency::Late);
        QVERIFY(start->text.contains(longDate(QDate(2025, 2, 1))));

        // Started (a patient's path began): no start line.
        f.firstActivity = QDate(2025, 3, 1);
        QVERIFY(!lineOf(TodoBoard::lines(f), QStringLiteral("declaration.start")));
    }

    void complementsRestartTheTwoMonths()
    {
        TodoFacts f;
        f.today = QDate(2026, 3, 10);
        f.events = {dated(DeclarationEvent::Kind::Sent, QDate(2025, 12, 1)),
                    dated(DeclarationEvent::Kind::MissingItems, QDate(2026, 1, 10))};
        const auto missing = lineOf(TodoBoard::lines(f), QStringLiteral("declaration.complement"));
        QVERIFY(missing);
        QCOMPARE(missing->value, longDate(QDate(2026, 1, 10)));
        f.events << dated(DeclarationEvent::Kind::ComplementSent, QDate(2026, 2, 20));
        const auto answer = lineOf(TodoBoard::lines(f), QStringLiteral("declaration.answer"));
        QVERIFY(answer);
        QVERIFY(answer->text.contains(QStringLiteral("compléments envoyés le %1").arg(longDate(QDate(2026, 2, 20)))));
        QCOMPARE(answer->value, longDate(QDate(2026, 4, 20)));
    }

    void sixMonthsWithoutSessionAreAnnouncedFromFive()
    {
        TodoFacts f;
        f.today = QDate(2026, 6, 15);
        f.events = {dated(DeclarationEvent::Kind::Sent, QDate(2024, 1, 5)),
                    dated(DeclarationEvent::Kind::Acknowledged, QDate(2024, 2, 1))};
        f.firstActivity = QDate(2024, 3, 1);
        f.lastSessionHeld = QDate(2026, 1, 16); // 4 months and 30 days ago
        QVERIFY(!lineOf(TodoBoard::lines(f), QStringLiteral("declaration.quiet")));
        f.lastSessionHeld = QDate(2026, 1, 15); // five months
        const auto quiet = lineOf(TodoBoard::lines(f), QStringLiteral("declaration.quiet"));
        QVERIFY(quiet);
        QVERIFY(quiet->text.contains(longDate(QDate(2026, 1, 15))));
        QCOMPARE(quiet->value, longDate(QDate(2026, 7, 15)));
        QVERIFY(quiet->when.startsWith(QStringLiteral("dans 30 jour")));
    }

    void aStoppedProgrammeDeclaresItsStopWithinThreeMonths()
    {
        TodoFacts f;
        f.today = QDate(2026, 3, 10);
        f.events = {dated(DeclarationEvent::Kind::Sent, QDate(2022, 1, 5)),
                    dated(DeclarationEvent::Kind::Acknowledged, QDate(2022, 2, 1)),
                    dated(DeclarationEvent::Kind::Stop, QDate(2026, 2, 1))};
        f.calendar = ProgrammeCalendar(QDate(2022, 2, 1), {}, false);
        const QList<TodoLine> lines = TodoBoard::lines(f);
        const auto stop = lineOf(lines, QStringLiteral("declaration.stop"));
        QVERIFY(stop);
        QCOMPARE(stop->value, longDate(QDate(2026, 5, 1)));
        // Stopped: no anniversary, no evaluation due, no start or quiet line.
        QVERIFY(!hasPrefix(lines, QStringLiteral("evaluation.")));
        QVERIFY(!lineOf(lines, QStringLiteral("declaration.quiet")));
    }

    void evaluationDatesComeFromTheProgrammeCalendar()
    {
        TodoFacts f;
        f.today = QDate(2026, 3, 10);
        f.calendar = ProgrammeCalendar(QDate(2024, 5, 2), {}, false);
        const QList<TodoLine> lines = TodoBoard::lines(f);
        QCOMPARE(lineOf(lines, QStringLiteral("evaluation.annual"))->value, longDate(QDate(2026, 5, 2)));
        const auto fourYear = lineOf(lines, QStringLiteral("evaluation.fouryear"));
        QCOMPARE(fourYear->value, longDate(QDate(2028, 5, 2)));
        QVERIFY(fourYear->text.contains(QStringLiteral("à vérifier auprès de votre ARS")));
        // Neither date recorded: the line says what to fill in, linked to that field.
        f.calendar = ProgrammeCalendar();
        const auto anchor = lineOf(TodoBoard::lines(f), QStringLiteral("evaluation.anchor"));
        QVERIFY(anchor);
        QCOMPARE(anchor->link.key, QStringLiteral("programme.start"));
        QCOMPARE(anchor->link.page, QStringLiteral("programme"));
    }

    // --- the counts read by SQL agree with the path's own rules (PatientPath), on the demo ---

    void countsAgreeWithThePathRules()
    {
        QTemporaryDir dir;
        auto created = ProgrammeFile::create(dir.filePath(QStringLiteral("demo.etp")));
        QVERIFY(!created.error);
        DemoOptions options;
        options.patients = 300;
        QVERIFY(!DemoGenerator(*created.file, options).fill());
        const TodoFacts f = TodoStore(*created.file).facts(m_today.startOfDay().addSecs(qint64(12) * 3600));
        int entry = 0, late = 0, letters = 0, finals = 0;
        for (const PatientSummary &s : PatientStore(*created.file).summaries()) {
            const PatientPath::Stage stage = PatientPath::stage(s);
            const NextStep next = PatientPath::nextStep(s, m_today);
            entry += stage == PatientPath::Stage::Entry ? 1 : 0;
            late += stage == PatientPath::Stage::Entry && next.isOverdue(m_today) && s.entryDate.isValid() ? 1 : 0;
            letters += next.kind == NextStep::Kind::GpLetter ? 1 : 0;
            finals += stage == PatientPath::Stage::Planned && s.sessionsAttended > 0 && s.planDate <= m_today.addMonths(-6) ? 1 : 0;
        }
        QCOMPARE(f.assessmentsToDo, entry);
        QCOMPARE(f.assessmentsLate, late);
        QCOMPARE(f.lettersToSend, letters);
        QCOMPARE(f.finalEvaluationsDue, finals);
        QVERIFY2(entry + letters > 0, "the demo should give the board something to count");
    }

    // --- the page in the window ---

    void isTheFirstPageAfterOpening()
    {
        open();
        QCOMPARE(m_window->pageIds().first(), QStringLiteral("todo"));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("todo"));
        QVERIFY(board()->isVisible());
        // Opening another programme from another page comes back to the board.
        m_window->showPage(QStringLiteral("patients"));
        open();
        QCOMPARE(m_window->currentPageId(), QStringLiteral("todo"));
    }

    void aDossierSentFiftyDaysAgoWaitsForTheArsAnswer()
    {
        const QDate sent = m_today.addDays(-50);
        open([sent](ProgrammeFile &file) { QVERIFY(!DeclarationStore(file).setDated(DeclarationEvent::Kind::Sent, sent)); });
        QTreeWidgetItem *item = board()->item(QStringLiteral("declaration.answer"));
        QVERIFY(item);
        QVERIFY(item->text(0).contains(QStringLiteral("Réponse de l'ARS attendue")));
        QVERIFY(item->text(0).contains(longDate(sent)));
        const QDate due = sent.addMonths(2);
        QCOMPARE(item->text(1), longDate(due));
        QVERIFY2(item->text(2).startsWith(QStringLiteral("dans %1 jour").arg(m_today.daysTo(due))), qPrintable(item->text(2)));
        QVERIFY(!board()->item(QStringLiteral("declaration.sent")));
    }

    void withoutSentDateTheLineSaysWhatToFillInAndOpensIt()
    {
        open();
        QTreeWidgetItem *item = board()->item(QStringLiteral("declaration.sent"));
        QVERIFY(item);
        QCOMPARE(item->text(0), QStringLiteral("Date d'envoi du dossier à l'ARS non renseignée"));
        QVERIFY(!board()->item(QStringLiteral("declaration.answer")));
        click(board()->list(), item);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("declaration"));
        DeclarationWizard *wizard = nullptr;
        QTRY_VERIFY(wizard = qobject_cast<DeclarationWizard *>(QApplication::activeModalWidget()));
        QCOMPARE(wizard->stepId(), QStringLiteral("send"));
        QVERIFY(wizard->currentPage()->findChild<QWidget *>(QStringLiteral("sentDate")));
        wizard->close();

        // Typing the date in the wizard (a typed change): the line becomes the wait for the answer, in place.
        QVERIFY(doc()->push(DeclarationCommands::setDate(doc(), DeclarationEvent::Kind::Sent, m_today.addDays(-3))));
        m_window->showPage(QStringLiteral("todo")); // hidden meanwhile: brought up to date when shown
        QVERIFY(!board()->item(QStringLiteral("declaration.sent")));
        QVERIFY(board()->item(QStringLiteral("declaration.answer")));
    }

    void aPatientWithoutBepIsCountedAndDownReturnSelectsOne()
    {
        qint64 without = 0;
        open([this, &without](ProgrammeFile &) {
            without = m_fixture->addPatient(QStringLiteral("P-2026-0001"));
            const qint64 with = m_fixture->addPatient(QStringLiteral("P-2026-0002"));
            QVERIFY(m_fixture->addEvent(without, PathEvent::Kind::ConsentEntry, m_today.addDays(-40)));
            QVERIFY(m_fixture->addEvent(with, PathEvent::Kind::ConsentEntry, m_today.addDays(-40)));
            QVERIFY(m_fixture->addEvent(with, PathEvent::Kind::Assessment, m_today.addDays(-20)));
        });
        QTreeWidgetItem *item = board()->item(QStringLiteral("patients.assessment"));
        QVERIFY(item);
        QVERIFY2(item->text(1).startsWith(QStringLiteral("1 patient")), qPrintable(item->text(1)));
        QVERIFY2(item->text(2).startsWith(QStringLiteral("1 en retard")), qPrintable(item->text(2))); // 40 days > 30

        // By the keyboard: the line above, Down, Return.
        QTreeWidget *list = board()->list();
        QTreeWidgetItem *above = list->itemAbove(item);
        while (above && !(above->flags() & Qt::ItemIsSelectable))
            above = list->itemAbove(above);
        QVERIFY(above);
        list->setFocus();
        list->setCurrentItem(above);
        QTest::keyClick(list, Qt::Key_Down);
        if (list->currentItem() != item) // a heading between them
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentItem(), item);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("patients"));
        auto *patients = qobject_cast<PatientsPage *>(m_window->page(QStringLiteral("patients")));
        QTRY_COMPARE(patients->view()->patientId(), without);

        // Recording the BEP removes the line, without reopening.
        PathEvent e;
        e.patientId = without;
        e.kind = PathEvent::Kind::Assessment;
        e.date = m_today;
        QVERIFY(doc()->push(PatientCommands::addEvent(doc(), e)));
        m_window->showPage(QStringLiteral("todo"));
        QVERIFY(!board()->item(QStringLiteral("patients.assessment")));
    }

    void aMemberWithoutCharterIsListedUntilSigned()
    {
        open();
        const QList<TeamMember> team = TeamStore(doc()->file()).members();
        QCOMPARE(team.size(), 3);
        for (const TeamMember &m : team) {
            QTreeWidgetItem *charter = board()->item(QStringLiteral("team.charter.%1").arg(m.id));
            QVERIFY(charter);
            QVERIFY(charter->text(0).contains(m.name));
            QVERIFY(charter->text(0).contains(QStringLiteral("charte")));
            QVERIFY(board()->item(QStringLiteral("team.training.%1").arg(m.id))); // 0 h recorded
        }
        QTreeWidgetItem *other = board()->item(QStringLiteral("team.charter.%1").arg(team.at(1).id));
        TeamMember signedOne = team.at(0);
        signedOne.charterSignedOn = m_today.addDays(-2);
        signedOne.trainingHours = 40;
        QVERIFY(doc()->push(DeclarationCommands::editMember(doc(), team.at(0), signedOne)));
        QVERIFY(!board()->item(QStringLiteral("team.charter.%1").arg(signedOne.id)));
        QVERIFY(!board()->item(QStringLiteral("team.training.%1").arg(signedOne.id)));
        QCOMPARE(board()->item(QStringLiteral("team.charter.%1").arg(team.at(1).id)), other); // the same line, in place

        // The link: the team step of the declaration wizard.
        click(board()->list(), other);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("declaration"));
        DeclarationWizard *wizard = nullptr;
        QTRY_VERIFY(wizard = qobject_cast<DeclarationWizard *>(QApplication::activeModalWidget()));
        QCOMPARE(wizard->stepId(), QStringLiteral("team"));
        auto *teamView = wizard->findChild<QTableView *>(QStringLiteral("teamView"));
        QVERIFY(teamView);
        auto *teamModel = qobject_cast<TeamModel *>(teamView->model());
        QVERIFY(teamModel && teamView->currentIndex().isValid());
        QCOMPARE(teamModel->member(teamView->currentIndex().row()).id, team.at(1).id); // that member's row
        wizard->close();
    }

    void aPastSessionWithoutAttendanceIsListedUntilRecorded()
    {
        qint64 sessionId = 0, patientId = 0;
        const QDateTime past = m_today.addDays(-9).startOfDay().addSecs(qint64(10) * 3600);
        open([&](ProgrammeFile &file) {
            patientId = m_fixture->addPatient(QStringLiteral("P-2026-0003"));
            Session s;
            s.seanceId = m_fixture->seances.at(1);
            s.startsAt = past;
            s.durationMin = 120;
            QVERIFY(!SessionStore(file).add(s));
            sessionId = s.id;
            QVERIFY(!SessionStore(file).setAttendance({sessionId, patientId, Attendance::Status::Enrolled}));
        });
        const QString id = QStringLiteral("sessions.attendance.%1").arg(sessionId);
        QTreeWidgetItem *item = board()->item(id);
        QVERIFY(item);
        QVERIFY(item->text(0).contains(QStringLiteral("C1S2")));
        QCOMPARE(item->text(1), QLocale().toString(past, QLocale::ShortFormat));
        QVERIFY(item->text(2).startsWith(QStringLiteral("il y a 9 jour")));
        QTreeWidgetItem *declaration = board()->item(QStringLiteral("declaration.sent"));
        QVERIFY(declaration);

        // The link: the Séances page, that session selected.
        click(board()->list(), item);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("seances"));
        QCOMPARE(qobject_cast<SessionsPage *>(m_window->page(QStringLiteral("seances")))->selectedSession(), sessionId);

        // Attendance recorded (a typed change while the board is hidden, then shown again): the line is gone, the
        // others are the same lines.
        QVERIFY(doc()->push(PatientCommands::setAttendance(doc(), {sessionId, patientId, Attendance::Status::Present},
                                                            Attendance::Status::Enrolled)));
        m_window->showPage(QStringLiteral("todo"));
        QVERIFY(!board()->item(id));
        QCOMPARE(board()->item(QStringLiteral("declaration.sent")), declaration);
        // And back by undo, on the board in view.
        doc()->undoStack()->undo();
        m_window->showPage(QStringLiteral("todo"));
        QVERIFY(board()->item(id));
    }

    // The demo's board at 1280×720, in French, for review (KITETP_SCREENSHOTS=folder).
    void screenshotOfTheDemo()
    {
        const QString folder = qEnvironmentVariable("KITETP_SCREENSHOTS");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demonstration.etp"));
        auto created = ProgrammeFile::create(path, [](ProgrammeFile &file) { return DemoGenerator(file, DemoOptions()).fill(); });
        QVERIFY(!created.error);
        created.file.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->setPromptsEnabled(false);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openFile(path));
        QCOMPARE(m_window->currentPageId(), QStringLiteral("todo"));
        QVERIFY(board()->list()->topLevelItemCount() == 5); // the fifth, « Guides partagés », hidden while nothing is due
        QVERIFY(board()->list()->topLevelItem(4)->isHidden());
        // Nothing cut: the date and "when" columns fit their contents.
        QTreeWidget *list = board()->list();
        for (QTreeWidgetItemIterator it(list); *it; ++it)
            for (int column : {1, 2})
                QVERIFY2(list->fontMetrics().horizontalAdvance((*it)->text(column)) < list->header()->sectionSize(column),
                         qPrintable((*it)->text(column)));
        if (folder.isEmpty()) {
            qInfo("KITETP_SCREENSHOTS not set: no screenshot saved");
            return;
        }
        QDir().mkpath(folder);
        const QString shot = QDir(folder).filePath(QStringLiteral("todo-fr.png"));
        QVERIFY(m_window->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }
};

QTEST_MAIN(TestTodo)
#include "tst_todo.moc"
