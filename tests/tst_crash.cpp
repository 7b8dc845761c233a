// SPDX-License-Identifier: EUPL-1.2
// kill -9 at any moment of the commands that write: `demo`, `new --template`, the imports and every export.
// After the kill the target is absent or complete (never a part of it under its final name), a retry works, our
// own temporaries are cleaned, and the programme passes `kitetp check`.
#include "storage/ProgrammeFile.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

namespace {

// Starts kitetp with `args`, kills it with SIGKILL after `ms` (or lets it finish first); true when it was killed.
bool runAndKill(const QStringList &args, int ms)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KITETP_BINARY), args);
    if (!p.waitForStarted())
        return false;
    if (p.waitForFinished(ms))
        return false;
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    return true;
}

// The table counts `kitetp check` prints, or the reason it failed.
QString counts(const QString &programme)
{
    const auto r = testutil::kitetp({QStringLiteral("check"), programme});
    if (r.status != 0)
        return QStringLiteral("check failed (%1): %2").arg(r.status).arg(r.err);
    return r.out.section(QStringLiteral("Contenu"), 1);
}

qint64 tableCount(const QString &countsText, const QString &table)
{
    const QRegularExpression line(QStringLiteral("^\\s*%1\\s+(\\d+)$").arg(table), QRegularExpression::MultilineOption);
    const auto m = line.match(countsText);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QStringList buildTemporaries(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.kitetp-build-*")}, QDir::Files | QDir::Hidden | QDir::System);
}

// A file's bytes with its timestamps (the guides' "exporte_le") blanked: two complete exports compare equal.
QByteArray withoutTimes(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)?")), QStringLiteral("T"));
    return text.toUtf8();
}

