// SPDX-License-Identifier: EUPL-1.2
// Every verb of the foundation's command line, its output and its exit status (the real binary).
#include "storage/ProgrammeFile.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>


namespace {

testutil::Run run(const QStringList &args)
{
    return testutil::kitetp(args);
}

// Every row of every table but the file's own metadata, as text: two programmes with the same content give the
// same dump.
QString dumpContent(const QString &path)
{
    auto opened = kitetp::ProgrammeFile::open(path, kitetp::ProgrammeFile::Mode::ReadOnly);
    if (opened.error)
        return opened.error.message();
    QString out;
    for (const auto &[table, count] : opened.file->tableCounts()) {
        if (table == QLatin1String("kitetp_meta"))
            continue;
        QSqlQuery q(opened.file->database());
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        out += table + QLatin1Char('\n');
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

// Runs the real binary as cron or ssh would: no display, no QT_QPA_PLATFORM, no XDG_RUNTIME_DIR, nothing filtered
// from stderr. `pipeTo`, when given, reads its standard output (as `kitetp ... | pipeTo`).
struct RawRun
{
    int status = -1;
    int pipeStatus = -1;
    QByteArray out;
    QByteArray err;
    QByteArray pipeOut;
};

RawRun runBare(const QStringList &args, const QString &workingDir, const QStringList &pipeTo = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    QProcess reader;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDir);
    if (!pipeTo.isEmpty()) {
        p.setStandardOutputProcess(&reader);
        reader.start(pipeTo.constFirst(), pipeTo.mid(1));
    }
    p.start(QStringLiteral(KITETP_BINARY), args);
    RawRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = p.readAllStandardError();
    if (pipeTo.isEmpty()) {
        r.out = p.readAllStandardOutput();
    } else if (reader.waitForFinished(60000)) {
        r.pipeStatus = reader.exitStatus() == QProcess::NormalExit ? reader.exitCode() : -1;
        r.pipeOut = reader.readAllStandardOutput();
    }
    return r;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        auto r = run({QStringLiteral("--version")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Kit ETP ")));
        r = run({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const char *verb : {"new", "demo", "check", "export"})
            QVERIFY2(r.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(verb))), verb);
        r = run({QStringLiteral("new"), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("--template")));
    }

    // A misspelt command is a usage error with a suggestion, on the command line even without a display: never a
    // window (which, without a display, would abort instead).
    void aMisspeltCommandIsAUsageErrorWithoutADisplay()
    {
        QTemporaryDir dir;
        RawRun r = runBare({QStringLiteral("exprot"), QStringLiteral("dossier")}, dir.path());
        QCOMPARE(r.status, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("commande inconnue « exprot » — voulez-vous dire « export » ?")),
                 r.err.constData());
        r = runBare({QStringLiteral("zzzzzz")}, dir.path());
        QCOMPARE(r.status, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("commande inconnue « zzzzzz » (kitetp --help)")), r.err.constData());
        r = runBare({QStringLiteral("absent.etp")}, dir.path());
        QCOMPARE(r.status, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("« absent.etp » n'existe pas")), r.err.constData());
        r = runBare({QStringLiteral("export"), QStringLiteral("dosier")}, dir.path());
        QCOMPARE(r.status, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("type inconnu « dosier » — voulez-vous dire « dossier » ?")), r.err.constData());
    }

    // --lang refuses a language Kit ETP does not have, and says which it has.
    void anUnknownLanguageIsRefused()
    {
        QTemporaryDir dir;
        for (const QStringList &args : {QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--version")},
                                        QStringList{QStringLiteral("--lang=xx"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("--version"), QStringLiteral("--lang")}}) {
            const RawRun r = runBare(args, dir.path());
            QCOMPARE(r.status, 2);
            QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("(disponibles : fr, en)")), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(runBare({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--version")}, dir.path()).status, 0);
    }

    // -o - writes the document to standard output (here into `pdfinfo -`), the messages to stderr; no file named "-".
    // Run as under cron (no display, no XDG_RUNTIME_DIR): nothing else on stderr than Kit ETP's own line.
    void dashWritesToStandardOutput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.etp"));
        RawRun r = runBare({QStringLiteral("demo"), path, QStringLiteral("--patients"), QStringLiteral("5")}, dir.path());
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no Qt warning (XDG_RUNTIME_DIR) in normal use
        r = runBare({QStringLiteral("export"), QStringLiteral("dossier"), path, QStringLiteral("-o"), QStringLiteral("-")}, dir.path(),
                    {QStringLiteral("pdfinfo"), QStringLiteral("-")});
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.pipeStatus == 0, r.pipeOut.constData());
        QVERIFY2(r.pipeOut.contains("Pages:"), r.pipeOut.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("(sortie standard)")) && r.err.count('\n') == 1, r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("-"))));
        // CSV and JSON too: the bytes of the file, nothing else.
        r = runBare({QStringLiteral("export"), QStringLiteral("patients"), path, QStringLiteral("--with-details"), QStringLiteral("-o"), QStringLiteral("-")}, dir.path());
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY(r.out.startsWith("\xEF\xBB\xBF" "Code;Statut;"));
        QCOMPARE(r.out.count("\r\nP-"), 5);
        r = runBare({QStringLiteral("export"), QStringLiteral("guides"), path, QStringLiteral("-o-")}, dir.path());
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY(r.out.trimmed().startsWith('{'));
        // Formats that need a file: a usage error, nothing written.
        for (const QStringList &args : {QStringList{QStringLiteral("export"), QStringLiteral("pieces"), path, QStringLiteral("-o"), QStringLiteral("-")},
                                        QStringList{QStringLiteral("export"), QStringLiteral("patients"), path, QStringLiteral("--format"),
                                                    QStringLiteral("xlsx"), QStringLiteral("-o"), QStringLiteral("-")}}) {
            r = runBare(args, dir.path());
            QCOMPARE(r.status, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("pas sur la sortie standard")), r.err.constData());
        }
        // A failure writes nothing on stdout.
        r = runBare({QStringLiteral("export"), QStringLiteral("dossier"), dir.filePath(QStringLiteral("absent.etp")), QStringLiteral("-o"), QStringLiteral("-")}, dir.path());
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.isEmpty());
    }

    void usageErrorsExitWith2()
    {
        QCOMPARE(run({QStringLiteral("--frobnicate")}).status, 2);
        QCOMPARE(run({QStringLiteral("new")}).status, 2);
        QCOMPARE(run({QStringLiteral("new"), QStringLiteral("a.etp"), QStringLiteral("b.etp")}).status, 2);
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("x.etp")}).status, 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.etp"));
        for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("abc"), QStringLiteral("999999999")}) {
            const auto r = run({QStringLiteral("demo"), path, QStringLiteral("--patients"), bad});
            QCOMPARE(r.status, 2);
            QVERIFY(r.err.contains(QStringLiteral("--patients")));
        }
        QVERIFY(!QFile::exists(path));
        const auto r = run({QStringLiteral("new"), path, QStringLiteral("--template"), QStringLiteral("inconnu")});
        QCOMPARE(r.status, 2);
        QVERIFY(!QFile::exists(path));
    }

    void newCreatesAPrivateProgramme()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nouveau.etp"));
        auto r = run({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Atelier <b>oral</b> & « vie »")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        // Owner, group and other bits (not Qt's "current user" bits): rw-------.
        QCOMPARE(int(QFile::permissions(path) & 0x7077), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        r = run({QStringLiteral("check"), path});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Programme : Atelier <b>oral</b> & « vie »")));
        QVERIFY(r.out.contains(QStringLiteral("Intégrité : correcte")));
    }

    void newRefusesWhatItCannotDo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.etp"));
        QVERIFY(run({QStringLiteral("new"), path}).status == 0);
        const QByteArray before = testutil::readAll(path);
        auto r = run({QStringLiteral("new"), path});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("existe déjà")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 0); // one line
        QCOMPARE(testutil::readAll(path), before);

        r = run({QStringLiteral("new"), dir.filePath(QStringLiteral("y.etp")), QStringLiteral("--title"), QStringLiteral("   ")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("titre")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("y.etp"))));
    }

    void demoIsReproducible()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.etp"));
        const QString b = dir.filePath(QStringLiteral("b.etp"));
        QCOMPARE(run({QStringLiteral("demo"), a, QStringLiteral("--patients"), QStringLiteral("12"), QStringLiteral("--seed"), QStringLiteral("7")}).status, 0);
        QCOMPARE(run({QStringLiteral("demo"), b, QStringLiteral("--patients"), QStringLiteral("12"), QStringLiteral("--seed"), QStringLiteral("7")}).status, 0);
        const QString dumpA = dumpContent(a);
        QVERIFY(dumpA.contains(QStringLiteral("fictif")));
        QCOMPARE(dumpContent(b), dumpA);
        const auto r = run({QStringLiteral("check"), a});
        QCOMPARE(r.status, 0);
    }

    void checkReportsBadFilesWithoutTouchingThem_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("newer") << QStringLiteral("programme-format99.etp") << QStringLiteral("version plus récente");
        QTest::newRow("foreign") << QStringLiteral("foreign.etp") << QStringLiteral("autre application");
        QTest::newRow("not sqlite") << QStringLiteral("not-sqlite.etp") << QStringLiteral("n'est pas un fichier de programme");
        QTest::newRow("empty") << QStringLiteral("empty.etp") << QStringLiteral("vide");
        QTest::newRow("missing") << QStringLiteral("nothing-here.etp") << QStringLiteral("introuvable");
    }
    void checkReportsBadFilesWithoutTouchingThem()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, messagePart);
        const QString path = testutil::data(fixture);
        const QByteArray before = testutil::readAll(path);
        const auto r = run({QStringLiteral("check"), path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("kitetp: ")) && r.err.contains(messagePart), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 0);
        QCOMPARE(testutil::readAll(path), before);
    }

    void messagesSpeakTheChosenLanguage()
    {
        const QString path = testutil::data(QStringLiteral("foreign.etp"));
        auto r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"), path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("database from another application")), qPrintable(r.err));
        r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("check"), path});
        QVERIFY(r.err.contains(QStringLiteral("autre application")));
        r = run({QStringLiteral("--lang=en"), QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("Commands:")));
    }

    void checkSaysAnOldFileWillBeUpdated()
    {
        const QString path = testutil::data(QStringLiteral("programme-format1.etp"));
        const QByteArray before = testutil::readAll(path);
        const auto r = run({QStringLiteral("check"), path});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Format : 1 (sera mis à jour")));
        QVERIFY(r.out.contains(QStringLiteral("Programme ancien « format 1 »")));
        QCOMPARE(testutil::readAll(path), before);
    }

    void anExportNeverOverwritesAProgrammeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.etp"));
        QCOMPARE(run({QStringLiteral("demo"), path, QStringLiteral("--patients"), QStringLiteral("3")}).status, 0);
        const QByteArray before = testutil::readAll(path);
        const auto r = run({QStringLiteral("export"), QStringLiteral("dossier"), path, QStringLiteral("-o"), path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("un export ne le remplace jamais")), qPrintable(r.err));
        QCOMPARE(testutil::readAll(path), before);
    }

    void checkFindsDamageInsidePages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.etp"));
        QCOMPARE(run({QStringLiteral("demo"), path}).status, 0);
        QByteArray bytes = testutil::readAll(path);
        for (qsizetype i = 4096 * 3; i < bytes.size(); i += 3)
            bytes[i] = char(0xA5);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const auto r = run({QStringLiteral("check"), path});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("endommagé")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
