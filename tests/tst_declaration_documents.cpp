// The declaration's documents and verbs, through the real binary: the dossier holds every section, the team and
// session tables, a table of contents whose page numbers are those of the headings, user text literally; the
// leaflet is one page; the card as JSON; the notification letter; the exit codes of `kitetp declaration`.
#include "testutil.h"

#include "core/ProgrammeFields.h"
#include "documents/DossierDocument.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/TeamStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace kitetp;

namespace {

const QString markupTitle = QStringLiteral("Vivre <b>avec</b> & « été » <script>x</script>");
const QString markupName = QStringLiteral("Zoé <i>Ünal</i> & Cie");

QString pageText(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                          QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString simplified(const QString &text)
{
    return QString(text).replace(QChar(0xfb01), QStringLiteral("fi")).replace(QChar(0xfb00), QStringLiteral("ff")).simplified();
}

void addSeances(ProgrammeFile &file)
{
    Conducteur c;
    c.code = QStringLiteral("C9");
    c.title = QStringLiteral("Atelier d'essai");
    for (int i = 1; i <= 2; ++i) {
        Seance s;
        s.code = QStringLiteral("C9S%1").arg(i);
        s.title = QStringLiteral("Séance d'essai numéro %1").arg(i);
        s.durationMin = 90;
        s.professions = {QStringLiteral("Infirmière")};
        c.seances << s;
    }
    QVERIFY(!GuideStore(file).addConducteur(c));
}

} // namespace

class TestDeclarationDocuments : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;   // demo + séances: complete
    QString m_markup; // user text with markup and accents, mostly empty
    QString m_empty;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.etp"));
        QCOMPARE(testutil::kitetp({QStringLiteral("demo"), m_demo, QStringLiteral("--patients"), QStringLiteral("3")}).status, 0);
        {
            auto opened = ProgrammeFile::open(m_demo);
            QVERIFY(!opened.error);
            addSeances(*opened.file);
        }
        m_empty = m_dir.filePath(QStringLiteral("empty.etp"));
        QCOMPARE(testutil::kitetp({QStringLiteral("new"), m_empty}).status, 0);
        m_markup = m_dir.filePath(QStringLiteral("markup.etp"));
        auto created = ProgrammeFile::create(m_markup);
        QVERIFY(!created.error);
        QVERIFY(!FieldStore(*created.file).setValues({{ProgrammeFields::title(), markupTitle},
                                                      {QStringLiteral("programme.objectives"), QStringLiteral("Savoir <dire> « non » & agir")}}));
        TeamMember m;
        m.name = markupName;
        m.profession = QStringLiteral("Infirmière");
        m.trainingHours = 12;
        QVERIFY(!TeamStore(*created.file).add(m));
        addSeances(*created.file);
    }

    void checklistExitCodes()
    {
        const auto complete = testutil::kitetp({QStringLiteral("declaration"), m_demo});
        QVERIFY2(complete.status == 0, qPrintable(complete.out + complete.err));
        QVERIFY(complete.out.contains(QStringLiteral("0 élément manquant")));
        QVERIFY(complete.out.contains(QStringLiteral("auprès de votre ARS")));
        const auto empty = testutil::kitetp({QStringLiteral("declaration"), m_empty});
        QCOMPARE(empty.status, 1);
        QVERIFY(empty.out.contains(QStringLiteral("Aucun membre de l'équipe n'est coordonnateur")));
        QCOMPARE(testutil::kitetp({QStringLiteral("declaration"), m_dir.filePath(QStringLiteral("none.etp"))}).status, 1);
        QCOMPARE(testutil::kitetp({QStringLiteral("declaration")}).status, 2);
        QCOMPARE(testutil::kitetp({QStringLiteral("declaration"), m_demo, QStringLiteral("--bogus")}).status, 2);
    }

    void dossierHoldsEverySectionAndTables()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        const auto run = testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), m_demo, QStringLiteral("-o"), pdf});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QString text = simplified(testutil::pdfText(pdf));
        for (const QString &title : DossierDocument::sectionTitles())
            QVERIFY2(text.contains(simplified(title)), qPrintable(title));
        for (const char *name : {"Camille Exemple (fictive)", "Dr Alex Modèle (fictif)", "Claude Démo (fictif)"})
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);
        QVERIFY(text.contains(QStringLiteral("Formation ETP")) && text.contains(QStringLiteral("Attestation")));
        QVERIFY(text.contains(QStringLiteral("C9S1")) && text.contains(QStringLiteral("Séance d'essai numéro 2")));
        QVERIFY(text.contains(QStringLiteral("signée le")));
        QVERIFY(text.contains(QStringLiteral("Formulaire de consentement")));
        QVERIFY(text.contains(QStringLiteral("Courrier type au médecin traitant")));
        QVERIFY(text.contains(QStringLiteral("à vérifier")));
    }

    void tableOfContentsPagesMatch()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("dossier-toc.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), m_demo, QStringLiteral("-o"), pdf}).status, 0);
        const int pages = testutil::pdfPages(pdf);
        QVERIFY(pages > 10);
        const QStringList tocLines = pageText(pdf, 2).split(QLatin1Char('\n'));
        static const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"));
        int checked = 0;
        for (const QString &line : tocLines) {
            const auto m = entry.match(line);
            if (!m.hasMatch() || line.contains(QStringLiteral("Page ")))
                continue;
            const QString heading = simplified(m.captured(1));
            const int page = m.captured(2).toInt();
            QVERIFY2(page >= 3 && page <= pages, qPrintable(line));
            QVERIFY2(simplified(pageText(pdf, page)).contains(heading), qPrintable(QStringLiteral("%1 not on page %2").arg(heading).arg(page)));
            ++checked;
        }
        QVERIFY2(checked >= DossierDocument::sectionTitles().size(), qPrintable(QString::number(checked)));
    }

    void userTextComesOutLiterally()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("markup.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), m_markup, QStringLiteral("-o"), pdf}).status, 0);
        const QString text = simplified(testutil::pdfText(pdf));
        QVERIFY2(text.contains(markupTitle), qPrintable(text.left(600)));
        QVERIFY(text.contains(markupName));
        QVERIFY(text.contains(QStringLiteral("Savoir <dire> « non » & agir")));
        // Missing items are shown as missing, not skipped; the untrained member is flagged.
        QVERIFY(text.contains(QStringLiteral("[Non renseigné]")));
        QVERIFY(text.contains(QStringLiteral("moins de 40 h")));
        for (const QString &title : DossierDocument::sectionTitles())
            QVERIFY2(text.contains(simplified(title)), qPrintable(title));
    }

    void emptyProgrammeStillHasEverySection()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), m_empty, QStringLiteral("-o"), pdf}).status, 0);
        const QString text = simplified(testutil::pdfText(pdf));
        for (const QString &title : DossierDocument::sectionTitles())
            QVERIFY2(text.contains(simplified(title)), qPrintable(title));
        QVERIFY(text.contains(QStringLiteral("Aucune séance")));
    }

    void leafletIsOnePage()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("leaflet.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("leaflet"), m_demo, QStringLiteral("-o"), pdf}).status, 0);
        QCOMPARE(testutil::pdfPages(pdf), 1);
        const QString text = simplified(testutil::pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("Quels patients adresser ?")));
        QVERIFY(text.contains(QStringLiteral("etp@exemple.invalid")));
    }

    void cardAsJsonAndPdf()
    {
        const QString json = m_dir.filePath(QStringLiteral("card.json"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("card"), m_markup, QStringLiteral("-o"), json}).status, 0);
        const QJsonObject card = QJsonDocument::fromJson(testutil::readAll(json)).object();
        QCOMPARE(card.value(QStringLiteral("format")).toString(), QStringLiteral("kitetp-directory-card"));
        QCOMPARE(card.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(card.value(QStringLiteral("programme")).toObject().value(QStringLiteral("title")).toString(), markupTitle);
        QVERIFY(card.value(QStringLiteral("structure")).toObject().value(QStringLiteral("name")).isNull());
        const QString pdf = m_dir.filePath(QStringLiteral("card.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("card"), m_demo, QStringLiteral("-o"), pdf}).status, 0);
        QVERIFY(simplified(testutil::pdfText(pdf)).contains(QStringLiteral("Camille Exemple (fictive)")));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("card"), m_demo, QStringLiteral("-o"),
                                   m_dir.filePath(QStringLiteral("card.txt"))}).status, 2);
    }

    void notificationLetter()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("notif.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("notification"), m_demo, QStringLiteral("--change"),
                                   QStringLiteral("coordinator"), QStringLiteral("-o"), pdf}).status, 0);
        QString text = simplified(testutil::pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("changement de coordonnateur")));
        QVERIFY(text.contains(QStringLiteral("Camille Exemple (fictive)")));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("notification"), m_markup, QStringLiteral("--change"),
                                   QStringLiteral("objectives"), QStringLiteral("--note"), QStringLiteral("<b>Nouveau</b> & mieux"),
                                   QStringLiteral("-o"), pdf}).status, 0);
        text = simplified(testutil::pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("Savoir <dire> « non » & agir")));
        QVERIFY(text.contains(QStringLiteral("<b>Nouveau</b> & mieux")));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("notification"), m_demo, QStringLiteral("--change"),
                                   QStringLiteral("budget"), QStringLiteral("-o"), pdf}).status, 2);
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("notification"), m_demo, QStringLiteral("--change"),
                                   QStringLiteral("funding")}).status, 2);
    }
};

QTEST_GUILESS_MAIN(TestDeclarationDocuments)
#include "tst_declaration_documents.moc"
