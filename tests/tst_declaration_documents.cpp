// SPDX-License-Identifier: EUPL-1.2
// The declaration's documents and verbs, through the real binary: the dossier holds every section, the team and
// session tables, a table of contents whose page numbers are those of the headings, user text literally; the
// leaflet is one page; the card as JSON; the notification letter; the exit codes of `kitetp declaration`.
#include "testutil.h"

#include "core/ProgrammeFields.h"
#include "documents/DeclarationHtml.h"
#include "documents/DossierDocument.h"
#include "storage/AttachmentStore.h"
#include "storage/DeclarationStore.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/TeamStore.h"

#include <QDir>
#include <QImage>
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

// A one-page PDF holding `sentence`, made as any Kit ETP document.
QString makePdf(const QString &path, const QString &sentence)
{
    PaperDocument doc(QStringLiteral("Pièce d'essai"));
    doc.setBodyHtml(QStringLiteral("<p>%1</p>").arg(sentence));
    return doc.writePdf(path) ? QString() : path;
}

QString memberOf(const QString &etp, const QString &name)
{
    auto opened = ProgrammeFile::open(etp, ProgrammeFile::Mode::ReadOnly);
    for (const TeamMember &m : TeamStore(*opened.file).members())
        if (m.name == name)
            return QString::number(m.id);
    return {};
}