const QList<int> &delays()
{
    static const QList<int> d = {60, 200, 450, 800, 1300, 2000};
    return d;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_programme;
    QString m_patient; // one whose GP letter can be written

private Q_SLOTS:
    void initTestCase()
    {
        m_programme = m_dir.filePath(QStringLiteral("p.etp"));
        auto r = testutil::kitetp({QStringLiteral("demo"), m_programme, QStringLiteral("--patients"), QStringLiteral("120")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString csv = m_dir.filePath(QStringLiteral("codes.csv"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), m_programme, QStringLiteral("-o"), csv});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QStringList lines = QString::fromUtf8(testutil::readAll(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (int i = 1; i < lines.size() && m_patient.isEmpty(); ++i) {
            const QString code = lines.at(i).section(QLatin1Char(';'), 0, 0);
            if (testutil::kitetp({QStringLiteral("export"), QStringLiteral("gp-letter"), m_programme, QStringLiteral("--patient"), code,
                                  QStringLiteral("-o"), m_dir.filePath(QStringLiteral("essai.pdf"))})
                    .status == 0)
                m_patient = code;
        }
        QVERIFY2(!m_patient.isEmpty(), "no patient of the demo may have a GP letter");
    }

    void demoAndNewAreWholeOrNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("1500")};
        QTest::newRow("new --template") << QStringList{QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("oncoplet")};
    }
    void demoAndNewAreWholeOrNothing()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("x.etp"));
        QStringList command = args;
        command.insert(1, target);
        const auto reference = testutil::kitetp(command);
        QVERIFY2(reference.status == 0, qPrintable(reference.err));
        const QString complete = counts(target);
        int killed = 0;
        for (int ms : delays()) {
            QFile::remove(target);
            QFile::remove(target + QStringLiteral(".lock"));
            killed += runAndKill(command, ms) ? 1 : 0;
            if (QFile::exists(target))
                QCOMPARE(counts(target), complete); // complete, and `check` passes
            // The retry is never refused with "existe déjà" for a part of a file; it cleans what the kill left.
            QFile::remove(target);
            QFile::remove(target + QStringLiteral(".lock"));
            const auto retry = testutil::kitetp(command);
            QVERIFY2(retry.status == 0, qPrintable(retry.err));
            QCOMPARE(counts(target), complete);
            QCOMPARE(buildTemporaries(dir.path()), QStringList());
        }
        QVERIFY2(killed > 0, "every run ended before its kill: the test did not test");
    }

    void everyExportIsAbsentOrComplete_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("name");
        const QString p = m_programme;
        QTest::newRow("guide") << QStringList{QStringLiteral("guide"), p, QStringLiteral("--conducteur"), QStringLiteral("C1")} << "guide.pdf";
        QTest::newRow("handout") << QStringList{QStringLiteral("handout"), p, QStringLiteral("--seance"), QStringLiteral("C1S1")} << "fiche.pdf";
        QTest::newRow("signin") << QStringList{QStringLiteral("signin"), p, QStringLiteral("--seance"), QStringLiteral("C1S1")} << "emargement.pdf";
        QTest::newRow("guides") << QStringList{QStringLiteral("guides"), p} << "guides.json";
        QTest::newRow("dossier") << QStringList{QStringLiteral("dossier"), p} << "dossier.pdf";
        QTest::newRow("leaflet") << QStringList{QStringLiteral("leaflet"), p} << "notice.pdf";
        QTest::newRow("card") << QStringList{QStringLiteral("card"), p} << "fiche.json";
        QTest::newRow("notification") << QStringList{QStringLiteral("notification"), p, QStringLiteral("--change"), QStringLiteral("funding")}
                                      << "notification.pdf";
        QTest::newRow("report") << QStringList{QStringLiteral("report"), p} << "rapport.pdf";
        QTest::newRow("patients") << QStringList{QStringLiteral("patients"), p, QStringLiteral("--with-identities")} << "patients.csv";
    }
    void everyExportIsAbsentOrComplete()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString target = dir.filePath(name);
        const QStringList command = QStringList{QStringLiteral("export")} + args + QStringList{QStringLiteral("-o"), target};
        const QString before = counts(m_programme);
        const auto reference = testutil::kitetp(command);
        QVERIFY2(reference.status == 0, qPrintable(reference.err));
        const QByteArray complete = withoutTimes(testutil::readAll(target));
        const bool pdf = name.endsWith(QLatin1String(".pdf"));
        const int pages = pdf ? testutil::pdfPages(target) : 0;
        for (int ms : delays()) {
            QFile::remove(target);
            runAndKill(command, ms);
            if (QFile::exists(target)) {
                if (pdf) // a PDF records when it was made: compare what a reader sees
                    QCOMPARE(testutil::pdfPages(target), pages);
                else
                    QCOMPARE(withoutTimes(testutil::readAll(target)), complete);
            }
        }
        QCOMPARE(counts(m_programme), before);
    }

    void theGpLetterIsAbsentOrComplete()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("lettre.pdf"));
        const QStringList command{QStringLiteral("export"), QStringLiteral("gp-letter"), m_programme, QStringLiteral("--patient"),
                                  m_patient, QStringLiteral("-o"), target};
        QCOMPARE(testutil::kitetp(command).status, 0);
        const int pages = testutil::pdfPages(target);
        QVERIFY(pages > 0);
        for (int ms : delays()) {
            QFile::remove(target);
            runAndKill(command, ms);
            if (QFile::exists(target))
                QCOMPARE(testutil::pdfPages(target), pages);
        }
    }

    void anImportKilledIsAllOrNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("patients") << QStringLiteral("patients");
        QTest::newRow("guides") << QStringLiteral("guides");
    }
    void anImportKilledIsAllOrNothing()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString programme = dir.filePath(QStringLiteral("cible.etp"));
        QCOMPARE(testutil::kitetp({QStringLiteral("new"), programme}).status, 0);
        QString source = dir.filePath(QStringLiteral("source"));
        QString table;
        qint64 expected = 0;
        if (kind == QLatin1String("patients")) {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("code;statut;site_cancer\r\n");
            expected = 15000;
            for (int i = 0; i < expected; ++i)
                f.write(QStringLiteral("K-%1;en cours;Côlon\r\n").arg(i, 6, 10, QLatin1Char('0')).toUtf8());
            table = QStringLiteral("patient");
        } else {
            QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("guides"), m_programme, QStringLiteral("-o"), source}).status, 0);
            table = QStringLiteral("seance");
            expected = tableCount(counts(m_programme), table);
            QVERIFY(expected > 0);
        }
        const QString empty = dir.filePath(QStringLiteral("vide.etp"));
        QVERIFY(QFile::copy(programme, empty));
        int killed = 0;
        for (int ms : delays()) {
            QFile::remove(programme);
            QFile::remove(programme + QStringLiteral("-journal"));
            QFile::remove(programme + QStringLiteral(".lock"));
            QVERIFY(QFile::copy(empty, programme));
            killed += runAndKill({QStringLiteral("import"), kind, programme, source}, ms) ? 1 : 0;
            // A kill inside the transaction leaves a hot journal that a read-only `check` will not replay (it says
            // so): the next opening for writing, as the window does, rolls it back.
            if (testutil::kitetp({QStringLiteral("check"), programme}).status != 0) {
                auto reopened = kitetp::ProgrammeFile::open(programme);
                QVERIFY2(!reopened.error, qPrintable(reopened.error.message()));
            }
            const QString after = counts(programme);
            const qint64 n = tableCount(after, table);
            QVERIFY2(n == 0 || n == expected, qPrintable(after));
        }
        QVERIFY2(killed > 0, "every import ended before its kill: the test did not test");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
