#include "documents/DossierDocument.h"

#include "core/DeclarationChecklist.h"
#include "core/Html.h"
#include "documents/DeclarationHtml.h"
#include "documents/Letterhead.h"
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

QString coverHtml(const DeclarationFacts &facts, const QList<ChecklistItem> &checklist, const QDate &today)
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
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(DossierText::tr("Édité le :"), QLocale().toString(today, QLocale::LongFormat));
    const int missing = DeclarationChecklist::count(checklist, ChecklistItem::Status::Missing);
    const int verify = DeclarationChecklist::count(checklist, ChecklistItem::Status::ToVerify);
    html += QStringLiteral("<p style=\"margin-top: 30pt;\">%1</p>")
                .arg(missing == 0 ? DossierText::tr("Vérification de complétude : aucun élément manquant ; %n point(s) à vérifier.", nullptr, verify)
                                  : DossierText::tr("Vérification de complétude : %n élément(s) manquant(s) (voir la dernière partie).", nullptr, missing));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(DossierText::tr("Le plan de ce dossier suit le modèle de dossier de déclaration de 2015 que reprennent les "
                                     "formulaires des ARS. %1")
                         .arg(DeclarationChecklist::verifyWithArs()));
    return html;
}

QString tocHtml(const QList<Entry> &entries, const QList<int> &pages)
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
    return html + QStringLiteral("</table>");
}

void sections(Body &b, ProgrammeFile &file, const DeclarationFacts &facts, const QList<ChecklistItem> &checklist)
{
    using T = DossierText;
    const auto &fields = facts.fields;
    auto table = [&fields](std::initializer_list<const char *> keys) {
        QStringList list;
        for (const char *k : keys)
            list << QString::fromLatin1(k);
        return H::fieldTable(fields, list);
    };
    const QStringList titles = DossierDocument::sectionTitles();

    b.h1(titles.at(0));
    b.add(table({"structure.name", "structure.legal_name", "structure.finess", "structure.status", "structure.address",
                 "structure.places"}));

    b.h1(titles.at(1));
    const TeamMember *coord = facts.coordinator();
    b.add(QStringLiteral("<p><b>%1</b> %2</p>").arg(T::tr("Nom :"), coord ? Html::escape(coord->name) : H::missing()));
    if (coord)
        b.add(QStringLiteral("<p><b>%1</b> %2 — %3</p>")
                  .arg(T::tr("Profession et formation ETP :"), H::value(coord->profession),
                       coord->trainingHours > 0 ? T::tr("%1 h de formation").arg(coord->trainingHours) : H::missing()));
    b.add(table({"coordinator.position", "coordinator.organisation", "coordinator.address", "coordinator.training",
                 "coordinator.other_training"}));

    b.h1(titles.at(2));
    b.paragraph(T::tr("Chaque intervenant justifie d'au moins 40 heures de formation à l'ETP ; les attestations sont jointes."));
    b.add(H::teamTable(facts.team));

    b.h1(titles.at(3));
    b.add(table({"patients.facilitators", "patients.facilitators_trained", "patients.association", "patients.association_role"}));

    b.h1(titles.at(4));
    b.h2(T::tr("Problème de santé et population"));
    b.add(table({"programme.title", "programme.condition", "programme.condition_kind", "programme.summary", "programme.need",
                 "programme.existing", "programme.population", "programme.beneficiaries", "programme.referral",
                 "programme.setting"}));
    b.h2(T::tr("Objectifs et critères de jugement"));
    b.add(table({"programme.objectives", "programme.criteria"}));
    b.h2(T::tr("Parcours du patient"));
    b.add(table({"path.assessment", "path.personalised", "path.sessions", "path.evaluation"}));
    b.h2(T::tr("Les séances du programme"));
    b.add(H::sessionsTable(GuideStore(file).conducteurs()));

    b.h1(titles.at(5));
    b.add(table({"coordination.team", "coordination.carers", "coordination.gp_letter"}));

    b.h1(titles.at(6));
    b.add(table({"information.documents", "consent.process", "consent.withdrawal", "confidentiality.data"}));

    b.h1(titles.at(7));
    b.add(table({"evaluation.annual", "evaluation.quadrennial"}));

    b.h1(titles.at(8));
    b.add(H::fundingTable(facts.funding));
    b.paragraph(T::tr("La déclaration n'ouvre pas droit à un financement, qui relève d'une procédure distincte."));

    b.h1(titles.at(9));
    b.add(table({"declaration.no_industry", "declaration.sworn", "declaration.signatory", "declaration.medical_lead",
                 "declaration.association_signatory", "declaration.ars", "declaration.means"}));
    b.paragraph(T::tr("Rappel : aucune entreprise exploitant un médicament ou un dispositif médical ne participe à la conception "
                      "ni à la mise en œuvre du programme (articles L1161-1 et L1161-4 du code de la santé publique)."));
    b.add(QStringLiteral("<table width=\"100%\" cellpadding=\"8\"><tr><td>%1<br/><br/><br/></td><td>%2<br/><br/><br/></td>"
                         "<td>%3<br/><br/><br/></td></tr></table>")
              .arg(T::tr("Le déclarant"), T::tr("Le responsable médical"), T::tr("L'association partenaire")));

    b.h1(titles.at(10));
    b.h2(T::tr("Annexe A — Charte d'engagement : signataires"));
    b.paragraph(T::tr("Chaque intervenant signe la charte d'engagement de l'arrêté du 30 décembre 2020 ; les chartes signées "
                      "sont jointes au dossier."));
    b.add(H::charterTable(facts.team));
    b.h2(T::tr("Annexe B — Formulaire de consentement"), true);
    b.add(DossierAnnexes::consentForm(fields));
    b.h2(T::tr("Annexe C — Fiche d'information du patient"), true);
    b.add(DossierAnnexes::informationSheet(fields));
    b.h2(T::tr("Annexe D — Courrier type au médecin traitant"), true);
    b.add(DossierAnnexes::gpLetter(fields));

    b.h1(titles.at(11));
    b.paragraph(T::tr("Chaque exigence du dossier et du cahier des charges, vérifiée par Kit ETP dans le fichier du programme. "
                      "Les points « à vérifier » ne peuvent pas être établis par le logiciel."));
    b.add(H::checklistTable(checklist));
}

} // namespace

