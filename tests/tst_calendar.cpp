// SPDX-License-Identifier: EUPL-1.2
// The calendar of the Séances page: month and week views, dragging a session, double-clicks, the keyboard,
// and the week's planning on paper. Real mouse and key events on the views; the file is checked after each.
#include "documents/PageSetup.h"
#include "documents/WeekPlanningDocument.h"
#include "modals.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "patientfixture.h"
#include "storage/SessionStore.h"
#include "testutil.h"
#include "ui/pages/MonthView.h"
#include "ui/pages/SessionDialog.h"
#include "ui/pages/SessionsPage.h"
#include "ui/pages/WeekView.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

#include <memory>

using namespace kitetp;

namespace {

const QDate today = QDate::currentDate();
const QDate nextMonday = today.addDays(8 - today.dayOfWeek());

qint64 addSession(PatientFixture &f, const QDateTime &start, int seance, const QString &place,
                  QList<qint64> facilitators = {}, int minutes = 120)
{
    Session s;
    s.seanceId = f.seances.at(seance);
    s.startsAt = start;
    s.durationMin = minutes;
    s.place = place;
    s.capacity = 6;
    s.facilitatorIds = std::move(facilitators);
    if (const FileError e = SessionStore(*f.file).add(s)) {
        qWarning() << e.message();
        return 0;
    }
    return s.id;
}

QDateTime startOf(ProgrammeDocument &doc, qint64 id)
{
    const auto s = SessionStore(doc.file()).session(id);
    return s ? s->startsAt : QDateTime();
}

// A press on `from`, the mouse moved in steps with the button held, released on `to`.
void drag(QWidget *view, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(view, from + (to - from) * i / 4);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
}

// What a mouse sends for a double-click: press, release, double-click, release (QTest::mouseDClick alone
// sends the double-click event only).
void doubleClick(QWidget *view, const QPoint &at)
{
    QTest::mouseClick(view, Qt::LeftButton, {}, at);
    QTest::mouseDClick(view, Qt::LeftButton, {}, at);
    QTest::mouseRelease(view, Qt::LeftButton, {}, at);
}

// The session dialog, when it shows: the session it holds, then rejected.
void readSessionDialog(bool &shown, Session &opened)
{
    modals::whenModal([](QWidget *w) { return qobject_cast<SessionDialog *>(w) != nullptr; },
                      [&shown, &opened](QWidget *w) {
                          shown = true;
                          opened = qobject_cast<SessionDialog *>(w)->session();
                          qobject_cast<QDialog *>(w)->reject();
                      });
}

// A message box, when it shows: its text, then `button` clicked with the mouse.
void answerMessage(QString &text, QMessageBox::StandardButton button)
{
    modals::whenModal([](QWidget *w) { return qobject_cast<QMessageBox *>(w) != nullptr; },
                      [&text, button](QWidget *w) {
                          auto *box = qobject_cast<QMessageBox *>(w);
                          text = box->text();
                          QTest::mouseClick(box->button(button), Qt::LeftButton);
                      });
}

struct Window
{
    std::unique_ptr<ProgrammeDocument> doc;
    std::unique_ptr<SessionsPage> page;
    QString path;

    bool open(PatientFixture &f, SessionsPage::View view, const QDate &day)
    {
        path = f.path;
        doc = std::make_unique<ProgrammeDocument>(std::move(f.file));
        page = std::make_unique<SessionsPage>();
        page->resize(1280, 720);
        page->setDocument(doc.get());
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return false;
        const char *button = view == SessionsPage::View::Month  ? "monthButton"
                             : view == SessionsPage::View::Week ? "weekButton"
                                                                : "listButton";
        QTest::mouseClick(page->findChild<QAbstractButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        page->showWeekOf(day);
        return page->view() == view;
    }
    WeekView *week() const { return page->findChild<WeekView *>(QStringLiteral("weekView")); }
    MonthView *month() const { return page->findChild<MonthView *>(QStringLiteral("monthView")); }
    QString period() const { return page->findChild<QLabel *>(QStringLiteral("periodLabel"))->text(); }
    void grab(const QString &name) const
    {
        if (!qEnvironmentVariableIsEmpty("KITETP_SCREENSHOTS"))
            page->grab().save(qEnvironmentVariable("KITETP_SCREENSHOTS") + QLatin1Char('/') + name);
    }
};

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        if (!qEnvironmentVariableIsEmpty("KITETP_SCREENSHOTS"))
            qInfo("screenshots in %s", qPrintable(qEnvironmentVariable("KITETP_SCREENSHOTS")));
    }

