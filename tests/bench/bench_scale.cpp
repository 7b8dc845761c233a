// SPDX-License-Identifier: EUPL-1.2
// Benchmark of Kit ETP at scale (not run by ctest): runs the real command line as child processes and reports the
// time and the peak memory (ru_maxrss of each child, from wait4) of
//   kitetp demo at 20,000 and 100,000 patients × 10 years (time per 1,000 patients, and their ratio: linear ≤ 1.3),
//   kitetp export patients (pseudonymous and with identities), indicators and the annual report at 100,000,
//   kitetp import patients of the 100,000-row export into a new ONCOPLET programme (streamed, one transaction).
// Usage: bench_scale [SMALL LARGE YEARS]   (default 20000 100000 10; see docs/performance.md)
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <vector>

extern char **environ;

namespace {

QTextStream out(stdout);

struct Run
{
    int status = -1;
    double seconds = 0;
    double cpuSeconds = 0; // user + system of that child: what it cost, whatever else runs on the machine
    long peakMb = 0;
};

// Runs `kitetp ARGS` with its output thrown away, and measures it alone (wait4 gives that child's own usage).
Run kitetp(const QStringList &args)
{
    std::vector<QByteArray> storage{QByteArrayLiteral(KITETP_BINARY)};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    argv.reserve(storage.size() + 1);
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    Run run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, KITETP_BINARY, &actions, nullptr, argv.data(), environ) != 0)
        return run;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakMb = usage.ru_maxrss / 1024;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

QString line(const QString &what, const Run &r)
{
    return QStringLiteral("%1: %2 s (%3 s of CPU), peak %4 MB%5").arg(what).arg(r.seconds, 0, 'f', 2).arg(r.cpuSeconds, 0, 'f', 2).arg(r.peakMb)
        .arg(r.status == 0 ? QString() : QStringLiteral(" (exit %1)").arg(r.status));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int small = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    const int large = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    const QString years = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("10");
    QTemporaryDir dir;
    const auto path = [&dir](const QString &name) { return dir.filePath(name); };

    const auto demo = [&](int patients, const QString &file) {
        const Run r = kitetp({QStringLiteral("demo"), path(file), QStringLiteral("--patients"), QString::number(patients),
                              QStringLiteral("--years"), years, QStringLiteral("--seed"), QStringLiteral("1")});
        out << line(QStringLiteral("demo %1 patients × %2 years").arg(patients).arg(years), r)
            << QStringLiteral(" — %1 ms per 1,000 patients (%2 ms of CPU)").arg(1000.0 * r.seconds * 1000 / patients, 0, 'f', 0)
                   .arg(1000.0 * r.cpuSeconds * 1000 / patients, 0, 'f', 0) << Qt::endl;
        return r;
    };
    const Run a = demo(small, QStringLiteral("small.etp"));
    const Run b = demo(large, QStringLiteral("large.etp"));
    const double ratio = (b.seconds / large) / (a.seconds / small);
    const double cpuRatio = (b.cpuSeconds / large) / (a.cpuSeconds / small);
    out << QStringLiteral("Demo time per patient, %1 vs %2: ratio %3, of CPU %4 (target ≤ 1.3) %5")
               .arg(large).arg(small).arg(ratio, 0, 'f', 2).arg(cpuRatio, 0, 'f', 2).arg(QLatin1String(ratio <= 1.3 ? "ok" : "OVER TARGET"))
        << Qt::endl;

    const QString year = QString::number(QDate::currentDate().year() - 1);
    const QString large_ = path(QStringLiteral("large.etp"));
    const QList<QPair<QString, QStringList>> exports = {
        {QStringLiteral("export patients (pseudonymous)"), {QStringLiteral("export"), QStringLiteral("patients"), large_, QStringLiteral("-o"), path(QStringLiteral("patients.csv"))}},
        {QStringLiteral("export patients --with-identities"), {QStringLiteral("export"), QStringLiteral("patients"), large_, QStringLiteral("--with-identities"), QStringLiteral("-o"), path(QStringLiteral("identities.csv"))}},
        {QStringLiteral("indicators --format json"), {QStringLiteral("indicators"), large_, QStringLiteral("--year"), year, QStringLiteral("--format"), QStringLiteral("json")}},
        {QStringLiteral("export report (annual, PDF)"), {QStringLiteral("export"), QStringLiteral("report"), large_, QStringLiteral("--year"), year, QStringLiteral("-o"), path(QStringLiteral("report.pdf"))}},
    };
    for (const auto &[what, args] : exports) {
        const Run r = kitetp(args);
        out << line(QStringLiteral("%1 of %2 patients").arg(what).arg(large), r) << (r.seconds < 5 ? " (target < 5 s) ok" : " OVER TARGET (< 5 s)") << Qt::endl;
    }

    kitetp({QStringLiteral("new"), path(QStringLiteral("import.etp")), QStringLiteral("--template"), QStringLiteral("oncoplet")});
    const Run imported = kitetp({QStringLiteral("import"), QStringLiteral("patients"), path(QStringLiteral("import.etp")), path(QStringLiteral("identities.csv"))});
    out << line(QStringLiteral("import patients, %1 rows (%2 MB of CSV)").arg(large).arg(QFileInfo(path(QStringLiteral("identities.csv"))).size() / (qint64(1024) * 1024)), imported)
        << (imported.peakMb <= 150 ? " (target ≤ 150 MB) ok" : " OVER TARGET (≤ 150 MB)") << Qt::endl;
    return 0;
}
