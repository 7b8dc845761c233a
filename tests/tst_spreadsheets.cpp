// SPDX-License-Identifier: EUPL-1.2
// The tables Kit ETP exports, as the spreadsheets that read them see them: LibreOffice (soffice --headless) opens
// the CSV, re-saves it as a French user's LibreOffice does (two-digit years) and the file imports whole; the XLSX
// workbooks of the patients and of the indicators give back the CSV's rows, typed.
#include "core/Csv.h"
#include "patientfixture.h"
#include "storage/PatientCsv.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kitetp;

namespace {

// Converts `input` with LibreOffice headless into `outDir` (its own profile in `profile`); the converted file's path,
// or empty (and `why` says why).
QString soffice(const QString &input, const QString &outDir, const QString &profile, const QStringList &filter, QString *why)
{
    QProcess p;
    // A French user's LibreOffice: its locale chooses how dates are written back (08/01/24).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
    p.setProcessEnvironment(env);
    QStringList args = {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=file://") + profile};
    args << filter << QStringLiteral("--outdir") << outDir << input;
    p.start(QStringLiteral("soffice"), args);
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        *why = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    const QString out = QDir(outDir).filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".csv"));
    if (!QFile::exists(out))
        *why = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return QFile::exists(out) ? out : QString();
}

