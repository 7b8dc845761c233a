// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the "À faire" board (not run by ctest): on the demo programme (20,000 patients by default), how long
// TodoStore::facts() takes and how many SQL statements it runs, and how long the board in view takes to follow one
// attendance recorded (the change announced, the facts read again, the lines updated in place and painted).
// Usage: bench_todo [PATIENTS] [YEARS]    (figures in docs/performance.md)
#include "BenchDemo.h"
#include "demo/DemoGenerator.h"
#include "model/ProgrammeDocument.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/TodoStore.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace kitetp;

namespace {

QTextStream out(stdout);

template<typename F>
double timed(F step)
{
    QElapsedTimer t;
    t.start();
    step();
    QCoreApplication::processEvents();
    return double(t.nsecsElapsed()) / 1e6;
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
    window.resize(1280, 720);
    window.show();
    double openMs = 0;
    const bool opened = [&] {
        bool ok = false;
        openMs = timed([&] { ok = window.openFile(path); });
        return ok;
    }();
    if (!opened || window.currentPageId() != QLatin1String("todo")) {
        out << "The demo did not open on the board: " << window.lastMessage() << Qt::endl;
        return 1;
    }
    ProgrammeFile &file = window.document()->file();

    // 1. The facts alone.
    double factsMax = 0, factsSum = 0;
    quint64 statements = 0;
    const int runs = 10;
    for (int i = 0; i < runs; ++i) {
        const quint64 before = file.statementCount();
        const double ms = timed([&] { (void)TodoStore(file).facts(); });
        statements = file.statementCount() - before;
        factsMax = std::max(factsMax, ms);
        factsSum += ms;
    }

    // 2. The board in view following one attendance's change (as SessionStore announces it, without the write).
    const QList<Session> recent = SessionStore(file).sessions(QDate::currentDate().addDays(-60), QDate::currentDate());
    QList<Attendance> enrolled;
    for (const Session &s : recent)
        enrolled << SessionStore(file).attendance(s.id);
    if (enrolled.isEmpty()) {
        out << "The demo has no attendance in the last 60 days." << Qt::endl;
        return 1;
    }
    double followMax = 0;
    const int changes = int(std::min<qsizetype>(20, enrolled.size()));
    for (int i = 0; i < changes; ++i) {
        Change change(ChangeArea::Sessions, QList<qint64>{enrolled.at(i).sessionId});
        change.merge(Change(ChangeArea::Patients, QList<qint64>{enrolled.at(i).patientId}));
        followMax = std::max(followMax, timed([&] { file.emitChange(change); }));
    }

    out << QStringLiteral("Demo: %1 patients, %2 years").arg(options.patients).arg(options.years) << '\n'
        << QStringLiteral("Open the demo, the board in view: %1 ms").arg(openMs, 0, 'f', 1) << '\n'
        << QStringLiteral("TodoStore::facts(): mean %1 ms, max %2 ms over %3, %4 SQL statements")
               .arg(factsSum / runs, 0, 'f', 1).arg(factsMax, 0, 'f', 1).arg(runs).arg(statements) << '\n'
        << QStringLiteral("The board in view following one attendance's change: max %1 ms over %2")
               .arg(followMax, 0, 'f', 1).arg(changes) << Qt::endl;
    return 0;
}
