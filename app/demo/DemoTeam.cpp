#include "demo/DemoParts.h"

#include "core/Dates.h"
#include "demo/DemoGenerator.h"
#include "storage/DeclarationStore.h"
#include "storage/FieldStore.h"
#include "storage/TeamStore.h"

#include <QDate>

namespace kitetp {

namespace {

FileError fillTeam(ProgrammeFile &file, const QDate &start)
{
    struct Row
    {
        const char *name, *profession, *role;
        bool coordinator, patient;
        int hours;
        const char *body;
    };
    // Obviously fictional people.
    const Row rows[] = {
        {"Camille Exemple (fictive)", "Infirmière", "Coordination, bilans éducatifs partagés, ateliers", true, false, 56,
         "Organisme de formation fictif « ETP Formation »"},
        {"Dr Alex Modèle (fictif)", "Médecin oncologue", "Responsable médical, atelier traitements", false, false, 40,
         "Diplôme universitaire d'ETP (fictif)"},
        {"Dominique Essai (fictif)", "Pharmacien", "Atelier « Mon traitement oral au quotidien »", false, false, 42,
         "Organisme de formation fictif « ETP Formation »"},
        {"Sacha Test (fictive)", "Diététicienne", "Atelier alimentation", false, false, 40,
         "Organisme de formation fictif « ETP Formation »"},
        {"Claude Démo (fictif)", "Patient partenaire", "Co-animation des ateliers, témoignage", false, true, 40,
         "Université des patients (fictive)"},
    };
    TeamStore team(file);
    int position = 0;
    for (const Row &r : rows) {
        TeamMember m;
        m.name = QString::fromUtf8(r.name);
        m.profession = QString::fromUtf8(r.profession);
        m.role = QString::fromUtf8(r.role);
        m.isCoordinator = r.coordinator;
        m.isPatientPartner = r.patient;
        m.trainingHours = r.hours;
        m.trainingBody = QString::fromUtf8(r.body);
        m.trainingYear = start.year() - 2 + position % 2;
        m.certificate = true;
        m.charterSignedOn = start.addMonths(-6).addDays(position);
        m.email = QStringLiteral("intervenant%1@exemple.invalid").arg(position + 1);
        m.position = position++;
        if (FileError e = team.add(m))
            return e;
    }
    return {};
}

FileError fillDossier(ProgrammeFile &file)
{
    return FieldStore(file).setValues({
        {QStringLiteral("structure.legal_name"), QStringLiteral("Centre hospitalier fictif de Belleville-sur-Loire")},
        {QStringLiteral("structure.city"), QStringLiteral("Belleville-sur-Loire")},
        {QStringLiteral("coordinator.eligibility"), QStringLiteral("Autre professionnel de santé (infirmière)")},
        {QStringLiteral("coordinator.position"), QStringLiteral("Infirmière coordinatrice en hôpital de jour")},
        {QStringLiteral("coordinator.organisation"), QStringLiteral("Centre hospitalier fictif de Belleville-sur-Loire")},
        {QStringLiteral("coordinator.address"), QStringLiteral("Hôpital de jour d'oncologie\n1 rue Imaginaire\n99999 Belleville-sur-Loire")},
        {QStringLiteral("coordinator.training"), QStringLiteral("Formation à la coordination d'un programme d'ETP (fictive), 16 h")},
        {QStringLiteral("coordinator.other_training"), QStringLiteral("Formation de 40 h à la dispensation de l'ETP")},
        {QStringLiteral("patients.facilitators"), QStringLiteral("oui")},
        {QStringLiteral("patients.facilitators_trained"), QStringLiteral("oui")},
        {QStringLiteral("patients.association"), QStringLiteral("Association fictive « Ensemble face au cancer »")},
        {QStringLiteral("patients.association_role"), QStringLiteral("Co-construction des ateliers, animation par un patient partenaire et participation à l'évaluation annuelle.")},
        {QStringLiteral("patients.stages"), QStringLiteral("Animation, évaluation")},
        {QStringLiteral("patients.association_approval"), QStringLiteral("Agrément fictif n° 0000-00")},
        {QStringLiteral("patients.association_delivers"), QStringLiteral("oui")},
        {QStringLiteral("programme.evidence"),
         QStringLiteral("Recommandations fictives sur l'éducation des patients sous thérapie orale ; retours d'expérience d'autres "
                        "programmes (fictifs).")},
        {QStringLiteral("programme.support_actions"), QStringLiteral("Lien avec l'espace de rencontres et d'information de l'établissement (fictif).")},
        {QStringLiteral("record.kind"), QStringLiteral("Informatisé (fichier du programme Kit ETP)")},
        {QStringLiteral("record.access"), QStringLiteral("Le patient peut consulter son dossier d'ETP et la synthèse des échanges sur demande.")},
        {QStringLiteral("programme.need"),
         QStringLiteral("Les patients sous thérapie orale gèrent seuls leur traitement à domicile ; les effets indésirables et les "
                        "oublis de prise motivent des consultations non programmées.")},
        {QStringLiteral("programme.existing"), QStringLiteral("Aucun programme d'ETP sur les thérapies orales dans le territoire (fictif).")},
        {QStringLiteral("programme.condition_kind"), QStringLiteral("Affection de longue durée")},
        {QStringLiteral("programme.population"),
         QStringLiteral("Adultes débutant ou recevant une thérapie anticancéreuse orale, quel que soit le stade, et leurs proches.")},
        {QStringLiteral("programme.beneficiaries"), QStringLiteral("60")},
        {QStringLiteral("programme.referral"),
         QStringLiteral("Proposition par l'oncologue lors de la consultation d'annonce du traitement, ou par le pharmacien d'officine ; "
                        "contact direct de l'infirmière coordinatrice.")},
        {QStringLiteral("programme.setting"), QStringLiteral("Ambulatoire (hôpital de jour)")},
        {QStringLiteral("programme.objectives"),
         QStringLiteral("Permettre au patient de prendre son traitement en sécurité, de reconnaître et gérer les effets "
                        "indésirables, et de savoir quand alerter.")},
        {QStringLiteral("programme.criteria"),
         QStringLiteral("Part des objectifs éducatifs atteints à l'évaluation finale ; satisfaction des patients ; "
                        "consultations non programmées.")},
        {QStringLiteral("path.assessment"), QStringLiteral("Bilan éducatif partagé individuel de 45 minutes avec l'infirmière coordinatrice.")},
        {QStringLiteral("path.personalised"), QStringLiteral("Programme personnalisé convenu avec le patient, remis par écrit.")},
        {QStringLiteral("path.sessions"), QStringLiteral("Ateliers collectifs de 6 à 8 personnes et entretiens individuels ; outils : cartes, "
                                                         "photolangage, fiches patients.")},
        {QStringLiteral("path.evaluation"), QStringLiteral("Évaluation individuelle en fin de parcours ; synthèse écrite dans le dossier d'ETP "
                                                           "du patient et adressée au médecin traitant.")},
        {QStringLiteral("coordination.team"), QStringLiteral("Réunion d'équipe mensuelle ; dossier d'ETP partagé.")},
        {QStringLiteral("coordination.carers"), QStringLiteral("Lien avec l'oncologue référent et le pharmacien d'officine, avec l'accord du patient.")},
        {QStringLiteral("coordination.gp_letter"), QStringLiteral("oui")},
        {QStringLiteral("information.documents"), QStringLiteral("Fiche d'information remise à la proposition du programme.")},
        {QStringLiteral("consent.process"), QStringLiteral("Consentement écrit à l'entrée et au partage des données, recueilli après information.")},
        {QStringLiteral("consent.withdrawal"), QStringLiteral("oui")},
        {QStringLiteral("confidentiality.data"),
         QStringLiteral("Données pseudonymisées, fichier du programme accessible à l'équipe seule ; registre de traitement (RGPD) "
                        "tenu par l'établissement.")},
        {QStringLiteral("evaluation.annual"), QStringLiteral("Auto-évaluation annuelle en équipe avec l'association partenaire, "
                                                             "sur les indicateurs d'activité, de processus et de résultats.")},
        {QStringLiteral("evaluation.quadrennial"), QStringLiteral("Évaluation quadriennale à partir des quatre auto-évaluations annuelles.")},
        {QStringLiteral("annex.assessment_grid"), QStringLiteral("oui")},
        {QStringLiteral("declaration.reference"), QStringLiteral("DEMO-0000 (fictive)")},
        {QStringLiteral("declaration.ars"), QStringLiteral("ARS fictive de la région Exemple")},
        {QStringLiteral("declaration.means"), QStringLiteral("Formulaire en ligne")},
        {QStringLiteral("declaration.no_industry"), QStringLiteral("oui")},
        {QStringLiteral("declaration.sworn"), QStringLiteral("oui")},
        {QStringLiteral("declaration.signatory"), QStringLiteral("Directeur fictif du centre hospitalier")},
        {QStringLiteral("declaration.medical_lead"), QStringLiteral("Dr Alex Modèle (fictif)")},
        {QStringLiteral("declaration.association_signatory"), QStringLiteral("Présidente fictive de l'association")},
    });
}

FileError fillDeclaration(ProgrammeFile &file, const QDate &start)
{
    DeclarationStore store(file);
    const QList<Funding> funding = {
        {0, QStringLiteral("Fonds d'intervention régional (demande séparée, fictive)"), 1500000, 0, QString()},
        {0, QStringLiteral("Fonds propres de l'établissement"), 400000, 0, QStringLiteral("Temps infirmier et salle")},
    };
    for (Funding f : funding)
        if (FileError e = store.addFunding(f))
            return e;
    if (FileError e = store.setDated(DeclarationEvent::Kind::Sent, start.addMonths(-4)))
        return e;
    return store.setDated(DeclarationEvent::Kind::Acknowledged, start.addMonths(-3).addDays(5));
}

} // namespace

// A fictional team (coordinator nurse, oncologist, pharmacist, dietitian, patient partner), trained and with signed
// charters; the dossier's fields; funding; a declaration sent and acknowledged before the programme started.
FileError fillDemoTeam(ProgrammeFile &file, QRandomGenerator &, const DemoOptions &options)
{
    const QDate start(options.lastYear - options.years + 1, 1, 15);
    if (FileError e = fillTeam(file, start))
        return e;
    if (FileError e = fillDossier(file))
        return e;
    return fillDeclaration(file, start);
}

} // namespace kitetp