// LibreOffice's CSV export: ";" separator, '"' quotes, UTF-8 (76), from the first line; its import of a CSV
// (the same, read in French: 1036) recognises the dates as a French user's LibreOffice does.
const QStringList toCsv = {QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1")};
const QStringList frenchCsvIn = {QStringLiteral("--infilter=CSV:59,34,76,1,,1036")};

QList<QStringList> rowsOf(const QByteArray &csv)
{
    QList<QStringList> rows;
    for (const Csv::Record &r : Csv::parse(csv).records) {
        QStringList cells;
        for (const QString &c : r.cells)
            cells << Csv::unneutralise(c);
        rows << cells;
    }
    return rows;
}

QByteArray unzip(const QString &archive, const QString &member)
{
    QProcess p; // unzip (scripts/deps.sh)
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    return p.waitForFinished(60000) && p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

} // namespace

class TestSpreadsheets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;
    bool m_soffice = false;

    // A programme with the three patients of tests/data/csv (every step, objectives, a plan, an exit).
    QString programme(const QString &name)
    {
        PatientFixture f;
        if (!f.create(name))
            return {};
        f.file.reset();
        const QString path = QDir(m_dir.path()).filePath(name);
        if (!QFile::copy(f.path, path))
            return {};
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), path,
                                         testutil::data(QStringLiteral("csv/patients-entetes-francais.csv"))});
        return r.status == 0 ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("profil-libreoffice"));
        m_soffice = !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
        if (!m_soffice)
            qWarning("soffice (libreoffice-calc-nogui, scripts/deps.sh) is not installed: the tests that open files with "
                     "LibreOffice fail.");
    }

    // The export, opened and re-saved by LibreOffice in French: dates come back as 08/01/24, and the file imports
    // every row, giving back the same export.
    void aFileLibreOfficeResavedImportsWhole()
    {
        if (!m_soffice)
            QFAIL("soffice is not installed: scripts/deps.sh installs libreoffice-calc-nogui for the tests");
        const QString source = programme(QStringLiteral("source.etp"));
        QVERIFY(!source.isEmpty());
        const QString exported = m_dir.filePath(QStringLiteral("export.csv"));
        auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), source, QStringLiteral("--with-details"),
                                   QStringLiteral("-o"), exported});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString outDir = m_dir.filePath(QStringLiteral("libreoffice"));
        QVERIFY(QDir().mkpath(outDir));
        QString why;
        const QString resaved = soffice(exported, outDir, m_profile, frenchCsvIn + toCsv, &why);
        QVERIFY2(!resaved.isEmpty(), qPrintable(why));
        const QByteArray bytes = testutil::readAll(resaved);
        QVERIFY2(!bytes.startsWith("\xEF\xBB\xBF"), bytes.left(200).constData()); // LibreOffice writes no BOM
        QVERIFY2(QRegularExpression(QStringLiteral(";08/01/24;")).match(QString::fromUtf8(bytes)).hasMatch(), bytes.left(600).constData());

        PatientFixture empty;
        QVERIFY(empty.create(QStringLiteral("vide.etp")));
        empty.file.reset();
        r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), empty.path, resaved});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 patients importés")), qPrintable(r.out));
        const QString again = m_dir.filePath(QStringLiteral("encore.csv"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), empty.path, QStringLiteral("--with-details"),
                              QStringLiteral("-o"), again});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(rowsOf(testutil::readAll(again)), rowsOf(testutil::readAll(exported)));
    }

    // The patients' workbook: 0600, one sheet with the header frozen, dates as dates (serial numbers with a date
    // format), numbers as numbers; LibreOffice reads back the rows of the CSV export.
    void patientsWorkbookGivesBackTheRows()
    {
        const QString source = programme(QStringLiteral("classeur.etp"));
        QVERIFY(!source.isEmpty());
        const QString xlsx = m_dir.filePath(QStringLiteral("patients.xlsx"));
        const QString csv = m_dir.filePath(QStringLiteral("patients.csv"));
        for (const QString &out : {xlsx, csv}) {
            const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), source, QStringLiteral("--with-details"),
                                             QStringLiteral("-o"), out});
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        QCOMPARE(QFileInfo(xlsx).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(QFileInfo(xlsx).permissions() & QFile::ReadOwner);
        const QString sheet = QString::fromUtf8(unzip(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY2(sheet.contains(QStringLiteral("state=\"frozen\"")) && sheet.contains(QStringLiteral("ySplit=\"1\"")), qPrintable(sheet.left(800)));
        QVERIFY2(sheet.contains(QStringLiteral("<v>45299</v>")), qPrintable(sheet.left(2000))); // 08/01/2024, a date
        QVERIFY(QString::fromUtf8(unzip(xlsx, QStringLiteral("xl/workbook.xml"))).contains(QStringLiteral("name=\"Patients\"")));
        if (!m_soffice)
            QFAIL("soffice is not installed: scripts/deps.sh installs libreoffice-calc-nogui for the tests");
        const QString outDir = m_dir.filePath(QStringLiteral("depuis-xlsx"));
        QVERIFY(QDir().mkpath(outDir));
        QString why;
        const QString back = soffice(xlsx, outDir, m_profile, toCsv, &why);
        QVERIFY2(!back.isEmpty(), qPrintable(why));
        const QList<QStringList> fromXlsx = rowsOf(testutil::readAll(back));
        const QList<QStringList> fromCsv = rowsOf(testutil::readAll(csv));
        QCOMPARE(fromXlsx.size(), 4);
        QCOMPARE(fromXlsx, fromCsv);
    }

    // The indicators' workbook gives back the rows of the French CSV, values as numbers; no identity.
    void indicatorsWorkbookGivesBackTheRows()
    {
        const QString source = programme(QStringLiteral("indicateurs.etp"));
        QVERIFY(!source.isEmpty());
        const QString xlsx = m_dir.filePath(QStringLiteral("indicateurs.xlsx"));
        const QString csv = m_dir.filePath(QStringLiteral("indicateurs.csv"));
        for (const QString &out : {xlsx, csv}) {
            const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("indicators"), source, QStringLiteral("--calendar"),
                                             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), out});
            QVERIFY2(r.status == 0, qPrintable(r.err));
        }
        const QByteArray sheet = unzip(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(!sheet.contains("Sein") && !sheet.contains("P-2024-"));
        if (!m_soffice)
            QFAIL("soffice is not installed: scripts/deps.sh installs libreoffice-calc-nogui for the tests");
        const QString outDir = m_dir.filePath(QStringLiteral("indicateurs-xlsx"));
        QVERIFY(QDir().mkpath(outDir));
        QString why;
        const QString back = soffice(xlsx, outDir, m_profile, toCsv, &why);
        QVERIFY2(!back.isEmpty(), qPrintable(why));
        const QList<QStringList> fromXlsx = rowsOf(testutil::readAll(back));
        const QList<QStringList> fromCsv = rowsOf(testutil::readAll(csv));
        QCOMPARE(fromXlsx.size(), fromCsv.size());
        QVERIFY(fromCsv.size() > 20);
        for (int i = 1; i < fromCsv.size(); ++i) {
            QCOMPARE(fromXlsx.at(i).value(10), fromCsv.at(i).value(10)); // the key
            QCOMPARE(fromXlsx.at(i).value(0), fromCsv.at(i).value(0));   // the date, dd/mm/yyyy
            // The value: a number for LibreOffice (written with its locale's decimal point), the same as the CSV's.
            const QString value = fromCsv.at(i).value(5);
            if (!value.isEmpty())
                QCOMPARE(fromXlsx.at(i).value(5).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(),
                         QString(value).replace(QLatin1Char(','), QLatin1Char('.')).toDouble());
        }
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheets)
#include "tst_spreadsheets.moc"
