// SPDX-License-Identifier: EUPL-1.2
// Benchmark of the patients room (not run by ctest): builds `kitetp demo --patients 20000 --years 10` and measures
// opening the file to a usable window, search as you type, opening a patient page, and peak memory.
// Usage: bench_patients [PATIENTS] [YEARS] [FILE]    (see docs/performance.md)
// With FILE, the programme is built there when FILE does not exist and reused as it is when it does (the
// 100,000-patient file takes minutes to build).
#include "BenchDemo.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoParts.h"
#include "storage/BackgroundCheck.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"
#include "ui/MainWindow.h"
#include "ui/pages/PatientListModel.h"
#include "ui/pages/PatientView.h"
#include "ui/pages/PatientsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace kitetp;

namespace {

QTextStream out(stdout);

// CPU time of this process in ms (user + system): on a shared machine, wall time also counts the other processes.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The guides and team rooms fill their part of the demo in DemoGenerator; where they have not (an older branch),
// the ONCOPLET structure and a team are added here so that the patients have séances to attend.
void ensureGuidesAndTeam(ProgrammeFile &file)
{
    GuideStore guides(file);
    if (guides.seancesBrief().isEmpty()) {
        const QList<QPair<QString, QStringList>> structure = {
            {QStringLiteral("Comprendre la maladie et son traitement"),
             {QStringLiteral("Connaissance de la maladie"), QStringLiteral("Connaissance et gestion du traitement oral (partie 1)"),
              QStringLiteral("Connaissance et gestion du traitement oral (partie 2)")}},
            {QStringLiteral("Gestion des effets secondaires"),
             {QStringLiteral("Prévenir les effets secondaires"), QStringLiteral("Conduites à tenir et personnes ressources")}},
            {QStringLiteral("La vie avec la maladie"),
             {QStringLiteral("Mieux s'informer, mieux s'entourer"), QStringLiteral("Le quotidien avec un traitement oral"),
              QStringLiteral("Le rapport aux autres quand on est atteint d'un cancer")}},
        };
        for (int c = 0; c < structure.size(); ++c) {
            Conducteur cond;
            cond.code = QStringLiteral("C%1").arg(c + 1);
            cond.title = structure.at(c).first;
            for (int s = 0; s < structure.at(c).second.size(); ++s) {
                Seance se;
                se.code = QStringLiteral("C%1S%2").arg(c + 1).arg(s + 1);
                se.title = structure.at(c).second.at(s);
                se.durationMin = 120;
                se.groupMax = 8;
                cond.seances << se;
            }
            guides.addConducteur(cond);
        }
    }
    TeamStore team(file);
    if (team.members().isEmpty())
        for (int i = 1; i <= 10; ++i) {
            TeamMember m;
            m.name = QStringLiteral("Intervenant Fictif %1").arg(i);
            m.isCoordinator = i == 1;
            team.add(m);
        }
}

struct Stats
{
    double mean = 0;
    double max = 0;
    int slowest = -1;
};

template<typename F>
Stats measure(const QList<F> &steps)
{
    Stats s;
    for (const F &step : steps) {
        QElapsedTimer t;
        t.start();
        step();
        QCoreApplication::processEvents();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        s.mean += ms;
        if (ms > s.max) {
            s.max = ms;
            s.slowest = int(&step - steps.data());
        }
    }
    s.mean /= std::max<qsizetype>(1, steps.size());
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const DemoOptions options = benchDemoOptions(argc, argv);
    QTemporaryDir dir;
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("bench.etp"));

    QElapsedTimer timer;
    timer.start();
    if (QFileInfo::exists(path)) {
        out << QStringLiteral("Reusing %1 (%2 MB)").arg(path).arg(QFileInfo(path).size() / (qint64(1024) * 1024)) << Qt::endl;
    } else {
        auto created = ProgrammeFile::create(path);
        if (created.error) {
            out << created.error.message() << Qt::endl;
            return 1;
        }
        ProgrammeFile &file = *created.file;
        DemoOptions rooms = options;
        rooms.patients = 0; // the other rooms' parts of the demo, without patients
        DemoGenerator(file, rooms).fill();
        ensureGuidesAndTeam(file);
        QRandomGenerator random(options.seed);
        Transaction tx(file);
        if (FileError e = fillDemoPatients(file, random, options)) {
            out << e.message() << Qt::endl;
            return 1;
        }
        tx.commit();
        qint64 attendance = 0, sessions = 0;
        for (const auto &[table, count] : file.tableCounts()) {
            if (table == QLatin1String("attendance"))
                attendance = count;
            if (table == QLatin1String("session"))
                sessions = count;
        }
        out << QStringLiteral("Demo: %1 patients, %2 years, %3 sessions, %4 attendance rows, generated in %5 s")
                   .arg(options.patients).arg(options.years).arg(sessions).arg(attendance)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    // The parts of opening that read the file, alone (the file already in the system's cache, as in the window).
    double fileOpenMs = 0, summariesMs = 0;
    qsizetype summaryRows = 0;
    {
        QElapsedTimer part;
        part.start();
        auto opened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly, ProgrammeFile::Check::Later);
        fileOpenMs = double(part.nsecsElapsed()) / 1e6;
        if (opened.error) {
            out << opened.error.message() << Qt::endl;
            return 1;
        }
        part.restart();
        summaryRows = PatientStore(*opened.file).summaries().size();
        summariesMs = double(part.nsecsElapsed()) / 1e6;
    }
    const long beforeWindow = peakKb();

