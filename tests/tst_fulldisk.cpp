// SPDX-License-Identifier: EUPL-1.2
// A full disk, for real: the test mounts a small tmpfs of its own (it needs root, as CI has), fills it, and checks
// that an export that no longer fits exits 1 with the window's message and leaves the previous file whole, and
// that an import that no longer fits changes nothing and leaves no hot journal. Without root or without mount,
// the test exits 77, which ctest reports as skipped (SKIP_RETURN_CODE), never as passed.
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace {

constexpr int skipped = 77;
QString mountPoint; // the small file system, set by main()

// Fills the file system with `filler` until ENOSPC, then frees `leave` bytes.
bool fill(const QString &filler, qint64 leave)
{
    const int fd = ::open(QFile::encodeName(filler).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray chunk(qsizetype(64) * 1024, 'x');
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::write(fd, chunk.constData(), size_t(chunk.size()));
        if (n <= 0)
            break;
        total += n;
    }
    const bool full = errno == ENOSPC;
    // Small writes to take the last partial pages too.
    for (;;) {
        const ssize_t n = ::write(fd, chunk.constData(), 512);
        if (n <= 0)
            break;
        total += n;
    }
    const bool ok = full && ::ftruncate(fd, total - leave) == 0;
    ::close(fd);
    return ok;
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QString checkCounts(const QString &programme)
{
    const auto r = testutil::kitetp({QStringLiteral("check"), programme});
    return QString::number(r.status) + QLatin1Char('\n') + r.out.section(QStringLiteral("Contenu"), 1);
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir; // on the ordinary disk
    QString m_programme;

private Q_SLOTS:
    void initTestCase()
    {
        m_programme = m_dir.filePath(QStringLiteral("p.etp"));
        const auto r = testutil::kitetp({QStringLiteral("demo"), m_programme, QStringLiteral("--patients"), QStringLiteral("300"),
                                         QStringLiteral("--years"), QStringLiteral("2")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void cleanup()
    {
        for (const QString &name : namesIn(mountPoint))
            QFile::remove(QDir(mountPoint).filePath(name));
    }

    void aFailedExportLeavesThePreviousFileWhole_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("target");
        QTest::newRow("patients with identities") << QStringList{QStringLiteral("patients"), QStringLiteral("--with-identities")}
                                                  << QStringLiteral("patients.csv");
        QTest::newRow("report") << QStringList{QStringLiteral("report")}
                                << QStringLiteral("rapport.pdf");
        QTest::newRow("report as ODT") << QStringList{QStringLiteral("report")} << QStringLiteral("rapport.odt");
        QTest::newRow("dossier") << QStringList{QStringLiteral("dossier")} << QStringLiteral("dossier.pdf");
        QTest::newRow("guides JSON") << QStringList{QStringLiteral("guides")} << QStringLiteral("guides.json");
        // libxlsxwriter writes its zip to a temporary file of the folder: its failure is caught, never a success.
        QTest::newRow("patients XLSX") << QStringList{QStringLiteral("patients"), QStringLiteral("--with-identities")}
                                       << QStringLiteral("patients.xlsx");
    }
    void aFailedExportLeavesThePreviousFileWhole()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, target);
        const QString out = QDir(mountPoint).filePath(target);
        QStringList command = QStringList{QStringLiteral("export"), args.takeFirst(), m_programme} + args;
        command << QStringLiteral("-o") << out;
        auto r = testutil::kitetp(command);
        QVERIFY2(r.status == 0, qPrintable(r.err)); // room enough: the previous file
        const QByteArray before = testutil::readAll(out);
        QVERIFY(before.size() > qsizetype(16) * 1024);

        QVERIFY(fill(QDir(mountPoint).filePath(QStringLiteral("remplissage")), qint64(8) * 1024));
        r = testutil::kitetp(command);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("disque plein")) && r.err.contains(QStringLiteral("est intact")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("crit")) && !r.out.contains(QStringLiteral("export")), qPrintable(r.out));
        QCOMPARE(QCryptographicHash::hash(testutil::readAll(out), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(before, QCryptographicHash::Sha256));
        // No temporary file left beside it.
        QStringList expected{QStringLiteral("remplissage"), target};
        expected.sort();
        QCOMPARE(namesIn(mountPoint), expected);
    }

    void aFailedImportChangesNothingAndLeavesNoHotJournal()
    {
        const QString programme = QDir(mountPoint).filePath(QStringLiteral("p.etp"));
        QVERIFY(QFile::copy(m_programme, programme));
        const QString before = checkCounts(programme);
        QVERIFY2(before.startsWith(QLatin1Char('0')), qPrintable(before));
        const QString csv = m_dir.filePath(QStringLiteral("nouveaux.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("code;statut;site_cancer;traitement;notes\r\n");
            for (int i = 0; i < 20000; ++i)
                f.write(QStringLiteral("N-%1;en cours;Sein;Capécitabine;%2\r\n").arg(i, 6, 10, QLatin1Char('0')).arg(QString(200, QLatin1Char('n'))).toUtf8());
        }
        QVERIFY(fill(QDir(mountPoint).filePath(QStringLiteral("remplissage")), qint64(64) * 1024));
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), programme, csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rien n'a été importé")), qPrintable(r.err));
        QVERIFY(!QFile::exists(programme + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(programme + QStringLiteral(".lock")));
        // A read-only command works at once, and finds the programme as it was.
        QCOMPARE(checkCounts(programme), before);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (::geteuid() != 0) {
        std::puts("SKIP: mounting a small tmpfs needs root (CI runs as root); the full-disk test did not run.");
        return skipped;
    }
    QTemporaryDir base;
    mountPoint = base.filePath(QStringLiteral("petit-disque"));
    QDir().mkpath(mountPoint);
    if (::mount("kitetp-test", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=24m,mode=0700") != 0) {
        std::printf("SKIP: cannot mount a tmpfs (%s); the full-disk test did not run.\n", std::strerror(errno));
        return skipped;
    }
    TestFullDisk test;
    const int status = QTest::qExec(&test, argc, argv);
    ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH);
    return status;
}

#include "tst_fulldisk.moc"
