// SPDX-License-Identifier: EUPL-1.2
// What the exports write and where: patient data private whatever the umask, the pseudonymous CSV without its
// quasi-identifiers unless --with-details, no formula in the indicators CSV, and paths that are not regular files
// (devices, FIFOs, folders) refused as outputs and as inputs, with a message and exit status 1.
#include "core/Team.h"
#include "patientfixture.h"
#include "storage/FileLock.h"
#include "storage/OutputFile.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"
#include "testutil.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace kitetp;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// A programme with one patient whose GP, referrer and dates are known.
bool makePatient(PatientFixture &f)
{
    if (!f.create())
        return false;
    Patient p;
    p.code = QStringLiteral("P-2025-0001");
    p.cancerSite = QStringLiteral("Sein");
    p.referringPhysician = QStringLiteral("Dr Adresseur Fictif");
    p.gpName = QStringLiteral("Dr Traitant Fictif");
    p.gpAddress = QStringLiteral("12 rue Imaginaire, 44000 Nantes");
    if (PatientStore(*f.file).add(p))
        return false;
    return f.addEvent(p.id, PathEvent::Kind::Proposal, QDate(2025, 3, 14)) &&
           f.addEvent(p.id, PathEvent::Kind::ConsentEntry, QDate(2025, 3, 17));
}

} // namespace

class TestOutputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePseudonymousCsvIsPrivateAndCoarse()
    {
        PatientFixture f;
        QVERIFY(makePatient(f));
        f.file.reset();
        const QString csv = f.dir.filePath(QStringLiteral("pseudo.csv"));
        const mode_t old = ::umask(0);
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), f.path, QStringLiteral("-o"), csv});
        ::umask(old);
        QCOMPARE(r.status, 0);
        QCOMPARE(modeOf(csv), mode_t(0600));
        const QString text = QString::fromUtf8(testutil::readAll(csv));
        QVERIFY(text.contains(QStringLiteral("P-2025-0001")));
        for (const QString &gone : {QStringLiteral("Adresseur"), QStringLiteral("Traitant Fictif"), QStringLiteral("rue Imaginaire"),
                                    QStringLiteral("medecin_traitant"), QStringLiteral("14/03/2025"), QStringLiteral("17/03/2025")})
            QVERIFY2(!text.contains(gone), qPrintable(gone));
        QVERIFY(text.contains(QStringLiteral("03/2025")));

        const QString detailed = f.dir.filePath(QStringLiteral("details.csv"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), f.path, QStringLiteral("--with-details"),
                                   QStringLiteral("-o"), detailed})
                     .status,
                 0);
        QCOMPARE(modeOf(detailed), mode_t(0600));
        const QString full = QString::fromUtf8(testutil::readAll(detailed));
        for (const QString &kept : {QStringLiteral("Dr Adresseur Fictif"), QStringLiteral("Dr Traitant Fictif"),
                                    QStringLiteral("12 rue Imaginaire"), QStringLiteral("14/03/2025")})
            QVERIFY2(full.contains(kept), qPrintable(kept));
        QVERIFY(!full.contains(QStringLiteral("prenom"))); // still no identities
    }

    void everyPersonalOutputIsPrivateWhateverTheUmask()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(0);
        const QString personal = dir.filePath(QStringLiteral("perso.csv"));
        const QString shared = dir.filePath(QStringLiteral("guide.json"));
        const FileError a = OutputFile::save(personal, "x", OutputFile::Privacy::Personal);
        const FileError b = OutputFile::save(shared, "y");
        // Replacing a file readable by all keeps it private too.
        QFile::setPermissions(personal, QFileDevice::Permissions(0x6666));
        const FileError c = OutputFile::save(personal, "z", OutputFile::Privacy::Personal);
        ::umask(old);
        QVERIFY(!a && !b && !c);
        QCOMPARE(modeOf(personal), mode_t(0600));
        QCOMPARE(testutil::readAll(personal), QByteArray("z"));
        QCOMPARE(modeOf(shared), mode_t(0666)); // no patient data: the umask decides
    }

    void indicatorsCsvNeutralisesFormulas()
    {
        PatientFixture f;
        QVERIFY(f.create());
        TeamMember m;
        m.name = QStringLiteral("Membre piégé");
        m.profession = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"clic\")");
        QVERIFY(!TeamStore(*f.file).add(m));
        // The team is counted as of the period: the member facilitates a session of this year.
        Session s;
        s.seanceId = f.seances.first();
        s.startsAt = QDateTime(QDate(QDate::currentDate().year(), 1, 15), QTime(10, 0));
        s.durationMin = 120;
        s.capacity = 8;
        s.facilitatorIds = {m.id};
        QVERIFY(!SessionStore(*f.file).add(s));
        f.file.reset();
        for (const auto &[format, separator] : {std::pair{QStringLiteral("csv-machine"), QLatin1Char(',')}, std::pair{QStringLiteral("csv"), QLatin1Char(';')}}) {
            const auto r = testutil::kitetp({QStringLiteral("indicators"), f.path, QStringLiteral("--format"), format,
                                             QStringLiteral("--calendar")});
            QCOMPARE(r.status, 0);
            QVERIFY2(r.out.contains(QStringLiteral("'=HYPERLINK(")), qPrintable(r.out));
            for (const QString &line : r.out.split(QLatin1Char('\n')))
                for (QString cell : line.split(separator)) {
                    if (cell.startsWith(QLatin1Char('"')))
                        cell.remove(0, 1);
                    QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('@')), qPrintable(line));
                }
        }
    }

    void outputsThatAreNotRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("FIFO") << QStringLiteral("fifo");
        QTest::newRow("folder") << QStringLiteral("folder");
        if (::geteuid() == 0) // CI runs as root
            QTest::newRow("device node") << QStringLiteral("device");
        else
            qInfo("The device-node row needs root to create a device node: it is not run (and not counted).");
    }
    void outputsThatAreNotRegularFilesAreRefused()
    {
        QFETCH(QString, kind);
        PatientFixture f;
        QVERIFY(makePatient(f));
        f.file.reset();
        const QString target = f.dir.filePath(QStringLiteral("cible"));
        if (kind == QLatin1String("fifo")) {
            QVERIFY(::mkfifo(QFile::encodeName(target).constData(), 0600) == 0);
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkdir(target));
        } else {
            QVERIFY(::mknod(QFile::encodeName(target).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0); // like /dev/null
        }
        for (const QStringList &args : {QStringList{QStringLiteral("patients"), f.path},
                                        QStringList{QStringLiteral("dossier"), f.path},
                                        QStringList{QStringLiteral("guides"), f.path}}) {
            QElapsedTimer t;
            t.start();
            const auto r = testutil::kitetp(QStringList{QStringLiteral("export")} + args + QStringList{QStringLiteral("-o"), target});
            QCOMPARE(r.status, 1);
            QVERIFY2(r.err.contains(QStringLiteral("pas un fichier ordinaire")), qPrintable(r.err));
            QVERIFY(t.elapsed() < 60000);
        }
        struct stat st {};
        QVERIFY(::lstat(QFile::encodeName(target).constData(), &st) == 0);
        QVERIFY(kind != QLatin1String("fifo") || S_ISFIFO(st.st_mode));
        QVERIFY(kind != QLatin1String("folder") || S_ISDIR(st.st_mode));
        QVERIFY(kind != QLatin1String("device") || S_ISCHR(st.st_mode));
    }

    void inputsThatAreNotRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("source");
        QTest::newRow("patients from /dev/zero") << QStringLiteral("patients") << QStringLiteral("/dev/zero");
        QTest::newRow("guides from /dev/zero") << QStringLiteral("guides") << QStringLiteral("/dev/zero");
        QTest::newRow("patients from a FIFO") << QStringLiteral("patients") << QStringLiteral("fifo");
        QTest::newRow("patients from a folder") << QStringLiteral("patients") << QStringLiteral("folder");
    }
    void inputsThatAreNotRegularFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, source);
        PatientFixture f;
        QVERIFY(makePatient(f));
        f.file.reset();
        if (source == QLatin1String("fifo")) {
            source = f.dir.filePath(QStringLiteral("tube"));
            QVERIFY(::mkfifo(QFile::encodeName(source).constData(), 0600) == 0);
        } else if (source == QLatin1String("folder")) {
            source = f.dir.path();
        }
        const QByteArray before = testutil::readAll(f.path);
        const auto r = testutil::kitetp({QStringLiteral("import"), kind, f.path, source});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("pas un fichier ordinaire")), qPrintable(r.err));
        QVERIFY(!QFile::exists(FileLock::lockPathFor(f.path)));
        QCOMPARE(testutil::readAll(f.path), before);
    }

    void aProgrammePathThatIsAFifoIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("tube.etp"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const auto r = testutil::kitetp({QStringLiteral("check"), fifo});
        QCOMPARE(r.status, 1);
        QVERIFY(isFifo(fifo));
    }
};

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
