// SPDX-License-Identifier: EUPL-1.2
// The documents' two other shapes, through the real command line: ODT (for a word processor), read back by
// LibreOffice headless, must give the same key text as pdftotext gives from the PDF of the same document; PDFs carry
// their title, author (the structure), subject (the programme), language and creation date, in the information
// dictionary (pdfinfo) and in XMP (pdfinfo -meta), with the PDF/A-1b identification and sRGB output intent (qpdf)
// except on the dossier with attached pieces. No validator of PDF/A exists in Debian 12 (no veraPDF package): these
// checks are what can be checked (docs/documents.md).
#include "patientfixture.h"
#include "testutil.h"

#include "storage/AssetStore.h"
#include "storage/FieldStore.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace kitetp;

namespace {

const QString programmeTitle = QStringLiteral("Programme « Oncologie orale »");
const QString structure = QStringLiteral("CHU Exemple — Hôpital de jour");
const QString patient = QStringLiteral("P-2025-0001");

QString flat(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

// Runs a tool; its standard output, or a null string (with the reason printed) when it could not run or failed.
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPaperFormats : public QObject
{
    Q_OBJECT
    PatientFixture m_f;
    QString m_soffice;
    QTemporaryDir m_profile; // LibreOffice's user profile, away from the home folder

    QString path(const QString &name) const { return m_f.dir.filePath(name); }

    // The text LibreOffice reads from an ODT (soffice --headless --convert-to txt), empty when it cannot.
    QString odtText(const QString &odt)
    {
        const QString outDir = path(QStringLiteral("txt"));
        const QString txt = QDir(outDir).filePath(QFileInfo(odt).completeBaseName() + QStringLiteral(".txt"));
        QFile::remove(txt);
        run(m_soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_profile.path()).toString(),
                        QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt:Text (encoded):UTF8"),
                        QStringLiteral("--outdir"), outDir, odt});
        return flat(QString::fromUtf8(testutil::readAll(txt)));
    }

