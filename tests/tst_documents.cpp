// SPDX-License-Identifier: EUPL-1.2
// PaperDocument: what every printed document shares — pages, header and footer, page numbers, literal user text.
#include "core/Html.h"
#include "documents/Letterhead.h"
#include "documents/PaperDocument.h"
#include "storage/AssetStore.h"
#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include "testutil.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kitetp;

namespace {
// Images embedded in a PDF, from `pdfimages -list`.
int imageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    return int(QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2;
}
} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPdfCarriesBodyHeaderFooterAndPageNumbers()
    {
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("KITETP_KEEP_OUTPUT"));
        PaperDocument doc(QStringLiteral("Guide d'animation"));
        doc.setHeader(QStringLiteral("ONCOPLET — Centre fictif"), QStringLiteral("23 novembre 2026"));
        const QString userTitle = QStringLiteral("<b>Séance</b> & <script>alert(1)</script> « œuvre »");
        QString body = QStringLiteral("<h1>%1</h1><p>Première page : profil fictif, flacon.</p>").arg(Html::escape(userTitle));
        body += QStringLiteral("<h2 class=\"pagebreak\" style=\"page-break-before: always\">Deuxième partie</h2><p>Suite.</p>");
        doc.setBodyHtml(body);
        const QString pdf = dir.filePath(QStringLiteral("guide.pdf"));
        QVERIFY(!doc.writePdf(pdf));
        QCOMPARE(testutil::pdfPages(pdf), 2);
        QCOMPARE(doc.pageCount(), 2);
        const QString text = testutil::pdfText(pdf);
        // Long titles wrap: compare without white space.
        QString flat = text;
        flat.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(flat.contains(QStringLiteral("<b>Séance</b>&<script>alert(1)</script>«œuvre»")), qPrintable(text));
        // Each page's text holds only what is printed on it.
        QCOMPARE(text.count(QStringLiteral("Deuxième partie")), 1);
        QVERIFY(text.contains(QStringLiteral("ONCOPLET — Centre fictif")));
        QVERIFY2(text.contains(QStringLiteral("profil fictif, flacon")), "no ligatures in the text layer");
        QVERIFY(text.contains(QStringLiteral("Page 1 / 2")));
        QVERIFY(text.contains(QStringLiteral("Page 2 / 2")));
        QVERIFY(text.contains(QStringLiteral("Guide d'animation")));
    }

    void headingsKnowTheirPages()
    {
        PaperDocument doc(QStringLiteral("Dossier"));
        QString body = QStringLiteral("<h1>Sommaire</h1>");
        for (int i = 1; i <= 3; ++i)
            body += QStringLiteral("<h2 style=\"page-break-before: always\">Partie %1</h2><p>Texte.</p>").arg(i);
        doc.setBodyHtml(body);
        const auto headings = doc.headings();
        QCOMPARE(headings.size(), 4);
        QCOMPARE(headings.at(0).page, 1);
        QCOMPARE(headings.at(1).text, QStringLiteral("Partie 1"));
        QCOMPARE(headings.at(1).page, 2);
        QCOMPARE(headings.at(3).page, 4);
        QCOMPARE(doc.pageCount(), 4);
    }

    void longDocumentsFlowOntoPages()
    {
        PaperDocument doc(QStringLiteral("Long"));
        QString body;
        for (int i = 0; i < 400; ++i)
            body += QStringLiteral("<p>Ligne %1 du document.</p>").arg(i);
        doc.setBodyHtml(body);
        QVERIFY(doc.pageCount() > 3);
        doc.setBaseFontSize(14);
        const int bigger = doc.pageCount();
        doc.setBaseFontSize(10.5);
        QVERIFY(bigger > doc.pageCount());
    }

    void theLetterheadNamesTheProgrammeAndShowsTheLogo()
    {
        QTemporaryDir dir;
        auto created = ProgrammeFile::create(dir.filePath(QStringLiteral("p.etp")));
        QVERIFY(!created.error);
        ProgrammeFile &file = *created.file;
        QVERIFY(!FieldStore(file).setValues({{QStringLiteral("programme.title"), QStringLiteral("ONCOPLET <i>test</i>")},
                                             {QStringLiteral("structure.name"), QStringLiteral("CHU fictif")}}));
        const QString pdf = dir.filePath(QStringLiteral("sans-logo.pdf"));
        PaperDocument doc(QStringLiteral("Document"));
        doc.setBodyHtml(QStringLiteral("<p>Corps.</p>"));
        Letterhead::apply(doc, file);
        QVERIFY(!doc.writePdf(pdf));
        QVERIFY(testutil::pdfText(pdf).contains(QStringLiteral("ONCOPLET <i>test</i> — CHU fictif")));
        QCOMPARE(imageCount(pdf), 0);

        QImage logo(200, 80, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        QVERIFY(!AssetStore(file).set(AssetStore::logoKey(), QStringLiteral("image/png"), png));
        PaperDocument withLogo(QStringLiteral("Document"));
        withLogo.setBodyHtml(QStringLiteral("<p>Corps.</p>"));
        Letterhead::apply(withLogo, file);
        const QString pdf2 = dir.filePath(QStringLiteral("logo.pdf"));
        QVERIFY(!withLogo.writePdf(pdf2));
        QCOMPARE(imageCount(pdf2), 1);
    }

    void personalPdfsAreReadableByTheirOwnerOnly()
    {
        QTemporaryDir dir;
        PaperDocument doc(QStringLiteral("Lettre"));
        doc.setBodyHtml(QStringLiteral("<p>Données de santé.</p>"));
        const QString pdf = dir.filePath(QStringLiteral("lettre.pdf"));
        QVERIFY(!doc.writePdf(pdf, PaperDocument::Privacy::Personal));
        QCOMPARE(int(QFile::permissions(pdf) & 0x7077), int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void aPdfThatCannotBeWrittenIsReportedAndNothingIsLeft()
    {
        PaperDocument doc(QStringLiteral("X"));
        doc.setBodyHtml(QStringLiteral("<p>x</p>"));
        const FileError e = doc.writePdf(QStringLiteral("/nonexistent-folder/x.pdf"));
        QVERIFY(e.isError());
        QVERIFY(!e.message().isEmpty());
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
