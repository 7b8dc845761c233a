// SPDX-License-Identifier: EUPL-1.2
#include "documents/DossierDocument.h"

#include "core/DeclarationChecklist.h"
#include "core/Html.h"
#include "documents/DeclarationHtml.h"
#include "documents/Letterhead.h"
#include "documents/PieceFile.h"
#include "storage/AttachmentStore.h"
#include "storage/DeclarationStore.h"
#include "storage/GuideStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace kitetp {

namespace {

class DossierText
{
    Q_DECLARE_TR_FUNCTIONS(DossierDocument)
};

using H = DeclarationHtml;

struct Entry
{
    int level;
    QString text;
};

// Builds the body; headings are recorded for the table of contents.
class Body
{
public:
    void h1(const QString &text)
    {
        m_entries.append({1, text});
        m_html += QStringLiteral("<h1 style=\"page-break-before: always;\">%1</h1>").arg(Html::escape(text));
    }
    void h2(const QString &text, bool newPage = false)
    {
        m_entries.append({2, text});
        m_html += QStringLiteral("<h2%1>%2</h2>")
                      .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(), Html::escape(text));
    }
    void add(const QString &html) { m_html += html; }
    void paragraph(const QString &text) { m_html += QStringLiteral("<p>%1</p>").arg(text); }
    const QList<Entry> &entries() const { return m_entries; }
    const QString &html() const { return m_html; }

private:
    QList<Entry> m_entries;
    QString m_html;
};

// An attached piece as the dossier shows it: its number, its pages as PDF, its title page's heading.
struct Piece
{
    Attachment attachment;
    int number = 0;
    QByteArray pdf;
    int pages = 0;
    QString heading;
};

QString memberName(const DeclarationFacts &facts, qint64 id)
{
    for (const TeamMember &m : facts.team)
        if (m.id == id)
            return m.name;
    return {};
}

QString coverHtml(const DeclarationFacts &facts, const QDate &today)
{
    const auto &fields = facts.fields;
    const TeamMember *coord = facts.coordinator();
    QString html;
    html += QStringLiteral("<p style=\"margin-top: 60pt;\" class=\"muted\">%1</p>")
                .arg(DossierText::tr("Déclaration d'un programme d'éducation thérapeutique du patient"));
    html += QStringLiteral("<p class=\"cover-title\">%1</p>").arg(H::value(fields.value(QStringLiteral("programme.title"))));
    html += QStringLiteral("<p>%1</p>").arg(H::value(fields.value(QStringLiteral("programme.condition"))));
    html += QStringLiteral("<p style=\"margin-top: 30pt;\"><b>%1</b> %2</p>")
                .arg(DossierText::tr("Structure porteuse :"), H::value(fields.value(QStringLiteral("structure.name"))));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(DossierText::tr("Coordonnateur :"), coord ? Html::escape(coord->name) : H::missing());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(DossierText::tr("Adressé à :"), H::value(fields.value(QStringLiteral("declaration.ars"))));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(DossierText::tr("Date :"), H::letterDate(fields, today));
    html += QStringLiteral("<p class=\"muted\" style=\"margin-top: 30pt;\">%1</p>")
                .arg(DossierText::tr("Plan établi d'après la composition du dossier de déclaration (arrêté du 30 décembre 2020, "
                                     "annexe 2). %1")
                         .arg(DeclarationChecklist::verifyWithArs()));
    return html;
}