    // Opening the file to a usable window: every page loaded, the patient list filled.
    timer.restart();
    const double cpuBefore = cpuMs();
    MainWindow window;
    window.setPromptsEnabled(false);
    window.resize(1400, 900);
    window.show();
    if (!window.openFile(path)) {
        out << window.lastMessage() << Qt::endl;
        return 1;
    }
    window.showPage(QStringLiteral("patients"));
    QCoreApplication::processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const double openCpuMs = cpuMs() - cpuBefore;
    auto *page = static_cast<PatientsPage *>(window.page(QStringLiteral("patients")));

    // The integrity check runs in the background once the window shows the programme; wait for its end, so that
    // the measures below are not shared with it.
    timer.restart();
    while (window.integrityCheck() && !window.integrityCheck()->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double checkMs = double(timer.nsecsElapsed()) / 1e6;
    const double checkCpuMs = cpuMs() - cpuBefore - openCpuMs;
    const bool checkedOk = window.integrityCheck() && !window.integrityCheck()->result();

    // Search as you type: a code, then a name, one keystroke at a time (and erasing).
    QList<std::function<void()>> keys;
    QStringList typed;
    for (const QString &word : {QStringLiteral("p-2021-00"), QStringLiteral("imagin"), QStringLiteral("côlon")}) {
        for (int i = 1; i <= word.size(); ++i) {
            keys << [page, word, i] { page->setSearchText(word.left(i)); };
            typed << word.left(i);
        }
        for (int i = word.size() - 1; i >= 0; --i) {
            keys << [page, word, i] { page->setSearchText(word.left(i)); };
            typed << word.left(i);
        }
    }
    const Stats key = measure(keys);

    // Opening patient pages (spread over the list).
    QList<std::function<void()>> opens;
    const int rows = page->model()->rowCount();
    for (int i = 0; i < 40; ++i) {
        const qint64 id = page->model()->summary(int((qint64(i) * 7919) % rows))->id;
        opens << [page, id] { page->selectPatient(id); };
    }
    const Stats patient = measure(opens);
    const long peak = peakKb();

    const auto verdict = [](double value, double target) { return value < target ? "ok" : "OVER TARGET"; };
    out << QStringLiteral("Open to a usable window: %1 ms, %2 ms of CPU (target < 1000 ms) %3")
               .arg(openMs, 0, 'f', 0).arg(openCpuMs, 0, 'f', 0).arg(QLatin1String(verdict(openMs, 1000))) << '\n'
        << QStringLiteral("  of which, measured alone before: opening the file %1 ms, the list's summaries %2 ms (%3 rows)")
               .arg(fileOpenMs, 0, 'f', 0).arg(summariesMs, 0, 'f', 0).arg(summaryRows) << '\n'
        << QStringLiteral("Integrity check in the background: over %1 ms after the window was usable, %2 ms of CPU, %3")
               .arg(checkMs, 0, 'f', 0).arg(checkCpuMs, 0, 'f', 0).arg(checkedOk ? QStringLiteral("file sound") : QStringLiteral("FAILED OR NOT RUN"))
        << '\n'
        << QStringLiteral("Search keystroke: mean %1 ms, max %2 ms over %3 keystrokes (target < 50 ms) %4")
               .arg(key.mean, 0, 'f', 1).arg(key.max, 0, 'f', 1).arg(keys.size()).arg(QLatin1String(verdict(key.max, 50)))
        << QStringLiteral(" (slowest: \"%1\")").arg(typed.value(key.slowest)) << '\n'
        << QStringLiteral("Patient page: mean %1 ms, max %2 ms over %3 patients (target < 100 ms) %4")
               .arg(patient.mean, 0, 'f', 1).arg(patient.max, 0, 'f', 1).arg(opens.size()).arg(QLatin1String(verdict(patient.max, 100))) << '\n'
        << QStringLiteral("Peak memory: %1 MB (%2 MB before the window; target < 250 MB) %3")
               .arg(peak / 1024).arg(beforeWindow / 1024).arg(QLatin1String(verdict(double(peak) / 1024, 250))) << Qt::endl;
    return 0;
}
