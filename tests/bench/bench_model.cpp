// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the model layer (not run by ctest): on the demo programme (20,000 patients by default), how many SQL
// statements editing one programme field costs, how long recording one attendance takes until every view is up to
// date, how long switching to the Déclaration page takes after an edit made elsewhere, and how long the Séances
// calendar takes to show a month and a week.
// Usage: bench_model [PATIENTS] [YEARS]    (figures in docs/performance.md)
#include "BenchDemo.h"
#include "core/CalendarPeriod.h"
#include "demo/DemoGenerator.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "model/SetFieldCommand.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "ui/MainWindow.h"
#include "ui/pages/SessionsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace kitetp;

namespace {

QTextStream out(stdout);

// Runs `step`, then the events it queued (deferred reloads), and returns the time in milliseconds.
template<typename F>
double timed(F step)
{
    QElapsedTimer t;
    t.start();
    step();
    QCoreApplication::processEvents();
    return double(t.nsecsElapsed()) / 1e6;
}

const char *verdict(double value, double target)
{
    return value <= target ? "ok" : "OVER TARGET";
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const DemoOptions options = benchDemoOptions(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.etp"));
    if (const QString problem = createBenchDemo(path, options); !problem.isEmpty()) {
        out << problem << Qt::endl;
        return 1;
    }

    MainWindow window;
    window.setPromptsEnabled(false);
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(path)) {
        out << window.lastMessage() << Qt::endl;
        return 1;
    }
    ProgrammeDocument *document = window.document();
    ProgrammeFile &file = document->file();
    for (const QString &id : window.pageIds()) { // every page loaded once, as after a working session
        window.showPage(id);
        QCoreApplication::processEvents();
    }

    // 1. One programme field, edited on the Programme page: the statements of the edit and of every view's update.
    window.showPage(QStringLiteral("programme"));
    QCoreApplication::processEvents();
    const QString key = QStringLiteral("contact.name");
    int fieldStatements = 0;
    const int fieldEdits = 20;
    for (int i = 0; i < fieldEdits; ++i) {
        const quint64 before = file.statementCount();
        timed([&] { document->push(new SetFieldCommand(document, key, QStringLiteral("Dr Fictif %1").arg(i))); });
        fieldStatements = std::max(fieldStatements, int(file.statementCount() - before));
    }

    // 2. One attendance recorded on the Séances page, until every view (the patient list, the week) is up to date.
    window.showPage(QStringLiteral("seances"));
    QCoreApplication::processEvents();
    SessionStore sessions(file);
    auto *sessionsPage = static_cast<SessionsPage *>(window.page(QStringLiteral("seances")));
    // The sessions of a past week that has attendance, shown on the page as the user sees them when recording.
    QList<Attendance> enrolled;
    QDate week = QDate::currentDate().addDays(-7);
    for (int back = 0; back < 52 && enrolled.size() < 10; ++back, week = week.addDays(-7)) {
        enrolled.clear();
        const QDate monday = week.addDays(1 - week.dayOfWeek());
        for (const Session &s : sessions.sessions(monday, monday.addDays(6)))
            enrolled << sessions.attendance(s.id);
        if (enrolled.size() >= 10)
            sessionsPage->showWeekOf(monday);
    }
    QCoreApplication::processEvents();
    if (enrolled.isEmpty()) {
        out << "The demo has no attendance to record." << Qt::endl;
        return 1;
    }
    double attendanceMax = 0;
    double attendanceSum = 0;
    double viewsMax = 0;
    const int attendances = int(std::min<qsizetype>(40, enrolled.size()));
    for (int i = 0; i < attendances; ++i) {
        Attendance a = enrolled.at(i);
        const Attendance::Status before = a.status;
        a.status = before == Attendance::Status::Present ? Attendance::Status::Absent : Attendance::Status::Present;
        // As the user records it: the session selected, its enrolments listed beside the week (not timed).
        if (sessionsPage->selectedSession() != a.sessionId) {
            sessionsPage->selectSession(a.sessionId);
            QCoreApplication::processEvents();
        }
        // The views alone: the change of one attendance announced as SessionStore announces it, without the write.
        Change change(ChangeArea::Sessions, QList<qint64>{a.sessionId});
        change.merge(Change(ChangeArea::Patients, QList<qint64>{a.patientId}));
        viewsMax = std::max(viewsMax, timed([&] { file.emitChange(change); }));
        const double ms = timed([&] { document->push(PatientCommands::setAttendance(document, a, before)); });
        attendanceMax = std::max(attendanceMax, ms);
        attendanceSum += ms;
    }

    // 3. After an edit on another page, switching to the Déclaration page (stale while hidden: it catches up once, now).
    //    After a programme field: the facts it showed are patched. After an attendance: the counts are read again.
    window.showPage(QStringLiteral("declaration")); // catches up with the attendance recorded above
    QCoreApplication::processEvents();
    double switchAfterField = 0;
    for (int i = 0; i < 10; ++i) {
        window.showPage(QStringLiteral("programme"));
        QCoreApplication::processEvents();
        document->push(new SetFieldCommand(document, key, QStringLiteral("Dr Bascule %1").arg(i)));
        QCoreApplication::processEvents();
        switchAfterField = std::max(switchAfterField, timed([&] { window.showPage(QStringLiteral("declaration")); }));
    }
    // The same switch with nothing changed: what showing the page costs by itself (layout, painting).
    double switchUnchanged = 0;
    for (int i = 0; i < 10; ++i) {
        window.showPage(QStringLiteral("programme"));
        QCoreApplication::processEvents();
        switchUnchanged = std::max(switchUnchanged, timed([&] { window.showPage(QStringLiteral("declaration")); }));
    }
    double switchAfterAttendance = 0;
    for (int i = 0; i < int(std::min<qsizetype>(3, enrolled.size())); ++i) {
        window.showPage(QStringLiteral("seances"));
        QCoreApplication::processEvents();
        Attendance a = enrolled.at(i);
        const Attendance::Status before = a.status;
        a.status = Attendance::Status::Excused;
        document->push(PatientCommands::setAttendance(document, a, before));
        QCoreApplication::processEvents();
        switchAfterAttendance = std::max(switchAfterAttendance, timed([&] { window.showPage(QStringLiteral("declaration")); }));
    }

    // 4. The Séances calendar: the month and the week views shown for 12 months (weeks) in a row, as ◀ ▶ do: the
    //    period read from the file, laid out and painted.
    window.showPage(QStringLiteral("seances"));
    QCoreApplication::processEvents();
    const auto calendarMax = [&](SessionsPage::View view, CalendarPeriod::Kind kind, int &mostSessions, double &mean) {
        sessionsPage->setView(view);
        QCoreApplication::processEvents();
        double worst = 0;
        double sum = 0;
        CalendarPeriod period(kind, QDate::currentDate());
        for (int i = 0; i < 12; ++i, period = period.stepped(-1)) {
            mostSessions = std::max(mostSessions, int(sessions.sessions(period.first(), period.last()).size()));
            const double ms = timed([&] {
                sessionsPage->showWeekOf(period.day());
                sessionsPage->repaint();
            });
            worst = std::max(worst, ms);
            sum += ms;
        }
        mean = sum / 12;
        return worst;
    };
    int monthSessions = 0;
    int weekSessions = 0;
    double monthMean = 0;
    double weekMean = 0;
    const double monthMax = calendarMax(SessionsPage::View::Month, CalendarPeriod::Kind::Month, monthSessions, monthMean);
    const double weekMax = calendarMax(SessionsPage::View::Week, CalendarPeriod::Kind::Week, weekSessions, weekMean);

    out << QStringLiteral("Demo: %1 patients, %2 years").arg(options.patients).arg(options.years) << '\n'
        << QStringLiteral("Edit one programme field: at most %1 SQL statements over %2 edits (target <= 3) %3")
               .arg(fieldStatements).arg(fieldEdits).arg(QLatin1String(verdict(fieldStatements, 3))) << '\n'
        << QStringLiteral("Record one attendance, the whole edit (write on disk, synchronous=FULL, and views): mean %1 ms, max %2 ms over %3")
               .arg(attendanceSum / attendances, 0, 'f', 1).arg(attendanceMax, 0, 'f', 1).arg(attendances) << '\n'
        << QStringLiteral("Record one attendance, the views updated from its change: max %1 ms over %2 (target < 20 ms) %3")
               .arg(viewsMax, 0, 'f', 1).arg(attendances).arg(QLatin1String(verdict(viewsMax, 20))) << '\n'
        << QStringLiteral("Switch to the Déclaration page after a programme field edited elsewhere: max %1 ms over 10 (target < 100 ms) %2")
               .arg(switchAfterField, 0, 'f', 1).arg(QLatin1String(verdict(switchAfterField, 100))) << '\n'
        << QStringLiteral("Switch to the Déclaration page with nothing changed: max %1 ms over 10").arg(switchUnchanged, 0, 'f', 1) << '\n'
        << QStringLiteral("Switch to the Déclaration page after an attendance recorded elsewhere: max %1 ms over 3 (target < 100 ms) %2")
               .arg(switchAfterAttendance, 0, 'f', 1).arg(QLatin1String(verdict(switchAfterAttendance, 100))) << '\n'
        << QStringLiteral("Show a month of the calendar (read, laid out, painted): mean %4 ms, max %1 ms over 12, up to %2 sessions (target < 100 ms) %3")
               .arg(monthMax, 0, 'f', 1).arg(monthSessions).arg(QLatin1String(verdict(monthMax, 100))).arg(monthMean, 0, 'f', 1) << '\n'
        << QStringLiteral("Show a week of the calendar (read, laid out, painted): mean %4 ms, max %1 ms over 12, up to %2 sessions (target < 100 ms) %3")
               .arg(weekMax, 0, 'f', 1).arg(weekSessions).arg(QLatin1String(verdict(weekMax, 100))).arg(weekMean, 0, 'f', 1) << Qt::endl;
    return 0;
}