    // The period's title, in words, for each view.
    void titlesSayThePeriod()
    {
        PatientFixture f;
        QVERIFY(f.create());
        Window w;
        QVERIFY(w.open(f, SessionsPage::View::Week, QDate(2026, 12, 2)));
        QCOMPARE(w.period(), QStringLiteral("semaine du 30 novembre au 6 décembre 2026"));
        w.page->showWeekOf(QDate(2026, 12, 30));
        QCOMPARE(w.period(), QStringLiteral("semaine du 28 décembre 2026 au 3 janvier 2027"));
        QTest::mouseClick(w.page->findChild<QAbstractButton *>(QStringLiteral("monthButton")),
                          Qt::LeftButton);
        w.page->showWeekOf(QDate(2026, 12, 2));
        QCOMPARE(w.period(), QStringLiteral("décembre 2026"));
        QTest::mouseClick(w.page->findChild<QAbstractButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
        QCOMPARE(w.period(), QStringLiteral("janvier 2027"));
        QCOMPARE(w.month()->firstDay(), QDate(2026, 12, 28)); // the Monday before the 1st
        QTest::mouseClick(w.page->findChild<QAbstractButton *>(QStringLiteral("listButton")), Qt::LeftButton);
        QCOMPARE(w.page->findChild<QTableWidget *>(QStringLiteral("listTable"))->isVisible(), true);
    }

    // Tuesday 10:00 dragged to Thursday 14:00 in the week: the file holds Thursday 14:00; one undo, named for
    // the move, puts it back on Tuesday; redo moves it again.
    void dragInTheWeekMovesTheSession()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const QDateTime tuesday(nextMonday.addDays(1), {10, 0});
        const QDateTime thursday(nextMonday.addDays(3), {14, 0});
        const qint64 id = addSession(f, tuesday, 0, QStringLiteral("Salle 1"), {f.members.at(0)});
        QVERIFY(id);
        Window w;
        QVERIFY(w.open(f, SessionsPage::View::Week, nextMonday));
        WeekView *week = w.week();
        QVERIFY(week && week->isVisible());
        const QRect block = week->sessionRect(id);
        QVERIFY(week->dayRect(tuesday.date()).contains(block));
        QCOMPARE(week->sessionAt(block.center()), id);
        QVERIFY(qAbs(block.top() - week->pointAt(tuesday).y()) <= 1); // at its start time
        QVERIFY(qAbs(block.bottom() - week->pointAt(tuesday.addSecs(7200)).y()) <=
                2); // as tall as its 2 hours
        w.grab(QStringLiteral("calendar-week.png"));

        const QPoint from = block.center();
        drag(week, from,
             from + (week->pointAt(thursday) - week->pointAt(tuesday)) + QPoint(0, 1)); // 1 px: the snap
        QCOMPARE(startOf(*w.doc, id), thursday);
        QCOMPARE(w.doc->undoStack()->count(), 1);
        const QString undo = w.doc->undoStack()->undoText();
        QVERIFY2(undo.startsWith(QStringLiteral("Déplacer C1S1 du mar. ")) &&
                     undo.contains(QStringLiteral("10:00")) && undo.contains(QStringLiteral("au jeu. ")) &&
                     undo.contains(QStringLiteral("14:00")),
                 qPrintable(undo));
        QTRY_VERIFY(
            week->dayRect(thursday.date()).contains(week->sessionRect(id))); // the view follows the file
        w.doc->undoStack()->undo();
        QCOMPARE(startOf(*w.doc, id), tuesday);
        w.doc->undoStack()->redo();
        QCOMPARE(startOf(*w.doc, id), thursday);
    }

    // Dropped where Salle 1 is already booked: the move is asked about; "Non" leaves the file as it was.
    // "Oui" moves it.
    void dragOntoAConflictAsks()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const QDateTime tuesday(nextMonday.addDays(1), {10, 0});
        const QDateTime thursday(nextMonday.addDays(3), {14, 0});
        const qint64 id = addSession(f, tuesday, 0, QStringLiteral("Salle 1"), {f.members.at(0)});
        QVERIFY(addSession(f, thursday, 1, QStringLiteral("salle 1"), {f.members.at(1)}));
        Window w;
        QVERIFY(w.open(f, SessionsPage::View::Week, nextMonday));
        WeekView *week = w.week();
        const QByteArray before = testutil::readAll(w.path);
        const QPoint from = week->sessionRect(id).center();
        const QPoint to = from + (week->pointAt(thursday) - week->pointAt(tuesday)) + QPoint(0, 1);

