// SPDX-License-Identifier: EUPL-1.2
// The guides' paper, through the real command line (the same builders as the window): leader's guide for a
// conducteur and a séance, patient handout, sign-in sheet. Checks pages, headings, steps, accents and that
// markup in a title comes out as literal text.
#include "testutil.h"

#include "demo/Templates.h"
#include "documents/HandoutDocument.h"
#include "documents/PageSetup.h"
#include "documents/SignInSheetDocument.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kitetp;

namespace {
const QString markup = QStringLiteral("<b>Gras</b> & <script>alert(1)</script> été");

// pdftotext gives ligatures (« ﬁ », « ﬀ ») as single characters, and -layout breaks lines: compare flattened text.
QString flat(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}
} // namespace

class TestGuideDocuments : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_etp;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString exportPdf(const QStringList &args, const QString &name, int *pages)
    {
        const QString out = path(name);
        const auto run = testutil::kitetp(QStringList{"export"} + args + QStringList{"-o", out});
        if (run.status != 0)
            qWarning("%s", qPrintable(run.err));
        *pages = testutil::pdfPages(out);
        return flat(testutil::pdfText(out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_etp = path("guides.etp");
        auto created = ProgrammeFile::create(m_etp);
        QVERIFY(!created.error);
        QVERIFY(!Templates::apply(*created.file, QStringLiteral("oncoplet")));
        FieldStore fields(*created.file);
        QVERIFY(!fields.setValues({{QStringLiteral("programme.title"), QStringLiteral("Programme « Oncologie orale »")},
                                   {QStringLiteral("contact.name"), QStringLiteral("Hélène Exemple")},
                                   {QStringLiteral("contact.phone"), QStringLiteral("02 00 00 00 00")}}));
        GuideStore store(*created.file);
        Seance s = *store.seanceByCode(QStringLiteral("C3S3"));
        s.title = markup;
        s.keyMessages << QStringLiteral("Message <i>penché</i> & sûr");
        QVERIFY(!store.updateSeance(s));
    }

    void seanceGuideHasEveryPartAndEveryStep()
    {
        int pages = 0;
        const QString text = exportPdf({"guide", m_etp, "--seance", "C1S2"}, "c1s2.pdf", &pages);
        QVERIFY2(pages >= 2 && pages <= 5, qPrintable(QString::number(pages)));
        for (const char *heading : {"C1S2 — Connaissance et gestion du", "Objectifs pédagogiques", "Compétences visées", "Minutage",
                                    "Matériel à préparer", "Déroulé pas à pas", "Grille d'évaluation", "Messages clés", "Sources",
                                    "Programme « Oncologie orale »", "Page 1 / "})
            QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
        auto file = ProgrammeFile::open(m_etp, ProgrammeFile::Mode::ReadOnly);
        const Seance s = *GuideStore(*file.file).seanceByCode(QStringLiteral("C1S2"));
        for (int i = 0; i < s.steps.size(); ++i) {
            QVERIFY2(flat(text).contains(QStringLiteral("Étape %1 — ").arg(i + 1)), qPrintable(QString::number(i)));
            QVERIFY2(flat(text).contains(flat(s.steps[i].activity)), qPrintable(s.steps[i].activity));
        }
        QVERIFY(text.contains(QStringLiteral("Total")));
        QVERIFY(text.contains(QStringLiteral("1:45 – 2:00")));
        QVERIFY(!text.contains(QStringLiteral("Attention : les étapes durent")));
    }

    void conducteurGuideHasACoverAndEverySeance()
    {
        int pages = 0;
        const QString text = exportPdf({"guide", m_etp, "--conducteur", "C2"}, "c2.pdf", &pages);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(QStringLiteral("C2 — Gestion des effets secondaires")));
        QVERIFY(text.contains(QStringLiteral("C2S1 — Prévenir les effets secondaires")));
        QVERIFY(text.contains(QStringLiteral("C2S2 — Conduites à tenir et personnes ressources")));
    }

    void markupInTitlesIsPrintedLiterally()
    {
        int pages = 0;
        for (const QStringList &args : {QStringList{"guide", m_etp, "--seance", "C3S3"}, QStringList{"guide", m_etp, "--conducteur", "C3"},
                                        QStringList{"handout", m_etp, "--seance", "C3S3"}, QStringList{"signin", m_etp, "--seance", "C3S3"}}) {
            const QString text = exportPdf(args, "markup.pdf", &pages);
            QVERIFY2(pages >= 1, qPrintable(args.join(' ')));
            // Lines may break anywhere (« </ script> »): compare without white space.
            QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(QString(markup).remove(QLatin1Char(' '))),
                     qPrintable(args.join(' ') + "\n" + text.left(800)));
        }
        const QString handout = exportPdf({"handout", m_etp, "--seance", "C3S3"}, "markup-handout.pdf", &pages);
        QVERIFY(flat(handout).contains(QStringLiteral("Message <i>penché</i> & sûr")));
    }

    void handoutIsLargeAndHasRoomToWrite()
    {
        int pages = 0;
        const QString text = exportPdf({"handout", m_etp, "--seance", "C2S2"}, "handout.pdf", &pages);
        QCOMPARE(pages, 1);
        for (const char *part : {"Conduites à tenir et personnes ressources", "Ce qu'il faut retenir", "Mes notes",
                                 "Mes questions pour l'équipe", "Contacter l'équipe", "Hélène Exemple", "02 00 00 00 00",
                                 "En cas d'urgence vitale, appelez le 15."})
            QVERIFY2(flat(text).contains(QString::fromUtf8(part)), part);
        // 14 pt body: the font size of the key messages in the PDF.
        auto file = ProgrammeFile::open(m_etp, ProgrammeFile::Mode::ReadOnly);
        const auto doc = HandoutDocument::build(*file.file, *GuideStore(*file.file).seanceByCode(QStringLiteral("C2S2")),
                                                PageSetup::defaultLayout());
        QVERIFY(HandoutDocument::bodyPoints >= 14.0);
        QCOMPARE(doc->pageCount(), 1);
    }

    void signInSheetIsBlankOrPrefilled()
    {
        int pages = 0;
        const QString blank = exportPdf({"signin", m_etp, "--seance", "C1S1"}, "signin.pdf", &pages);
        QCOMPARE(pages, 1);
        for (const char *part : {"Feuille d'émargement", "C1S1 — Connaissance de la maladie", "Date :", "Lieu :", "Animateurs",
                                 "Participants", "Nom et prénom (ou code)", "Signature"})
            QVERIFY2(flat(blank).contains(QString::fromUtf8(part)), part);
        QVERIFY(blank.contains(QRegularExpression(QStringLiteral("\\b10\\b")))); // rows up to the group maximum

        const QString filled = exportPdf({"signin", m_etp, "--seance", "C1S1", "--date", "14/03/2025", "--place", "Salle Loire",
                                          "--facilitator", "Zoé Exemple (IDE)", "--participant", "P-0007", "--participant", "Mme Éloïse Test"},
                                         "signin-filled.pdf", &pages);
        for (const char *part : {"14 mars 2025", "Salle Loire", "Zoé Exemple (IDE)", "P-0007", "Mme Éloïse Test"})
            QVERIFY2(filled.contains(QString::fromUtf8(part)), part);
        QCOMPARE(QFile(path("signin-filled.pdf")).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        auto file = ProgrammeFile::open(m_etp, ProgrammeFile::Mode::ReadOnly);
        SignInSheetDocument::Options many;
        for (int i = 0; i < 40; ++i)
            many.participants << QStringLiteral("P-%1").arg(i, 4, 10, QLatin1Char('0'));
        const auto doc = SignInSheetDocument::build(*file.file, *GuideStore(*file.file).seanceByCode(QStringLiteral("C1S1")), many,
                                                    PageSetup::defaultLayout());
        QVERIFY(doc->pageCount() >= 2);
    }

    void unknownCodesAndMissingOptionsAreRefused()
    {
        QCOMPARE(testutil::kitetp({"export", "guide", m_etp, "--seance", "C9S9", "-o", path("x.pdf")}).status, 1);
        QCOMPARE(testutil::kitetp({"export", "guide", m_etp, "--conducteur", "C9", "-o", path("x.pdf")}).status, 1);
        QCOMPARE(testutil::kitetp({"export", "guide", m_etp, "-o", path("x.pdf")}).status, 2);
        QCOMPARE(testutil::kitetp({"export", "guide", m_etp, "--seance", "C1S1", "--conducteur", "C1", "-o", path("x.pdf")}).status, 2);
        QCOMPARE(testutil::kitetp({"export", "handout", m_etp, "-o", path("x.pdf")}).status, 2);
        QCOMPARE(testutil::kitetp({"export", "signin", m_etp, "--seance", "C1S1", "--date", "31/02/2025", "-o", path("x.pdf")}).status, 2);
        QVERIFY(!QFile::exists(path("x.pdf")));
    }
};

QTEST_MAIN(TestGuideDocuments)
#include "tst_guide_documents.moc"
