// SPDX-License-Identifier: EUPL-1.2
// The lock on a programme file, with real processes: one writer through every name of the file (hard link,
// symbolic link), exactly one winner when several take over a stale lock at once, private lock files, and
// SIGTERM/SIGHUP leaving no lock behind — the window committing the edit being typed first.
#include "core/FileError.h"
#include "core/ProgrammeFields.h"
#include "storage/FieldStore.h"
#include "storage/FileLock.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace kitetp;

namespace {

// Child mode: opens the file for writing, says what happened, then waits to be killed.
int holdLock(const QString &path)
{
    auto opened = ProgrammeFile::open(path);
    std::fputs(opened.error ? "locked\n" : "held\n", stdout);
    std::fflush(stdout);
    if (opened.error)
        return 3;
    for (;;)
        ::pause();
}

// Child mode: says "ready", waits for the go file, opens the file for writing, says "acquired" or "locked", keeps
// it a moment (so that a loser cannot come after the winner has left), then exits.
int raceForLock(const QString &path, const QString &go)
{
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    while (!QFile::exists(go))
        ::usleep(200);
    auto opened = ProgrammeFile::open(path);
    std::fputs(!opened.error ? "acquired\n" : opened.error.code() == FileError::Locked ? "locked\n" : "failed\n", stdout);
    std::fflush(stdout);
    QThread::msleep(400);
    return 0;
}

QProcess *startChild(QObject *parent, const QString &mode, const QString &path, const QString &go = {})
{
    auto *child = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(mode, path);
    if (!go.isEmpty())
        env.insert(QStringLiteral("KITETP_LOCK_GO"), go);
    child->setProcessEnvironment(env);
    child->start(QCoreApplication::applicationFilePath(), {});
    return child;
}

bool waitForLine(QProcess &child, QByteArray &said, const QByteArray &line, int ms = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!said.contains(line) && t.elapsed() < ms && child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(100);
        said += child.readAllStandardOutput();
    }
    said += child.readAllStandardOutput();
    return said.contains(line);
}

void writeStaleLock(const QString &path)
{
    QFile lock(FileLock::lockPathFor(path));
    lock.open(QIODevice::WriteOnly | QIODevice::Truncate);
    lock.write(QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("moi")},
                                         {QStringLiteral("host"), QSysInfo::machineHostName()},
                                         {QStringLiteral("pid"), 2147483000},
                                         {QStringLiteral("since"), QStringLiteral("2026-02-03T08:14:00Z")}})
                   .toJson());
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

QString newProgramme(const QTemporaryDir &dir, const QString &title = QStringLiteral("Titre"))
{
    QString path = dir.filePath(QStringLiteral("p.etp"));
    auto created = ProgrammeFile::create(path, [&title](ProgrammeFile &f) { return FieldStore(f).setValue(ProgrammeFields::title(), title); });
    if (created.error)
        qWarning() << created.error.message();
    return path;
}

} // namespace

class TestLocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyNameOfTheFileIsTheSameLock()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        const QString hard = dir.filePath(QStringLiteral("lien-dur.etp"));
        const QString soft = dir.filePath(QStringLiteral("lien.etp"));
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
        QVERIFY(QFile::link(path, soft));

        QProcess *holder = startChild(this, QStringLiteral("KITETP_LOCK_HOLD"), path);
        QByteArray said;
        QVERIFY2(waitForLine(*holder, said, "held"), said.constData());

        for (const QString &name : {hard, soft, path}) {
            auto second = ProgrammeFile::open(name);
            QCOMPARE(second.error.code(), FileError::Locked);
        }
        // Through the symbolic link, the message still says who has it.
        auto viaLink = ProgrammeFile::open(soft);
        QVERIFY2(viaLink.error.message().contains(QSysInfo::machineHostName()), qPrintable(viaLink.error.message()));
        // An import through the hard link is refused too, and changes nothing.
        QFile csv(dir.filePath(QStringLiteral("in.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("code;statut\r\nP-1;en cours\r\n");
        csv.close();
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), hard, csv.fileName()});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("déjà ouvert")), qPrintable(r.err));

        ::kill(pid_t(holder->processId()), SIGKILL);
        QVERIFY(holder->waitForFinished());
        // The dead holder's lock is taken over, through any name.
        auto after = ProgrammeFile::open(hard);
        QVERIFY2(!after.error, qPrintable(after.error.message()));
        QCOMPARE(PatientStore(*after.file).summaries().size(), 0);
    }

    void aStaleLockTakenOverAtOnceHasExactlyOneWinner()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        const int trials = 30;
        const int racers = 3;
        for (int trial = 0; trial < trials; ++trial) {
            writeStaleLock(path);
            const QString go = dir.filePath(QStringLiteral("go-%1").arg(trial));
            QList<QProcess *> children;
            QList<QByteArray> said(racers);
            for (int i = 0; i < racers; ++i)
                children << startChild(this, QStringLiteral("KITETP_LOCK_RACE"), path, go);
            for (int i = 0; i < racers; ++i)
                QVERIFY2(waitForLine(*children[i], said[i], "ready"), said[i].constData());
            QFile(go).open(QIODevice::WriteOnly);
            int winners = 0;
            for (int i = 0; i < racers; ++i) {
                QVERIFY(children[i]->waitForFinished(60000));
                said[i] += children[i]->readAllStandardOutput();
                QVERIFY2(said[i].contains("acquired") || said[i].contains("locked"), said[i].constData());
                winners += said[i].contains("acquired") ? 1 : 0;
                delete children[i];
            }
            QVERIFY2(winners == 1, qPrintable(QStringLiteral("trial %1: %2 winners").arg(trial).arg(winners)));
        }
    }

    void lockFilesAreReadableByTheirOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        const mode_t old = ::umask(0);
        auto opened = ProgrammeFile::open(path);
        ::umask(old);
        QVERIFY(!opened.error);
        QCOMPARE(modeOf(FileLock::lockPathFor(path)), mode_t(0600));
        // A stale lock left readable by all is made private when taken over.
        opened.file.reset();
        writeStaleLock(path);
        QFile::setPermissions(FileLock::lockPathFor(path), QFileDevice::Permissions(0x6666));
        auto again = ProgrammeFile::open(path);
        QVERIFY(!again.error);
        QCOMPARE(modeOf(FileLock::lockPathFor(path)), mode_t(0600));
    }

    void sigtermOnTheCommandLineLeavesNoLock()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        QFile csv(dir.filePath(QStringLiteral("gros.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("code;statut;site_cancer\r\n");
        for (int i = 0; i < 60000; ++i)
            csv.write(QStringLiteral("T-%1;en cours;Sein\r\n").arg(i, 6, 10, QLatin1Char('0')).toUtf8());
        csv.close();
        QProcess child;
        child.start(QStringLiteral(KITETP_BINARY), {QStringLiteral("import"), QStringLiteral("patients"), path, csv.fileName()});
        QVERIFY(child.waitForStarted());
        const QString lock = FileLock::lockPathFor(path);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock) || child.state() == QProcess::NotRunning, 60000);
        ::kill(pid_t(child.processId()), SIGTERM);
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 "the import ended before SIGTERM came: this test needs a larger CSV to mean anything");
        QVERIFY(!QFile::exists(lock));
        // Nothing or everything: the interrupted transaction is rolled back by the next opening.
        auto reopened = ProgrammeFile::open(path);
        QVERIFY2(!reopened.error, qPrintable(reopened.error.message()));
        const qsizetype n = PatientStore(*reopened.file).summaries().size();
        QVERIFY2(n == 0 || n == 60000, qPrintable(QString::number(n)));
        QVERIFY(reopened.file->integrityProblems().isEmpty());
    }

    void aSignalToTheWindowCommitsTheTypedEditAndReleasesTheLock_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QStringList>("qtOptions");
        QTest::newRow("SIGTERM") << int(SIGTERM) << QStringList();
        QTest::newRow("SIGHUP") << int(SIGHUP) << QStringList();
        // Qt's own options and their values come before the file: the value is never taken for the file to open.
        QTest::newRow("after -qwindowgeometry") << int(SIGTERM) << QStringList{QStringLiteral("-qwindowgeometry"), QStringLiteral("900x600+0+0")};
    }
    void aSignalToTheWindowCommitsTheTypedEditAndReleasesTheLock()
    {
        QFETCH(int, signal);
        QFETCH(QStringList, qtOptions);
        QTemporaryDir dir;
        const QString path = newProgramme(dir, QStringLiteral("Programme"));
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("KITETP_TEST_TYPE"), ProgrammeFields::title() + QStringLiteral("= tapé sans valider"));
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(KITETP_BINARY), qtOptions + QStringList{path, QStringLiteral("--page"), QStringLiteral("programme")});
        QByteArray said;
        QVERIFY2(waitForLine(window, said, "typed"), said.constData());
        QVERIFY(QFile::exists(FileLock::lockPathFor(path)));
        ::kill(pid_t(window.processId()), signal);
        QVERIFY(window.waitForFinished(60000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QVERIFY(!QFile::exists(FileLock::lockPathFor(path)));
        auto reopened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(!reopened.error);
        QCOMPARE(FieldStore(*reopened.file).value(ProgrammeFields::title()), QStringLiteral("Programme tapé sans valider"));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("KITETP_LOCK_HOLD") || qEnvironmentVariableIsSet("KITETP_LOCK_RACE")) {
        QCoreApplication app(argc, argv);
        if (qEnvironmentVariableIsSet("KITETP_LOCK_HOLD"))
            return holdLock(qEnvironmentVariable("KITETP_LOCK_HOLD"));
        return raceForLock(qEnvironmentVariable("KITETP_LOCK_RACE"), qEnvironmentVariable("KITETP_LOCK_GO"));
    }
    QCoreApplication app(argc, argv);
    TestLocks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_locks.moc"