        QString asked;
        answerMessage(asked, QMessageBox::No);
        drag(week, from, to);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("alle 1 » est déjà réservé à cette heure.")),
                 qPrintable(asked));
        QVERIFY2(asked.startsWith(QStringLiteral("Le jeudi ")) &&
                     asked.contains(QStringLiteral(" à 14:00 :")),
                 qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("quand même")), qPrintable(asked));
        QCOMPARE(startOf(*w.doc, id), tuesday);
        QCOMPARE(w.doc->undoStack()->count(), 0);
        QCOMPARE(testutil::readAll(w.path), before);

        asked.clear();
        answerMessage(asked, QMessageBox::Yes);
        drag(week, week->sessionRect(id).center(), to);
        QTRY_VERIFY(!asked.isEmpty());
        QCOMPARE(startOf(*w.doc, id), thursday);
        QCOMPARE(w.doc->undoStack()->count(), 1);
        QTest::mouseClick(w.page->findChild<QAbstractButton *>(QStringLiteral("listButton")), Qt::LeftButton);
        QCOMPARE(w.page->findChild<QTableWidget *>(QStringLiteral("listTable"))->rowCount(), 2);
        w.grab(QStringLiteral("calendar-list.png"));
    }

    // A patient enrolled in both sessions: the move onto the other one's hour names the patient, as the
    // dialog does.
    void dragOntoAPatientsOtherSessionAsks()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const QDateTime tuesday(nextMonday.addDays(1), {10, 0});
        const QDateTime wednesday(nextMonday.addDays(2), {14, 0});
        const qint64 id = addSession(f, tuesday, 0, QStringLiteral("Salle 1"));
        const qint64 other = addSession(f, wednesday, 1, QStringLiteral("Salle 2"));
        const qint64 p = f.addPatient(QStringLiteral("P-2026-0042"));
        QVERIFY(!SessionStore(*f.file).setAttendance({id, p, Attendance::Status::Enrolled}));
        QVERIFY(!SessionStore(*f.file).setAttendance({other, p, Attendance::Status::Enrolled}));
        Window w;
        QVERIFY(w.open(f, SessionsPage::View::Week, nextMonday));
        WeekView *week = w.week();
        const QPoint from = week->sessionRect(id).center();
        QString asked;
        answerMessage(asked, QMessageBox::No);
        drag(week, from, from + (week->pointAt(wednesday) - week->pointAt(tuesday)) + QPoint(0, 1));
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(
                     QStringLiteral("Le patient P-2026-0042 est déjà inscrit à une séance à cette heure.")),
                 qPrintable(asked));
        QCOMPARE(startOf(*w.doc, id), tuesday);
        QCOMPARE(w.doc->undoStack()->count(), 0);
    }

    // Yesterday's session holds a presence: dragged to tomorrow (month view), it is refused with a message
    // and stays; the command refuses it too.
    void recordedAttendanceIsNotMovedAhead()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const QDateTime yesterday(today.addDays(-1), {10, 0});
        const qint64 id = addSession(f, yesterday, 0, QStringLiteral("Salle 1"));
        const qint64 p = f.addPatient(QStringLiteral("P-1"));
        QVERIFY(!SessionStore(*f.file).setAttendance({id, p, Attendance::Status::Present}));
        Window w;
        QVERIFY(w.open(f, SessionsPage::View::Month, yesterday.date()));
        MonthView *month = w.month();
        QVERIFY(month && month->isVisible());
        const QRect block = month->sessionRect(id);
        QVERIFY(month->dayRect(yesterday.date()).contains(block));
        QVERIFY(!month->dayRect(today.addDays(1)).isEmpty());
        const QByteArray before = testutil::readAll(w.path);

        QString refused;
        answerMessage(refused, QMessageBox::Ok);
        drag(month, block.center(), month->dayRect(today.addDays(1)).center());
        QTRY_VERIFY(!refused.isEmpty());
        QVERIFY2(refused.contains(QStringLiteral("Des présences sont déjà notées")), qPrintable(refused));
        QCOMPARE(startOf(*w.doc, id), yesterday);
        QCOMPARE(w.doc->undoStack()->count(), 0);
        QCOMPARE(testutil::readAll(w.path), before);

        // No other path: the edit command refuses it too, with the same rule.
        const Session was = *SessionStore(w.doc->file()).session(id);
        Session ahead = was;
        ahead.startsAt = QDateTime(today.addDays(1), {10, 0});
        QSignalSpy failed(w.doc.get(), &ProgrammeDocument::writeFailed);
        QVERIFY(!w.doc->push(PatientCommands::editSession(w.doc.get(), was, ahead)));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(
                     QStringLiteral("Des présences sont déjà notées")),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(startOf(*w.doc, id), yesterday);
        QCOMPARE(testutil::readAll(w.path), before);

        // Earlier that day is still in the past: allowed (the presence stays true). In the week view.
        QTest::mouseClick(w.page->findChild<QAbstractButton *>(QStringLiteral("weekButton")), Qt::LeftButton);
        w.page->showWeekOf(yesterday.date());
        WeekView *week = w.week();
        const QDateTime earlier(yesterday.date(), {8, 30});
        const QPoint from = week->sessionRect(id).topLeft() + QPoint(4, 1);
        drag(week, from, from + (week->pointAt(earlier) - week->pointAt(yesterday)));
        QCOMPARE(startOf(*w.doc, id), earlier);
        QCOMPARE(w.doc->undoStack()->count(), 1);
    }

    // A double-click on an empty day of the month opens the new-session dialog on that day, never the session
    // selected before; on a session, that session.
    void doubleClickOnAnEmptyDayPlansThere()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(1);
        const QDateTime fifth(first.addDays(4), {9, 30});
        const qint64 id = addSession(f, fifth, 0, QStringLiteral("Salle 1"));
        Window w;
        QVERIFY(w.open(f, SessionsPage::View::Month, first));
        w.page->selectSession(id);
        QCOMPARE(w.page->selectedSession(), id);
        MonthView *month = w.month();
        const QDate empty = first.addDays(6);
        QCOMPARE(month->sessionAt(month->dayRect(empty).center()), 0);

        bool shown = false;
        Session opened;
        readSessionDialog(shown, opened);
        doubleClick(month, month->dayRect(empty).center());
        QTRY_VERIFY(shown);
        QCOMPARE(opened.id, 0);
        QCOMPARE(opened.startsAt, QDateTime(empty, {14, 0}));
        QCOMPARE(SessionStore(w.doc->file()).sessions().size(), 1);
        QCOMPARE(w.doc->undoStack()->count(), 0);

        shown = false;
        readSessionDialog(shown, opened);
        doubleClick(month, month->sessionRect(id).center());
        QTRY_VERIFY(shown);
        QCOMPARE(opened.id, id);

        // In the week, the slot's day and quarter hour.
        QTest::mouseClick(w.page->findChild<QAbstractButton *>(QStringLiteral("weekButton")), Qt::LeftButton);
        w.page->showWeekOf(fifth.date());
        WeekView *week = w.week();
        const QDateTime slot(fifth.date().addDays(1), {15, 30});
        shown = false;
        readSessionDialog(shown, opened);
        doubleClick(week, week->pointAt(slot) + QPoint(0, 2));
        QTRY_VERIFY(shown);
        QCOMPARE(opened.id, 0);
        QCOMPARE(opened.startsAt, slot);
    }

    // A month with three sessions shows each in its day's cell; one of another month is not drawn; a day with
    // more sessions than its cell holds shows "+N" for the rest.
    void monthShowsSessionsOnTheirDays()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(1);
        const QList<QDateTime> starts = {QDateTime(first.addDays(4), {9, 0}),
                                         QDateTime(first.addDays(4), {14, 0}),
                                         QDateTime(first.addDays(19), {10, 0})};
        QList<qint64> ids;
        for (int i = 0; i < starts.size(); ++i)
            ids << addSession(f, starts.at(i), i, QStringLiteral("Salle %1").arg(i));
        const qint64 later =
            addSession(f, QDateTime(first.addMonths(2).addDays(14), {9, 0}), 3, QStringLiteral("Salle 9"));
        Window w;
        QVERIFY(w.open(f, SessionsPage::View::Month, first));
        MonthView *month = w.month();
        for (int i = 0; i < ids.size(); ++i) {
            const QRect r = month->sessionRect(ids.at(i));
            QVERIFY2(month->dayRect(starts.at(i).date()).contains(r), qPrintable(starts.at(i).toString()));
            QCOMPARE(month->sessionAt(r.center()), ids.at(i));
            QCOMPARE(month->dayAt(r.center()), starts.at(i).date());
        }
        QVERIFY(month->sessionRect(ids.at(0)).top() < month->sessionRect(ids.at(1)).top()); // by start time
        QVERIFY(month->sessionRect(later).isEmpty());
        QCOMPARE(month->hiddenCount(starts.at(0).date()), 0);
        w.grab(QStringLiteral("calendar-month.png"));

        // Eight sessions on one day: those that fit, then "+N" for the others.
        SessionStore store(w.doc->file());
        const QDate busy = first.addDays(11);
        for (int i = 0; i < 8; ++i) {
            Session s;
            s.seanceId = f.seances.at(0);
            s.startsAt = QDateTime(busy, QTime(8 + i, 0));
            s.durationMin = 60;
            s.place = QStringLiteral("Salle %1").arg(i);
            QVERIFY(!store.add(s));
        }
        QTRY_VERIFY(month->hiddenCount(busy) > 0);
        int drawn = 0;
        for (const CalendarItem &item : month->items())
            drawn += item.start.date() == busy && !month->sessionRect(item.id).isEmpty();
        QVERIFY(drawn > 0);
        QCOMPARE(drawn + month->hiddenCount(busy), 8);
    }

    // Arrows move the selected day (and select its first session), Return opens it, Delete removes it after
    // the question, undo brings it back; moving past Sunday shows the next week.
    void keyboardMovesOpensAndDeletes()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const QDateTime tuesday(nextMonday.addDays(1), {10, 0});
        const qint64 id = addSession(f, tuesday, 0, QStringLiteral("Salle 1"));
        Window w;
        QVERIFY(w.open(f, SessionsPage::View::Week, nextMonday));
        WeekView *week = w.week();
        QTest::mouseClick(week, Qt::LeftButton, {}, week->pointAt(QDateTime(nextMonday, {16, 0})));
        QCOMPARE(week->currentDay(), nextMonday);
        QCOMPARE(w.page->selectedSession(), 0);
        QTest::keyClick(week, Qt::Key_Right);
        QCOMPARE(week->currentDay(), nextMonday.addDays(1));
        QCOMPARE(w.page->selectedSession(), id);

        bool shown = false;
        Session opened;
        readSessionDialog(shown, opened);
        QTest::keyClick(week, Qt::Key_Return);
        QTRY_VERIFY(shown);
        QCOMPARE(opened.id, id);

        QString asked;
        answerMessage(asked, QMessageBox::Yes);
        QTest::keyClick(week, Qt::Key_Delete);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY(!SessionStore(w.doc->file()).session(id));
        w.doc->undoStack()->undo();
        QVERIFY(SessionStore(w.doc->file()).session(id));

        for (int i = 0; i < 6; ++i)
            QTest::keyClick(week, Qt::Key_Right);
        QCOMPARE(week->firstDay(), nextMonday.addDays(7));
        QCOMPARE(week->currentDay(), nextMonday.addDays(7));
    }

    // The week's planning lists its sessions by day, with hours, séance, place and facilitators, and nothing
    // of another week; names are printed as typed (no markup).
    void planningListsTheWeek()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const QDate monday(2026, 11, 30);
        QVERIFY(addSession(f, QDateTime(monday.addDays(1), {10, 0}), 0, QStringLiteral("Salle <b>1</b>"),
                           {f.members.at(0)}));
        QVERIFY(addSession(f, QDateTime(monday.addDays(3), {14, 15}), 2, QStringLiteral("Salle 2"),
                           {f.members.at(1), f.members.at(2)}, 90));
        QVERIFY(addSession(f, QDateTime(monday.addDays(7), {9, 0}), 1, QStringLiteral("Salle 3")));
        const auto doc = WeekPlanningDocument::build(*f.file, QDate(2026, 12, 2), PageSetup::defaultLayout());
        QCOMPARE(doc->pageLayout().orientation(), QPageLayout::Landscape);
        const QString pdf = f.dir.filePath(QStringLiteral("planning.pdf"));
        QVERIFY(!doc->writePdf(pdf));
        if (!qEnvironmentVariableIsEmpty("KITETP_SCREENSHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("KITETP_SCREENSHOTS") + QStringLiteral("/planning.pdf"));
        const QString text = testutil::pdfText(pdf).simplified();
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing (poppler-utils installed?)");
        QVERIFY2(text.contains(QStringLiteral("Planning de la semaine du 30 novembre au 6 décembre 2026")),
                 qPrintable(text));
        for (const QString &day : {QStringLiteral("lundi 30 novembre"), QStringLiteral("mardi 1 décembre"),
                                   QStringLiteral("dimanche 6 décembre")})
            QVERIFY2(text.contains(day), qPrintable(day));
        QVERIFY2(text.contains(QStringLiteral("10:00–12:00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("14:15–15:45")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Salle <b>1</b>")));
        QVERIFY(text.contains(QStringLiteral("Infirmière Fictive")));
        QVERIFY(text.contains(QStringLiteral("C2S1")));
        QVERIFY(!text.contains(QStringLiteral("C1S2")));
        QVERIFY(!text.contains(QStringLiteral("Salle 3")));
    }
};

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