QString tocHtml(const QList<Entry> &entries, const QList<int> &pages, bool pieces)
{
    QString html = QStringLiteral("<p style=\"page-break-before: always;\" class=\"cover-title\">%1</p>")
                       .arg(DossierText::tr("Sommaire"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const QString page = i < pages.size() && pages.at(i) > 0 ? QString::number(pages.at(i)) : QStringLiteral("00");
        html += QStringLiteral("<tr><td style=\"padding-left: %1pt;\">%2%3%4</td><td width=\"10%\" align=\"right\">%5</td></tr>")
                    .arg(e.level == 1 ? 0 : 18)
                    .arg(e.level == 1 ? QStringLiteral("<b>") : QString(), Html::escape(e.text),
                         e.level == 1 ? QStringLiteral("</b>") : QString(), page);
    }
    html += QStringLiteral("</table>");
    if (pieces)
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(DossierText::tr("Les pièces jointes sont insérées chacune après sa page de titre ; leurs pages sont comptées "
                                         "dans la numérotation du dossier mais n'en portent pas le pied de page."));
    return html;
}

QString fieldTable(const DeclarationFacts &facts, std::initializer_list<const char *> keys)
{
    QStringList list;
    for (const char *k : keys)
        list << QString::fromLatin1(k);
    return H::fieldTable(facts.fields, list);
}

void programmeSections(Body &b, ProgrammeFile &file, const DeclarationFacts &facts, const QHash<qint64, int> &numbers)
{
    const QStringList titles = DossierDocument::sectionTitles();

    b.h1(titles.at(0));
    b.add(fieldTable(facts, {"structure.name", "structure.legal_name", "structure.finess", "structure.status", "structure.address",
                             "structure.places"}));

    b.h1(titles.at(1));
    const TeamMember *coord = facts.coordinator();
    b.add(QStringLiteral("<p><b>%1</b> %2</p>").arg(DossierText::tr("Nom :"), coord ? Html::escape(coord->name) : H::missing()));
    if (coord)
        b.add(QStringLiteral("<p><b>%1</b> %2 — %3 ; %4 %5</p>")
                  .arg(DossierText::tr("Profession et formation ETP :"), H::value(coord->profession),
                       coord->trainingHours > 0 ? DossierText::tr("%1 h de formation").arg(coord->trainingHours) : H::missing(),
                       DossierText::tr("attestation :"),
                       H::pieceState(facts.attachments, numbers, Attachment::Piece::TrainingCertificate, coord->id)));
    b.add(fieldTable(facts, {"coordinator.eligibility", "coordinator.position", "coordinator.organisation", "coordinator.address",
                             "coordinator.training", "coordinator.other_training"}));

    b.h1(titles.at(2));
    b.paragraph(DossierText::tr("Chaque intervenant et le coordonnateur justifient d'au moins 40 heures de formation à l'ETP (arrêté du "
                      "2 août 2010 modifié) par une attestation ; la colonne « Attestation » donne son état : pièce du dossier, ou à joindre."));
    b.add(H::teamTable(facts.team, facts.attachments, numbers));

    b.h1(titles.at(3));
    b.add(fieldTable(facts, {"patients.facilitators", "patients.facilitators_trained", "patients.stages", "patients.association",
                             "patients.association_approval", "patients.association_role", "patients.association_delivers",
                             "patients.medical_team"}));

    b.h1(titles.at(4));
    b.h2(DossierText::tr("Problème de santé et population"));
    b.add(fieldTable(facts, {"programme.title", "programme.condition", "programme.condition_kind", "programme.summary",
                             "programme.need", "programme.existing", "programme.population", "programme.beneficiaries",
                             "programme.referral", "programme.setting"}));
    b.h2(DossierText::tr("Objectifs, critères de jugement et données probantes"));
    b.add(fieldTable(facts, {"programme.objectives", "programme.criteria", "programme.evidence"}));
    b.h2(DossierText::tr("Parcours du patient"));
    b.add(fieldTable(facts, {"path.assessment", "path.personalised", "path.sessions", "path.evaluation"}));
    b.h2(DossierText::tr("Les séances du programme"));
    b.add(H::sessionsTable(GuideStore(file).conducteurs()));
    b.h2(DossierText::tr("Actions d'accompagnement"));
    b.add(fieldTable(facts, {"programme.support_actions"}));

    b.h1(titles.at(5));
    b.add(fieldTable(facts, {"coordination.team", "coordination.carers", "coordination.gp_letter", "record.kind", "record.access"}));

    b.h1(titles.at(6));
    b.add(fieldTable(facts, {"information.documents", "consent.process", "consent.withdrawal", "confidentiality.data"}));

    b.h1(titles.at(7));
    b.add(fieldTable(facts, {"evaluation.annual", "evaluation.quadrennial"}));

    b.h1(titles.at(8));
    b.add(H::fundingTable(facts.funding));
    b.paragraph(DossierText::tr("La déclaration n'ouvre pas droit à un financement, qui relève d'une procédure distincte."));

    b.h1(titles.at(9));
    b.add(fieldTable(facts, {"declaration.no_industry", "declaration.sworn", "declaration.signatory", "declaration.medical_lead",
                             "declaration.association_signatory", "declaration.ars", "declaration.other_regions",
                             "declaration.means"}));
    if (!facts.field(QStringLiteral("declaration.other_regions")).isEmpty())
        b.paragraph(DossierText::tr("Le programme étant mis en œuvre dans plusieurs régions, il est déclaré à chacune des ARS concernées "
                          "(article R1161-4 du code de la santé publique) ; ce dossier est adressé à %1.")
                        .arg(H::value(facts.field(QStringLiteral("declaration.ars")))));
    b.paragraph(DossierText::tr("Rappel (article L1161-4 du code de la santé publique) : aucune entreprise se livrant à l'exploitation d'un "
                      "médicament, d'un dispositif médical ou d'un dispositif médical de diagnostic in vitro, ni aucune entreprise "
                      "proposant des prestations en lien avec la santé, ne participe à la conception, au financement ou à la mise "
                      "en œuvre des contacts du programme avec les patients."));
    b.add(QStringLiteral("<p>%1</p>").arg(H::letterDate(facts.fields, facts.today)));
    b.add(QStringLiteral("<table width=\"100%\" cellpadding=\"8\"><tr><td>%1<br/><br/><br/></td><td>%2<br/><br/><br/></td>"
                         "<td>%3<br/><br/><br/></td></tr></table>")
              .arg(DossierText::tr("Le déclarant"), DossierText::tr("Le responsable médical"), DossierText::tr("L'association partenaire")));
}

QString pieceHeading(const DeclarationFacts &facts, const Piece &p)
{
    const Attachment &a = p.attachment;
    QString owner = a.memberId ? memberName(facts, a.memberId) : QString();
    QString text = DossierText::tr("Pièce n° %1 — %2").arg(p.number).arg(Attachment::label(a.piece));
    if (!owner.isEmpty())
        text += QStringLiteral(" — ") + owner;
    return text;
}

void annexes(Body &b, const DeclarationFacts &facts, QList<Piece> &pieces, const QHash<qint64, int> &numbers)
{
    const QStringList titles = DossierDocument::sectionTitles();
    b.h1(titles.at(10));
    b.h2(DossierText::tr("Pièces jointes / pièces à joindre"));
    QList<Attachment::Piece> models;
    for (Attachment::Piece p : {Attachment::Piece::ConsentForm, Attachment::Piece::InformationSheet, Attachment::Piece::GpLetterModel})
        if (facts.attached(p).isEmpty())
            models << p;
    b.add(DossierAnnexes::piecesTable(facts, numbers, models));
    b.h2(DossierText::tr("Charte d'engagement : signataires"), true);
    b.paragraph(DossierText::tr("Chaque intervenant signe la charte d'engagement (arrêté du 30 décembre 2020). La dernière colonne donne "
                      "l'état de la charte signée : pièce du dossier, ou à joindre."));
    b.add(H::charterTable(facts.team, facts.attachments, numbers));
    const QString modelNote = DossierText::tr("Modèle proposé par Kit ETP à partir des champs du programme, à remplacer par le document "
                                    "que l'équipe utilise réellement.");
    if (models.contains(Attachment::Piece::ConsentForm)) {
        b.h2(DossierText::tr("Modèle de formulaire de consentement"), true);
        b.add(QStringLiteral("<p class=\"muted\">%1</p>").arg(modelNote) + DossierAnnexes::consentForm(facts.fields));
    }
    if (models.contains(Attachment::Piece::InformationSheet)) {
        b.h2(DossierText::tr("Modèle de fiche d'information du patient"), true);
        b.add(QStringLiteral("<p class=\"muted\">%1</p>").arg(modelNote) + DossierAnnexes::informationSheet(facts.fields));
    }
    if (models.contains(Attachment::Piece::GpLetterModel)) {
        b.h2(DossierText::tr("Modèle de courrier au médecin traitant"), true);
        b.add(QStringLiteral("<p class=\"muted\">%1</p>").arg(modelNote) + DossierAnnexes::gpLetter(facts.fields));
    }
    for (Piece &p : pieces) {
        p.heading = pieceHeading(facts, p);
        b.h2(p.heading, true);
        const Attachment &a = p.attachment;
        b.add(QStringLiteral("<p><b>%1</b> %2</p>").arg(DossierText::tr("Titre :"), Html::escape(a.displayTitle())));
        b.add(QStringLiteral("<p><b>%1</b> %2 (%3)</p>")
                  .arg(DossierText::tr("Fichier joint :"), Html::escape(a.fileName), H::longDate(a.addedOn)));
        b.paragraph(p.pages > 0 ? DossierText::tr("Dans le PDF du dossier, la pièce suit cette page (%n page(s)).", nullptr, p.pages)
                                : QStringLiteral("<span class=\"missing\">%1</span>")
                                      .arg(DossierText::tr("Cette pièce n'a pas pu être insérée : ouvrez-la depuis Kit ETP et joignez-la à part.")));
    }
}

// The pages of each attached piece, as PDF, numbered in the order of the dossier.
QList<Piece> loadPieces(ProgrammeFile &file, const DeclarationFacts &facts)
{
    QList<Piece> out;
    const AttachmentStore store(file);
    for (const Attachment &listed : facts.attachments) {
        if (Attachment::needsMember(listed.piece) && memberName(facts, listed.memberId).isEmpty())
            continue; // a piece of a member no longer in the (active) team
        Piece p;
        p.attachment = store.attachment(listed.id).value_or(listed);
        p.number = int(out.size()) + 1;
        p.pdf = PieceFile::toPdf(p.attachment);
        p.pages = p.pdf.isEmpty() ? 0 : PieceFile::pdfPageCount(p.pdf);
        p.attachment.data.clear();
        out << p;
    }
    return out;
}

} // namespace