int attachmentCount(const QString &etp)
{
    auto opened = ProgrammeFile::open(etp, ProgrammeFile::Mode::ReadOnly);
    return opened.file ? int(AttachmentStore(*opened.file).list().size()) : -1;
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
        // The demo has no piece attached: certificates, charters and the forms are missing, and said so.
        const auto demo = testutil::kitetp({QStringLiteral("declaration"), m_demo});
        QCOMPARE(demo.status, 1);
        QVERIFY(demo.out.contains(QStringLiteral("Sans attestation jointe")));
        QVERIFY(demo.out.contains(QStringLiteral("Charte signée non jointe")));
        // With every piece attached, nothing is missing.
        const QString full = m_dir.filePath(QStringLiteral("full.etp"));
        QVERIFY(QFile::copy(m_demo, full));
        const QString pdf = makePdf(m_dir.filePath(QStringLiteral("piece.pdf")), QStringLiteral("Pièce"));
        auto opened = ProgrammeFile::open(full, ProgrammeFile::Mode::ReadOnly);
        const QList<TeamMember> members = TeamStore(*opened.file).members();
        opened.file.reset();
        for (const TeamMember &m : members)
            for (const char *kind : {"certificate", "charter"})
                QCOMPARE(testutil::kitetp({QStringLiteral("attach"), full, QString::fromLatin1(kind), pdf, QStringLiteral("--member"),
                                           QString::number(m.id)}).status, 0);
        for (const char *kind : {"bep-grid", "information", "consent", "gp-letter"})
            QCOMPARE(testutil::kitetp({QStringLiteral("attach"), full, QString::fromLatin1(kind), pdf}).status, 0);
        const auto complete = testutil::kitetp({QStringLiteral("declaration"), full});
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
        QVERIFY(text.contains(QStringLiteral("Modèle de courrier au médecin traitant")));
        QVERIFY(text.contains(QStringLiteral("vérifier auprès de votre ARS")));
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

    void aProgrammeInSeveralRegionsHasOneDossierPerArs()
    {
        const QString etp = m_dir.filePath(QStringLiteral("regions.etp"));
        {
            auto created = ProgrammeFile::create(etp);
            QVERIFY(!created.error);
            QVERIFY(!FieldStore(*created.file).setValues({{QStringLiteral("declaration.ars"), QStringLiteral("ARS Pays de la Loire")},
                                                          {QStringLiteral("declaration.other_regions"),
                                                           QStringLiteral("ARS Bretagne\nARS Normandie")}}));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("bretagne.pdf"));
        const auto run = testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), etp, QStringLiteral("--ars"),
                                           QStringLiteral("ars bretagne"), QStringLiteral("-o"), pdf});
        QCOMPARE(run.status, 0);
        const QString text = simplified(testutil::pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("Adressé à : ARS Bretagne")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("ce dossier est adressé à ARS Bretagne")));
        // The others are listed, the chosen one is not listed among them.
        const QString others = text.mid(text.indexOf(QStringLiteral("Autres régions")), 200);
        QVERIFY2(others.contains(QStringLiteral("ARS Pays de la Loire")) && others.contains(QStringLiteral("ARS Normandie")), qPrintable(others));
        QVERIFY2(!others.contains(QStringLiteral("ARS Bretagne")), qPrintable(others));
        // Without --ars, the dossier's own ARS.
        const QString own = m_dir.filePath(QStringLiteral("own.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), etp, QStringLiteral("-o"), own}).status, 0);
        QVERIFY(simplified(testutil::pdfText(own)).contains(QStringLiteral("Adressé à : ARS Pays de la Loire")));
        // An ARS the programme does not name: exit 1, one line, nothing written.
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.pdf"));
        const auto refused = testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), etp, QStringLiteral("--ars"),
                                               QStringLiteral("ARS Corse"), QStringLiteral("-o"), wrong});
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("ARS Corse")) && refused.err.contains(QStringLiteral("ARS Normandie")), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(wrong));
    }

    void bareDossierClaimsNothing()
    {
        const QString bare = m_dir.filePath(QStringLiteral("bare.etp"));
        QCOMPARE(testutil::kitetp({QStringLiteral("new"), bare, QStringLiteral("--template"), QStringLiteral("oncoplet")}).status, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("bare.pdf"));
        const auto run = testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), bare, QStringLiteral("-o"), pdf});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QString text = simplified(testutil::pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("à joindre")));
        QVERIFY(text.contains(QStringLiteral("arrêté du 30 décembre 2020, annexe 2")));
        QVERIFY(!text.contains(QStringLiteral("2015")));
        QVERIFY(text.contains(QStringLiteral("coordination, animation, évaluation")));
        QVERIFY(text.contains(QStringLiteral("bénéficiaires potentiels")) && !text.contains(QStringLiteral("par an")));
        QVERIFY(text.contains(QStringLiteral("diagnostic in vitro")) && text.contains(QStringLiteral("prestations en lien avec la santé")));
        // No verdict of the tool, no checklist.
        for (const char *verdict : {"Vérification de complétude", "élément manquant", "aucun élément", "conforme", "✓"})
            QVERIFY2(!text.contains(QString::fromUtf8(verdict)), verdict);
        // No claim that something is attached: the only "joint" words are the title of the pieces' table.
        text.remove(QStringLiteral("Pièces jointes / pièces à joindre"));
        static const QRegularExpression joint(QStringLiteral("\\bjoint(e|es|s)?\\b"), QRegularExpression::CaseInsensitiveOption);
        const auto m = joint.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(text.mid(std::max(0LL, qint64(m.capturedStart()) - 80), 160)));
        // The checklist is its own internal document.
        const QString checklist = m_dir.filePath(QStringLiteral("checklist.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("checklist"), bare, QStringLiteral("-o"), checklist}).status, 0);
        const QString ctext = simplified(testutil::pdfText(checklist));
        QVERIFY(ctext.contains(QStringLiteral("à ne pas joindre au dossier")));
        QVERIFY(ctext.contains(QStringLiteral("Pièce jointe :")));
        QVERIFY(ctext.contains(QStringLiteral("manquant")));
    }

    void attachedPdfIsInTheDossier()
    {
        const QString etp = m_dir.filePath(QStringLiteral("attached.etp"));
        QVERIFY(QFile::copy(m_demo, etp));
        const QString sentence = QStringLiteral("Attestation témoin numéro 4729 délivrée à Camille");
        const QString piece = makePdf(m_dir.filePath(QStringLiteral("certificate.pdf")), sentence);
        QVERIFY(!piece.isEmpty());
        const auto attach = testutil::kitetp({QStringLiteral("attach"), etp, QStringLiteral("certificate"), piece, QStringLiteral("--member"),
                                              QStringLiteral("camille exemple (fictive)"), QStringLiteral("--title"),
                                              QStringLiteral("Attestation <b>DU</b> 2024")});
        QVERIFY2(attach.status == 0, qPrintable(attach.err));
        // An image, drawn on a page of its own.
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString png = m_dir.filePath(QStringLiteral("grille.png"));
        QVERIFY(image.save(png));
        QCOMPARE(testutil::kitetp({QStringLiteral("attach"), etp, QStringLiteral("bep-grid"), png}).status, 0);
        const auto list = testutil::kitetp({QStringLiteral("attachments"), etp});
        QCOMPARE(list.status, 0);
        QCOMPARE(list.out.count(QStringLiteral("\tcertificate\t")) + list.out.count(QStringLiteral("\tbep-grid\t")), 2);
        QVERIFY(list.out.contains(QStringLiteral("Attestation <b>DU</b> 2024")));

        const QString pdf = m_dir.filePath(QStringLiteral("attached.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("dossier"), etp, QStringLiteral("-o"), pdf}).status, 0);
        const QString text = simplified(testutil::pdfText(pdf));
        QVERIFY2(text.contains(sentence), qPrintable(text.right(800)));
        QVERIFY(text.contains(QStringLiteral("Attestation <b>DU</b> 2024")));
        QVERIFY(text.contains(QStringLiteral("jointe (pièce n° 1)")));
        QVERIFY(text.contains(QStringLiteral("Pièce n° 2 — Grille du bilan éducatif partagé")));
        // The footer counts the inserted pages: the last title page (before the image) says its real place.
        const int pages = testutil::pdfPages(pdf);
        QVERIFY2(simplified(pageText(pdf, pages - 1)).contains(QStringLiteral("Page %1 / %2").arg(pages - 1).arg(pages)),
                 qPrintable(simplified(pageText(pdf, pages - 1))));
        // The piece's sentence is on the page after its title page.
        for (int p = 1; p <= pages; ++p)
            if (simplified(pageText(pdf, p)).contains(QStringLiteral("Pièce n° 1 — Attestation de formation"))
                && !simplified(pageText(pdf, p)).contains(QStringLiteral("Sommaire"))) {
                QVERIFY(simplified(pageText(pdf, p + 1)).contains(sentence));
                break;
            }

        // The pieces folder: the dossier, one PDF per attached piece, the answers.
        const QString folder = m_dir.filePath(QStringLiteral("pieces"));
        const auto run = testutil::kitetp({QStringLiteral("export"), QStringLiteral("pieces"), etp, QStringLiteral("-o"), folder});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QStringList pdfs = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QCOMPARE(pdfs.size(), 3);
        QCOMPARE(pdfs.at(0), QStringLiteral("00-dossier-de-declaration.pdf"));
        QCOMPARE(pdfs.at(1), QStringLiteral("01-attestation-de-formation-a-l-etp-camille-exemple-fictive.pdf"));
        QVERIFY(pdfs.at(2).startsWith(QStringLiteral("02-grille-du-bilan-educatif-partage")));
        QVERIFY(simplified(testutil::pdfText(QDir(folder).filePath(pdfs.at(1)))).contains(sentence));
        QCOMPARE(testutil::pdfPages(QDir(folder).filePath(pdfs.at(2))), 1);
        const QString md = QString::fromUtf8(testutil::readAll(QDir(folder).filePath(QStringLiteral("reponses-teledeclaration.md"))));
        QVERIFY(md.indexOf(QStringLiteral("## Agence régionale de santé")) < md.indexOf(QStringLiteral("## Structure porteuse")));
        QVERIFY(md.indexOf(QStringLiteral("## Financement")) < md.indexOf(QStringLiteral("## Engagements")));
        QVERIFY(md.contains(QStringLiteral("Camille Exemple (fictive)")));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("pieces"), etp, QStringLiteral("-o"), pdf}).status, 1);

        // Detach: gone from the list.
        QCOMPARE(testutil::kitetp({QStringLiteral("detach"), etp, QStringLiteral("999")}).status, 1);
        QCOMPARE(attachmentCount(etp), 2);
    }

    void badPiecesAreRefused()
    {
        const QString etp = m_dir.filePath(QStringLiteral("refusals.etp"));
        QVERIFY(QFile::copy(m_demo, etp));
        const QString good = makePdf(m_dir.filePath(QStringLiteral("good.pdf")), QStringLiteral("Bonne pièce"));
        auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile f(m_dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        const QString fakePdf = write(QStringLiteral("fake.pdf"), "%PDF-1.4\nnot really a pdf\n");
        const QString text = write(QStringLiteral("notes.txt"), "Juste du texte\n");
        const QString badPng = write(QStringLiteral("bad.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x'));
        QByteArray big = QByteArray("%PDF-1.4\n") + QByteArray(qsizetype(21) * 1024 * 1024, ' ');
        const QString huge = write(QStringLiteral("huge.pdf"), big);
        struct Case
        {
            QStringList args;
            QString message;
        };
        const QString member = memberOf(etp, QStringLiteral("Camille Exemple (fictive)"));
        const QList<Case> cases = {
            {{etp, QStringLiteral("diploma"), good}, QStringLiteral("pièce inconnue")},
            {{etp, QStringLiteral("certificate"), good}, QStringLiteral("appartient à un membre")},
            {{etp, QStringLiteral("certificate"), good, QStringLiteral("--member"), QStringLiteral("Personne")}, QStringLiteral("aucun membre")},
            {{etp, QStringLiteral("bep-grid"), good, QStringLiteral("--member"), member}, QStringLiteral("Seules les attestations")},
            {{etp, QStringLiteral("other"), fakePdf}, QStringLiteral("illisible ou endommagé")},
            {{etp, QStringLiteral("other"), text}, QStringLiteral("ni un PDF")},
            {{etp, QStringLiteral("other"), badPng}, QStringLiteral("illisible")},
            {{etp, QStringLiteral("other"), huge}, QStringLiteral("20 Mo au plus")},
            {{etp, QStringLiteral("other"), m_dir.path()}, QStringLiteral("pas un fichier ordinaire")},
            {{etp, QStringLiteral("other"), m_dir.filePath(QStringLiteral("absent.pdf"))}, QStringLiteral("introuvable")},
        };
        for (const Case &c : cases) {
            const auto run = testutil::kitetp(QStringList{QStringLiteral("attach")} + c.args);
            QVERIFY2(run.status == 1, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + run.err));
            QVERIFY2(run.err.contains(c.message), qPrintable(run.err));
            QCOMPARE(run.err.count(QStringLiteral("kitetp: ")), 1); // one line (Qt's own notices aside)
            QCOMPARE(attachmentCount(etp), 0);
        }
        QCOMPARE(testutil::kitetp({QStringLiteral("attach"), etp, QStringLiteral("other"), good}).status, 0);
        QCOMPARE(attachmentCount(etp), 1);
        QCOMPARE(testutil::kitetp({QStringLiteral("detach"), etp, QStringLiteral("1")}).status, 0);
        QCOMPARE(attachmentCount(etp), 0);
        const auto help = testutil::kitetp({QStringLiteral("attach"), QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        for (Attachment::Piece p : Attachment::pieces())
            QVERIFY(help.out.contains(Attachment::toStored(p)));
    }

    void leafletSaysDeclaredOnlyWhenEffective()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("leaflet-empty.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("leaflet"), m_empty, QStringLiteral("-o"), pdf}).status, 0);
        QVERIFY(!simplified(testutil::pdfText(pdf)).contains(QStringLiteral("déclaré")));
        // Sent but not acknowledged and the two months not passed: "en cours de déclaration".
        const QString sent = m_dir.filePath(QStringLiteral("sent.etp"));
        QCOMPARE(testutil::kitetp({QStringLiteral("new"), sent}).status, 0);
        {
            auto opened = ProgrammeFile::open(sent);
            QVERIFY(!DeclarationStore(*opened.file).setDated(DeclarationEvent::Kind::Sent, QDate::currentDate().addDays(-10)));
        }
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("leaflet"), sent, QStringLiteral("-o"), pdf}).status, 0);
        QString text = simplified(testutil::pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("en cours de déclaration")));
        QVERIFY(!text.contains(QStringLiteral("déclaré à")));
        // The demo's declaration was acknowledged: effective.
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("leaflet"), m_demo, QStringLiteral("-o"), pdf}).status, 0);
        QVERIFY(simplified(testutil::pdfText(pdf)).contains(QStringLiteral("déclaré à l'ARS (déclaration effective le")));
    }

    void lettersAreDatedLikeLetters()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QHash<QString, QString> city{{QStringLiteral("structure.city"), QStringLiteral("Nantes")}};
        QCOMPARE(DeclarationHtml::letterDate(city, QDate(2026, 12, 1)), QStringLiteral("Nantes, le 1er décembre 2026"));
        QCOMPARE(DeclarationHtml::letterDate(city, QDate(2026, 12, 2)), QStringLiteral("Nantes, le 2 décembre 2026"));
        const QHash<QString, QString> address{{QStringLiteral("structure.address"), QStringLiteral("1 rue X\n44000 Saint-Herblain")}};
        QCOMPARE(DeclarationHtml::letterDate(address, QDate(2026, 3, 1)), QStringLiteral("Saint-Herblain, le 1er mars 2026"));
        QCOMPARE(DeclarationHtml::letterDate({}, QDate(2026, 3, 5)), QStringLiteral("Le 5 mars 2026"));

        // The cessation letter: the date of the stop, what becomes of the patients, the reference.
        const QString etp = m_dir.filePath(QStringLiteral("stop.etp"));
        QVERIFY(QFile::copy(m_demo, etp));
        {
            auto opened = ProgrammeFile::open(etp);
            QVERIFY(!FieldStore(*opened.file).setValues({{QStringLiteral("stop.patients"), QStringLiteral("Orientés vers le programme voisin")}}));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("stop.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("cessation"), etp, QStringLiteral("-o"), pdf}).status, 1);
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("cessation"), etp, QStringLiteral("--stop"),
                                   QStringLiteral("2026-11-15"), QStringLiteral("-o"), pdf}).status, 0);
        const QString text = simplified(testutil::pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("15 novembre 2026")));
        QVERIFY(text.contains(QStringLiteral("Orientés vers le programme voisin")));
        QVERIFY(text.contains(QStringLiteral("DEMO-0000")));
        QVERIFY(text.contains(QStringLiteral("Belleville-sur-Loire, le ")));
        QVERIFY(text.contains(QStringLiteral("Signature")));
    }

    void notificationLetter()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("notif.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("notification"), m_demo, QStringLiteral("--change"),
                                   QStringLiteral("coordinator"), QStringLiteral("-o"), pdf}).status, 0);
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("notification"), m_demo, QStringLiteral("--change"),
                                   QStringLiteral("coordinator"), QStringLiteral("--previous"), QStringLiteral("Dominique Ancien"),
                                   QStringLiteral("-o"), pdf}).status, 0);
        QString text = simplified(testutil::pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("changement de coordonnateur")));
        QVERIFY(text.contains(QStringLiteral("Camille Exemple (fictive)")));
        QVERIFY(text.contains(QStringLiteral("Coordonnateur précédent : Dominique Ancien")));
        QVERIFY(text.contains(QStringLiteral("R1161-4")));
        QVERIFY(text.contains(QStringLiteral("DEMO-0000")));
        QVERIFY(text.contains(QStringLiteral("Le déclarant")));
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

QTEST_MAIN(TestDeclarationDocuments)
#include "tst_declaration_documents.moc"