QStringList DossierDocument::sectionTitles()
{
    using T = DossierText;
    return {T::tr("1. Structure porteuse"),
            T::tr("2. Coordonnateur"),
            T::tr("3. Équipe d'intervenants"),
            T::tr("4. Implication des patients"),
            T::tr("5. Le programme"),
            T::tr("6. Coordination"),
            T::tr("7. Information, consentement et confidentialité"),
            T::tr("8. Évaluation"),
            T::tr("9. Financement"),
            T::tr("10. Déclarations et signatures"),
            T::tr("Annexes"),
            T::tr("Vérification de complétude")};
}

std::unique_ptr<PaperDocument> DossierDocument::build(ProgrammeFile &file, const QDate &today)
{
    auto doc = std::make_unique<PaperDocument>(DossierText::tr("Dossier de déclaration à l'ARS"));
    Letterhead::apply(*doc, file);
    const DeclarationFacts facts = DeclarationStore(file).facts(today);
    const QList<ChecklistItem> checklist = DeclarationChecklist::compute(facts);
    Body body;
    sections(body, file, facts, checklist);
    const QString cover = coverHtml(facts, checklist, today);

    // Two passes (or more, until stable): lay out with the page numbers found, measure the headings again.
    QList<int> pages;
    for (int pass = 0; pass < 4; ++pass) {
        doc->setBodyHtml(cover + tocHtml(body.entries(), pages) + body.html());
        QList<int> found;
        for (const PaperDocument::Heading &h : doc->headings())
            if (h.level <= 2)
                found << h.page;
        if (found == pages)
            break;
        pages = found;
    }
    return doc;
}

} // namespace kitetp