QStringList DossierDocument::sectionTitles()
{
    return {DossierText::tr("1. Structure porteuse"),
            DossierText::tr("2. Coordonnateur"),
            DossierText::tr("3. Équipe d'intervenants"),
            DossierText::tr("4. Implication des patients"),
            DossierText::tr("5. Le programme"),
            DossierText::tr("6. Coordination et dossier du patient"),
            DossierText::tr("7. Information, consentement et confidentialité"),
            DossierText::tr("8. Évaluation"),
            DossierText::tr("9. Financement"),
            DossierText::tr("10. Déclarations et signatures"),
            DossierText::tr("Annexes")};
}

DossierDocument::Built DossierDocument::buildWithPieces(ProgrammeFile &file, const QDate &today, const QString &addressee)
{
    Built built;
    built.document = std::make_unique<PaperDocument>(DossierText::tr("Dossier de déclaration à l'ARS"));
    PaperDocument &doc = *built.document;
    Letterhead::apply(doc, file);
    DeclarationFacts facts = DeclarationStore(file).facts(today);
    if (!addressee.isEmpty())
        facts.addressTo(addressee); // the caller checked it is one of facts.addressees()
    QList<Piece> pieces = loadPieces(file, facts);
    QHash<qint64, int> numbers;
    for (const Piece &p : pieces)
        numbers.insert(p.attachment.id, p.number);
    Body body;
    programmeSections(body, file, facts, numbers);
    annexes(body, facts, pieces, numbers);
    const QString cover = coverHtml(facts, today);

    // Lay out with the page numbers found, measure the headings again, until stable. A heading's number counts the
    // pages of the pieces inserted before it.
    QList<int> tocPages;
    QList<int> numbersShown;
    int total = 0;
    for (int pass = 0; pass < 5; ++pass) {
        doc.setBodyHtml(cover + tocHtml(body.entries(), tocPages, !pieces.isEmpty()) + body.html());
        const QList<PaperDocument::Heading> headings = doc.headings();
        built.insertions.clear();
        QList<int> insertedPages;
        for (const Piece &p : pieces)
            for (const PaperDocument::Heading &h : headings)
                if (h.level == 2 && h.text == p.heading && p.pages > 0) {
                    built.insertions.append({h.page, p.pdf});
                    insertedPages << p.pages;
                    break;
                }
        const int own = doc.pageCount();
        numbersShown.clear();
        int shift = 0;
        for (int page = 1; page <= own; ++page) {
            numbersShown << page + shift;
            for (int i = 0; i < built.insertions.size(); ++i)
                if (built.insertions.at(i).afterPage == page)
                    shift += insertedPages.at(i);
        }
        total = own + shift;
        QList<int> found;
        for (const PaperDocument::Heading &h : headings)
            if (h.level <= 2)
                found << numbersShown.value(h.page - 1, h.page);
        if (found == tocPages)
            break;
        tocPages = found;
    }
    doc.setPageNumbers(numbersShown, total);
    return built;
}

std::unique_ptr<PaperDocument> DossierDocument::build(ProgrammeFile &file, const QDate &today)
{
    return buildWithPieces(file, today).document;
}

} // namespace kitetp