    // pdfinfo's "Key: value" lines as a map.
    static QHash<QString, QString> pdfInfo(const QString &pdf)
    {
        QHash<QString, QString> info;
        for (const QString &line : run(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n')))
            if (const int colon = line.indexOf(QLatin1Char(':')); colon > 0)
                info.insert(line.left(colon), line.mid(colon + 1).trimmed());
        return info;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        QVERIFY2(!m_soffice.isEmpty(), "LibreOffice (soffice) is missing: scripts/deps.sh test installs libreoffice-writer-nogui");
        QVERIFY(m_f.create());
        QVERIFY(!FieldStore(*m_f.file).setValues({{QStringLiteral("programme.title"), programmeTitle},
                                                  {QStringLiteral("structure.name"), structure},
                                                  {QStringLiteral("contact.name"), QStringLiteral("Hélène Exemple")}}));
        QImage logo(120, 60, QImage::Format_RGB32);
        logo.fill(QColor(0x20, 0x60, 0xa0));
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && logo.save(&buffer, "PNG"));
        QVERIFY(!AssetStore(*m_f.file).set(AssetStore::logoKey(), QStringLiteral("image/png"), png));
        const qint64 id = m_f.addPatient(patient);
        QVERIFY(id > 0);
        QVERIFY(m_f.addEvent(id, PathEvent::Kind::ConsentShare, {2025, 1, 10}));
        QVERIFY(m_f.addEvent(id, PathEvent::Kind::Assessment, {2025, 1, 20}));
        m_f.file.reset();
    }

    void odtGivesTheTextOfThePdf_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<bool>("personal");
        const QString p = m_f.path;
        QTest::newRow("leader's guide") << QStringList{"guide", p, "--seance", "C1S2"}
                                        << QStringList{"C1S2", "Connaissance et gestion du traitement oral", "Objectifs pédagogiques"} << false;
        QTest::newRow("handout") << QStringList{"handout", p, "--seance", "C2S1"}
                                 << QStringList{"Prévenir les effets secondaires", "Hélène Exemple"} << false;
        QTest::newRow("sign-in sheet") << QStringList{"signin", p, "--seance", "C1S1", "--participant", patient}
                                       << QStringList{"Feuille d'émargement", "Connaissance de la maladie", patient} << true;
        QTest::newRow("GP letter") << QStringList{"gp-letter", p, "--patient", patient}
                                   << QStringList{"Votre patient(e) P-2025-0001 a participé"} << true;
        QTest::newRow("notification") << QStringList{"notification", p, "--change", "coordinator", "--previous", "Ancienne Coordinatrice"}
                                      << QStringList{"Objet : notification d'un changement de coordonnateur", "Ancienne Coordinatrice"}
                                      << false;
        QTest::newRow("cessation") << QStringList{"cessation", p, "--stop", "2025-06-30"} << QStringList{"arrêt", "30 juin 2025"} << false;
        QTest::newRow("leaflet") << QStringList{"leaflet", p} << QStringList{"Ce que le programme propose", "Hélène Exemple"} << false;
        QTest::newRow("checklist") << QStringList{"checklist", p} << QStringList{"Vérification de complétude"} << false;
        QTest::newRow("card") << QStringList{"card", p} << QStringList{"Problème de santé", "Séances décrites", "Hélène Exemple"} << false;
        QTest::newRow("annual report") << QStringList{"report", p, "--year", "2025", "--calendar"}
                                       << QStringList{"2025", "Auto-évaluation"} << false;
    }
    void odtGivesTheTextOfThePdf()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, keys);
        QFETCH(bool, personal);
        const QString base = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QLatin1Char('\''));
        const QString pdf = path(base + QStringLiteral(".pdf"));
        const QString odt = path(base + QStringLiteral(".odt"));
        const QStringList command = QStringList{QStringLiteral("export")} + args;
        auto r = testutil::kitetp(command + QStringList{QStringLiteral("-o"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = testutil::kitetp(command + QStringList{QStringLiteral("-o"), odt});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(odt), qPrintable(r.out));
        const QString fromPdf = flat(testutil::pdfText(pdf));
        const QString fromOdt = odtText(odt);
        QVERIFY2(!fromOdt.isEmpty(), "LibreOffice read no text from the ODT");
        for (const QString &key : keys) {
            QVERIFY2(fromPdf.contains(key), qPrintable(key + QStringLiteral(" not in the PDF: ") + fromPdf.left(400)));
            QVERIFY2(fromOdt.contains(key), qPrintable(key + QStringLiteral(" not in the ODT: ") + fromOdt.left(400)));
        }
        // Qt writes a cell's `vertical-align: top` on its characters as text-position 100%: superscript in a word
        // processor. None is left.
        const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QVERIFY(content.contains(QStringLiteral("office:document-content")));
        QVERIFY2(!content.contains(QStringLiteral("style:text-position=\"100%\"")), "raised text in the ODT");
        // The letterhead, a page header in the PDF, is the ODT's first line.
        QVERIFY2(fromOdt.startsWith(programmeTitle + QStringLiteral(" — ") + structure), qPrintable(fromOdt.left(200)));
        const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (personal)
            QVERIFY2(!(QFileInfo(odt).permissions() & others), "an ODT with patient data is readable by its owner only");
    }

    void odtEmbedsTheLogo()
    {
        const QString odt = path(QStringLiteral("logo.odt"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("handout"), m_f.path, QStringLiteral("--seance"),
                                         QStringLiteral("C1S1"), QStringLiteral("-o"), odt});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
        QVERIFY2(listing.contains(QStringLiteral("content.xml")) && listing.contains(QStringLiteral("Pictures/")), qPrintable(listing));
    }

    void theDossierIsPdfOnly()
    {
        const QString odt = path(QStringLiteral("dossier.odt"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), m_f.path, QStringLiteral("-o"), odt});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("ce document n'existe qu'en PDF")), qPrintable(r.err));
        QVERIFY(!QFile::exists(odt));
    }

    void pdfCarriesItsMetadataAndPdfA_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Fiche patient C1S1");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Patient handout C1S1");
    }
    void pdfCarriesItsMetadataAndPdfA()
    {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        const QString pdf = path(QStringLiteral("meta-%1.pdf").arg(lang));
        const auto r = testutil::kitetp({QStringLiteral("--lang"), lang, QStringLiteral("export"), QStringLiteral("handout"), m_f.path,
                                         QStringLiteral("--seance"), QStringLiteral("C1S1"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto info = pdfInfo(pdf);
        QCOMPARE(info.value(QStringLiteral("Title")), title);
        QCOMPARE(info.value(QStringLiteral("Author")), structure);
        QCOMPARE(info.value(QStringLiteral("Subject")), programmeTitle);
        QCOMPARE(info.value(QStringLiteral("Creator")), QStringLiteral("Kit ETP"));
        QVERIFY2(info.value(QStringLiteral("CreationDate")).contains(QString::number(QDate::currentDate().year())),
                 qPrintable(info.value(QStringLiteral("CreationDate"))));
        QCOMPARE(info.value(QStringLiteral("PDF version")), QStringLiteral("1.4"));

        const QString xmp = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY2(xmp.contains(QStringLiteral("<dc:language>")) && xmp.contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(lang)),
                 qPrintable(xmp));
        QVERIFY2(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")) && xmp.contains(QStringLiteral("<pdfaid:conformance>B<")),
                 qPrintable(xmp));
        QVERIFY2(xmp.contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(structure)), qPrintable(xmp));
        QVERIFY2(xmp.contains(QStringLiteral("<rdf:li xml:lang=\"x-default\">%1</rdf:li>").arg(title)), qPrintable(xmp));

        // qpdf: the catalog's language, the sRGB output intent of PDF/A, the metadata stream left unfiltered.
        const QJsonObject objects = QJsonDocument::fromJson(run(QStringLiteral("qpdf"), {QStringLiteral("--json"), pdf}).toUtf8())
                                        .object()
                                        .value(QStringLiteral("qpdf"))
                                        .toArray()
                                        .at(1)
                                        .toObject();
        QVERIFY(!objects.isEmpty());
        QJsonObject catalog;
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonObject value = it.value().toObject().value(QStringLiteral("value")).toObject();
            if (value.value(QStringLiteral("/Type")) == QStringLiteral("/Catalog"))
                catalog = value;
        }
        QCOMPARE(catalog.value(QStringLiteral("/Lang")).toString(), QStringLiteral("u:") + lang);
        const QJsonArray intents = catalog.value(QStringLiteral("/OutputIntents")).toArray();
        QCOMPARE(intents.size(), 1);
        const QJsonObject intent = objects.value(QStringLiteral("obj:") + intents.at(0).toString()).toObject().value(QStringLiteral("value")).toObject();
        QCOMPARE(intent.value(QStringLiteral("/S")).toString(), QStringLiteral("/GTS_PDFA1"));
        const QJsonObject metadata = objects.value(QStringLiteral("obj:") + catalog.value(QStringLiteral("/Metadata")).toString()).toObject();
        QVERIFY(!metadata.value(QStringLiteral("stream")).toObject().value(QStringLiteral("dict")).toObject().contains(QStringLiteral("/Filter")));
    }

    void theDossierWithPiecesKeepsItsMetadataButClaimsNoPdfA()
    {
        const QString piece = path(QStringLiteral("piece.pdf"));
        auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("leaflet"), m_f.path, QStringLiteral("-o"), piece});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = testutil::kitetp({QStringLiteral("attach"), m_f.path, QStringLiteral("charter"), piece, QStringLiteral("--member"),
                              QStringLiteral("Infirmière Fictive")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString dossier = path(QStringLiteral("dossier.pdf"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), m_f.path, QStringLiteral("-o"), dossier});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(flat(testutil::pdfText(dossier)).contains(QStringLiteral("Ce que le programme propose"))); // the piece is in
        const auto info = pdfInfo(dossier);
        QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Dossier de déclaration à l'ARS"));
        QCOMPARE(info.value(QStringLiteral("Author")), structure);
        QCOMPARE(info.value(QStringLiteral("Subject")), programmeTitle);
        const QString xmp = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), dossier});
        QVERIFY2(xmp.contains(QStringLiteral("<rdf:li>fr</rdf:li>")), qPrintable(xmp));
        QVERIFY2(!xmp.contains(QStringLiteral("pdfaid")), qPrintable(xmp));
    }

    // A piece attached as an image becomes a PDF of its own in the pieces folder, titled and dated like the others.
    void anImagePieceBecomesAPdfWithItsTitle()
    {
        const QString png = path(QStringLiteral("scan.png"));
        QImage scan(200, 280, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QVERIFY(scan.save(png, "PNG"));
        auto r = testutil::kitetp({QStringLiteral("attach"), m_f.path, QStringLiteral("other"), png, QStringLiteral("--title"),
                                   QStringLiteral("Convention de partenariat")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString folder = path(QStringLiteral("pieces"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("pieces"), m_f.path, QStringLiteral("-o"), folder});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QStringList found = QDir(folder).entryList({QStringLiteral("*convention-de-partenariat*.pdf")});
        QCOMPARE(found.size(), 1);
        const auto info = pdfInfo(QDir(folder).filePath(found.constFirst()));
        QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Convention de partenariat"));
        QVERIFY(!info.value(QStringLiteral("CreationDate")).isEmpty());
        const QString xmp = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), QDir(folder).filePath(found.constFirst())});
        QVERIFY2(xmp.contains(QStringLiteral("<rdf:li>fr</rdf:li>")) && !xmp.contains(QStringLiteral("pdfaid")), qPrintable(xmp));
    }
};

QTEST_GUILESS_MAIN(TestPaperFormats)
#include "tst_paper_formats.moc"
