// SPDX-License-Identifier: EUPL-1.2
#include "core/DeclarationChecklist.h"

#include "core/ProgrammeFields.h"

#include <QLocale>
#include <QSet>

namespace kitetp {

namespace {

using Status = ChecklistItem::Status;

class Builder
{
public:
    explicit Builder(const DeclarationFacts &f) : facts(f) {}

    void section(const QString &name, const QString &step)
    {
        m_section = name;
        m_step = step;
    }
    void add(const QString &id, const QString &label, Status status, const QString &reason, const QString &field = {})
    {
        items.append({id, m_section, label, status, reason, m_step, field});
    }
    // A dossier field that must be filled.
    void field(const QString &key)
    {
        const bool filled = !facts.field(key).isEmpty();
        add(QStringLiteral("field.") + key, ProgrammeFields::label(key), filled ? Status::Met : Status::Missing,
            filled ? QString() : DeclarationChecklist::tr("Non renseigné."), key);
    }
    // Dossier fields that must be filled, in this order.
    void fields(std::initializer_list<const char *> keys)
    {
        for (const char *key : keys)
            field(QString::fromLatin1(key));
    }
    // A yes/no field that must be answered "oui".
    void yes(const QString &id, const QString &key, const QString &whenNo, Status whenMissing = Status::Missing)
    {
        const QString v = facts.field(key);
        if (v == QLatin1String("oui"))
            add(id, ProgrammeFields::label(key), Status::Met, {}, key);
        else
            add(id, ProgrammeFields::label(key), whenMissing,
                v.isEmpty() ? DeclarationChecklist::tr("Non renseigné.") : whenNo, key);
    }

    // Met when nobody is left out; missing otherwise, `reason` ("... : %1.") naming who.
    void everyone(const QString &id, const QString &label, const QStringList &leftOut, const QString &reason)
    {
        add(id, label, leftOut.isEmpty() ? Status::Met : Status::Missing,
            leftOut.isEmpty() ? QString() : reason.arg(QLocale().createSeparatedList(leftOut)));
    }

    const DeclarationFacts &facts;
    QList<ChecklistItem> items;

private:
    QString m_section;
    QString m_step;
};

void teamRules(Builder &b)
{
    const DeclarationFacts &f = b.facts;
    b.section(DeclarationChecklist::tr("Coordonnateur"), QStringLiteral("team"));
    int coordinators = 0;
    for (const TeamMember &m : f.team)
        coordinators += m.isCoordinator ? 1 : 0;
    const TeamMember *coord = f.coordinator();
    if (!coord)
        b.add(QStringLiteral("team.coordinator"), DeclarationChecklist::tr("Un coordonnateur est désigné"), Status::Missing,
              DeclarationChecklist::tr("Aucun membre de l'équipe n'est coordonnateur."));
    else if (coordinators > 1)
        b.add(QStringLiteral("team.coordinator"), DeclarationChecklist::tr("Un coordonnateur est désigné"), Status::Missing,
              DeclarationChecklist::tr("%n membres sont marqués coordonnateur : il en faut un seul.", nullptr, coordinators));
    else
        b.add(QStringLiteral("team.coordinator"), DeclarationChecklist::tr("Un coordonnateur est désigné"), Status::Met, coord->name);
    const QString eligibility = f.field(QStringLiteral("coordinator.eligibility"));
    b.add(QStringLiteral("team.coordinator.eligibility"),
          DeclarationChecklist::tr("Le coordonnateur est médecin, autre professionnel de santé ou membre mandaté d'une association de patients agréée"),
          eligibility.isEmpty() ? Status::Missing : Status::Met, eligibility.isEmpty() ? DeclarationChecklist::tr("Qualité du coordonnateur non renseignée.") : eligibility,
          QStringLiteral("coordinator.eligibility"));
    const bool associationCoordinator = eligibility.contains(QLatin1String("association"), Qt::CaseInsensitive);
    if (associationCoordinator)
        b.add(QStringLiteral("team.coordinator.medical_team"), DeclarationChecklist::tr("Le programme est co-construit avec une équipe médicale, dont le responsable signe"),
              f.field(QStringLiteral("patients.medical_team")).isEmpty() ? Status::Missing : Status::Met,
              f.field(QStringLiteral("patients.medical_team")).isEmpty() ? DeclarationChecklist::tr("Équipe médicale associée non renseignée.") : QString(),
              QStringLiteral("patients.medical_team"));
    const bool coordinationTraining = !f.field(QStringLiteral("coordinator.training")).isEmpty();
    b.add(QStringLiteral("team.coordinator.coordination_training"),
          DeclarationChecklist::tr("Le coordonnateur a les compétences de coordination (formation à la coordination de l'ETP)"),
          coordinationTraining ? Status::Met : Status::Missing,
          coordinationTraining ? f.field(QStringLiteral("coordinator.training")) : DeclarationChecklist::tr("Formation à la coordination non renseignée."),
          QStringLiteral("coordinator.training"));
    if (coord) {
        b.add(QStringLiteral("team.coordinator.training"), DeclarationChecklist::tr("Le coordonnateur a suivi au moins 40 heures de formation à l'ETP"),
              coord->isTrained() ? Status::Met : Status::Missing,
              DeclarationChecklist::tr("%1 : %2 h déclarées.").arg(coord->name).arg(coord->trainingHours));
        const bool attached = !f.attached(Attachment::Piece::TrainingCertificate, coord->id).isEmpty();
        b.add(QStringLiteral("team.coordinator.certificate"), DeclarationChecklist::tr("L'attestation de formation du coordonnateur est jointe"),
              attached ? Status::Met : Status::Missing,
              attached ? coord->trainingBody : DeclarationChecklist::tr("Aucune attestation jointe pour %1.").arg(coord->name));
    }
    b.fields({"coordinator.position", "coordinator.organisation"});

    b.section(DeclarationChecklist::tr("Équipe"), QStringLiteral("team"));
    QSet<QString> professions;
    bool physician = false;
    QStringList untrained, noCertificate, unsigned_, charterNotAttached;
    for (const TeamMember &m : f.team) {
        if (!m.isPatientPartner && TeamMember::isHealthProfession(m.profession))
            professions.insert(TeamMember::professionKey(m.profession));
        physician = physician || (!m.isPatientPartner && m.isPhysician());
        if (!m.isTrained())
            untrained << QStringLiteral("%1 (%2 h)").arg(m.name).arg(m.trainingHours);
        if (f.attached(Attachment::Piece::TrainingCertificate, m.id).isEmpty())
            noCertificate << m.name;
        if (!m.charterSignedOn.isValid())
            unsigned_ << m.name;
        if (f.attached(Attachment::Piece::SignedCharter, m.id).isEmpty())
            charterNotAttached << m.name;
    }
    b.add(QStringLiteral("team.professions"), DeclarationChecklist::tr("Au moins deux professionnels de santé de professions différentes"),
          professions.size() >= 2 ? Status::Met : Status::Missing,
          DeclarationChecklist::tr("%n profession(s) de santé dans l'équipe.", nullptr, int(professions.size())));
    if (!coord || !coord->isPhysician())
        b.add(QStringLiteral("team.physician"), DeclarationChecklist::tr("Un médecin intervient (le coordonnateur n'est pas médecin)"),
              physician ? Status::Met : Status::Missing,
              physician ? QString() : DeclarationChecklist::tr("Aucun intervenant n'a une profession reconnue comme médicale."));
    else
        b.add(QStringLiteral("team.physician"), DeclarationChecklist::tr("Un médecin intervient"), Status::Met, DeclarationChecklist::tr("Le coordonnateur est médecin."));
    if (f.team.isEmpty()) {
        b.add(QStringLiteral("team.training"), DeclarationChecklist::tr("Chaque intervenant a suivi au moins 40 heures de formation à l'ETP"),
              Status::Missing, DeclarationChecklist::tr("L'équipe est vide."));
    } else {
        b.everyone(QStringLiteral("team.training"), DeclarationChecklist::tr("Chaque intervenant a suivi au moins 40 heures de formation à l'ETP"),
                   untrained, DeclarationChecklist::tr("Moins de 40 h : %1."));
        b.everyone(QStringLiteral("team.certificates"), DeclarationChecklist::tr("L'attestation de formation de chaque intervenant est jointe"),
                   noCertificate, DeclarationChecklist::tr("Sans attestation jointe : %1."));
        b.everyone(QStringLiteral("team.charters"), DeclarationChecklist::tr("Chaque intervenant a signé la charte d'engagement"),
                   unsigned_, DeclarationChecklist::tr("Charte non signée : %1."));
        b.everyone(QStringLiteral("team.charters_attached"), DeclarationChecklist::tr("La charte signée de chaque intervenant est jointe"),
                   charterNotAttached, DeclarationChecklist::tr("Charte signée non jointe : %1."));
    }
}

} // namespace

QString ChecklistItem::statusLabel(Status status)
{
    switch (status) {
    case Status::Met: return DeclarationChecklist::tr("conforme");
    case Status::Missing: return DeclarationChecklist::tr("manquant");
    case Status::ToVerify: return DeclarationChecklist::tr("à vérifier");
    }
    return {};
}

QString DeclarationChecklist::verifyWithArs()
{
    return tr("À vérifier auprès de votre ARS.");
}

int DeclarationChecklist::count(const QList<ChecklistItem> &items, ChecklistItem::Status status)
{
    int n = 0;
    for (const ChecklistItem &i : items)
        n += i.status == status ? 1 : 0;
    return n;
}

QList<ChecklistItem> DeclarationChecklist::compute(const DeclarationFacts &f)
{
    Builder b(f);
    b.section(tr("Structure porteuse"), QStringLiteral("need"));
    b.fields({"structure.name", "structure.finess", "structure.status", "structure.address", "structure.places"});

    teamRules(b);

    b.section(tr("Implication des patients"), QStringLiteral("team"));
    const QString patientFacilitators = f.field(QStringLiteral("patients.facilitators"));
    b.add(QStringLiteral("patients.facilitators"), ProgrammeFields::label(QStringLiteral("patients.facilitators")),
          patientFacilitators.isEmpty() ? Status::Missing : Status::Met,
          patientFacilitators.isEmpty() ? tr("Répondez oui ou non.") : patientFacilitators,
          QStringLiteral("patients.facilitators"));
    if (patientFacilitators == QLatin1String("oui"))
        b.yes(QStringLiteral("patients.facilitators_trained"), QStringLiteral("patients.facilitators_trained"),
              tr("Les patients intervenants doivent justifier des mêmes compétences (40 h)."));
    if (!f.field(QStringLiteral("patients.association")).isEmpty()) {
        b.field(QStringLiteral("patients.association_role"));
        b.add(QStringLiteral("patients.association_approved"), tr("L'association partenaire est agréée"), Status::ToVerify,
              tr("Kit ETP ne peut pas le vérifier : joignez l'agrément de l'association."), QStringLiteral("patients.association"));
    }

    b.section(tr("Le programme"), QStringLiteral("need"));
    b.fields({"programme.title", "programme.condition", "programme.summary", "programme.population",
                            "programme.beneficiaries", "programme.referral"});
    b.section(tr("Le programme"), QStringLiteral("design"));
    b.fields({"programme.setting", "programme.objectives", "programme.criteria", "programme.evidence"});
    if (f.field(QStringLiteral("programme.support_actions")).isEmpty())
        b.add(QStringLiteral("field.programme.support_actions"), ProgrammeFields::label(QStringLiteral("programme.support_actions")),
              Status::ToVerify, tr("À décrire s'il existe des actions d'accompagnement."), QStringLiteral("programme.support_actions"));
    else
        b.field(QStringLiteral("programme.support_actions"));

    b.section(tr("Parcours du patient"), QStringLiteral("design"));
    b.fields({"path.assessment", "path.personalised", "path.sessions", "path.evaluation"});
    const int ready = f.seances - f.draftSeances;
    b.add(QStringLiteral("design.seances"), tr("Les séances sont décrites (ateliers)"),
          ready > 0 ? Status::Met : Status::Missing,
          f.seances == 0 ? tr("Aucune séance dans les ateliers.")
                         : tr("%n séance(s) prête(s), %1 en brouillon.", nullptr, ready).arg(f.draftSeances));

    b.section(tr("Coordination"), QStringLiteral("documents"));
    b.fields({"coordination.team", "coordination.carers"});
    b.yes(QStringLiteral("coordination.gp_letter"), QStringLiteral("coordination.gp_letter"),
          tr("Le médecin traitant doit être informé, avec l'accord du patient."));
    b.fields({"record.kind", "record.access"});

    b.section(tr("Information, consentement et confidentialité"), QStringLiteral("documents"));
    b.fields({"information.documents", "consent.process"});
    b.yes(QStringLiteral("consent.withdrawal"), QStringLiteral("consent.withdrawal"),
          tr("Le patient doit pouvoir sortir du programme à tout moment sans conséquence sur sa prise en charge."));
    b.field(QStringLiteral("confidentiality.data"));

    b.section(tr("Évaluation"), QStringLiteral("documents"));
    b.fields({"evaluation.annual", "evaluation.quadrennial"});

    b.section(tr("Financement"), QStringLiteral("documents"));
    b.add(QStringLiteral("funding.sources"), tr("Les sources de financement prévues sont indiquées"),
          f.funding.isEmpty() ? Status::Missing : Status::Met,
          f.funding.isEmpty() ? tr("Aucune source de financement.") : tr("%n source(s).", nullptr, int(f.funding.size())));

    b.section(tr("Déclarations et signatures"), QStringLiteral("check"));
    const QString industry = f.field(QStringLiteral("declaration.no_industry"));
    b.add(QStringLiteral("declaration.no_industry"),
          tr("Aucune entreprise du médicament, du dispositif médical, du diagnostic in vitro ou de services de santé n'est impliquée"),
          industry == QLatin1String("oui") ? Status::Met : Status::Missing,
          industry == QLatin1String("non")
              ? tr("Interdit (art. L1161-4 du code de la santé publique) : une telle entreprise ne peut ni concevoir, ni "
                   "financer, ni mettre en œuvre les contacts du programme avec les patients.")
              : industry.isEmpty() ? tr("Non renseigné.") : QString(),
          QStringLiteral("declaration.no_industry"));
    b.fields({"declaration.signatory", "declaration.ars"});
    if (f.field(QStringLiteral("declaration.sworn")) == QLatin1String("oui"))
        b.add(QStringLiteral("declaration.sworn"), ProgrammeFields::label(QStringLiteral("declaration.sworn")), Status::Met, {},
              QStringLiteral("declaration.sworn"));
    else
        b.add(QStringLiteral("declaration.sworn"), ProgrammeFields::label(QStringLiteral("declaration.sworn")), Status::ToVerify,
              tr("Certaines ARS la demandent.") + QLatin1Char(' ') + verifyWithArs(), QStringLiteral("declaration.sworn"));

    b.section(tr("Pièces jointes"), QStringLiteral("documents"));
    // Pieces several ARS require (declaration.md, "Checkable rules"): attached, or missing.
    for (Attachment::Piece piece : {Attachment::Piece::AssessmentGrid, Attachment::Piece::InformationSheet,
                                    Attachment::Piece::ConsentForm, Attachment::Piece::GpLetterModel}) {
        const int n = int(f.attached(piece).size());
        b.add(QStringLiteral("pieces.") + Attachment::toStored(piece), tr("Pièce jointe : %1").arg(Attachment::label(piece)),
              n > 0 ? Status::Met : Status::Missing,
              n > 0 ? tr("%n pièce(s) jointe(s).", nullptr, n)
                    : tr("Non jointe : ajoutez le document que l'équipe utilise (Déclaration ARS › Pièces jointes)."));
    }
    b.add(QStringLiteral("annex.model"), tr("Le dossier suit le modèle de votre ARS"), Status::ToVerify,
          tr("Le plan suit la composition du dossier de déclaration (arrêté du 30 décembre 2020, annexe 2) telle qu'elle est "
             "connue ; les pièces demandées varient selon les ARS.") + QLatin1Char(' ') + verifyWithArs());
    return b.items;
}

} // namespace kitetp
