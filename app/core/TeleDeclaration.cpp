// SPDX-License-Identifier: EUPL-1.2
#include "core/TeleDeclaration.h"

#include "core/ProgrammeFields.h"

#include <QLocale>

namespace kitetp {

namespace {

class Sections
{
public:
    explicit Sections(const DeclarationFacts &f) : facts(f) {}
    void section(const QString &title) { out.append({title, {}}); }
    void answer(const QString &label, const QString &value) { out.last().answers.append({label, value.trimmed()}); }
    void fields(std::initializer_list<const char *> keys)
    {
        for (const char *k : keys) {
            const QString key = QString::fromLatin1(k);
            answer(ProgrammeFields::label(key), ProgrammeFields::displayValue(key, facts.field(key)));
        }
    }
    const DeclarationFacts &facts;
    QList<TeleDeclaration::Section> out;
};

QString memberLine(const TeamMember &m)
{
    QStringList parts{m.name};
    if (!m.profession.isEmpty())
        parts << m.profession;
    if (!m.role.isEmpty())
        parts << m.role;
    parts << TeleDeclaration::tr("%1 h de formation à l'ETP").arg(m.trainingHours);
    if (!m.trainingBody.isEmpty())
        parts << m.trainingBody;
    if (m.isPatientPartner)
        parts << TeleDeclaration::tr("patient intervenant");
    return parts.join(QStringLiteral(" — "));
}

} // namespace

QString TeleDeclaration::notRecorded()
{
    return tr("(non renseigné)");
}

QList<TeleDeclaration::Section> TeleDeclaration::sections(const DeclarationFacts &f)
{
    Sections s(f);
    s.section(tr("Agence régionale de santé"));
    s.fields({"declaration.ars", "declaration.other_regions"});

    s.section(tr("Structure porteuse"));
    s.fields({"structure.name", "structure.legal_name", "structure.finess", "structure.status", "structure.address", "structure.places"});

    s.section(tr("Coordonnateur"));
    const TeamMember *coord = f.coordinator();
    s.answer(tr("Nom"), coord ? coord->name : QString());
    s.answer(tr("Profession"), coord ? coord->profession : QString());
    s.answer(tr("Heures de formation à l'ETP"), coord ? QString::number(coord->trainingHours) : QString());
    s.fields({"coordinator.eligibility", "coordinator.position", "coordinator.organisation", "coordinator.address",
              "coordinator.training", "coordinator.other_training"});

    s.section(tr("Équipe"));
    QStringList team;
    for (const TeamMember &m : f.team)
        team << memberLine(m);
    s.answer(tr("Intervenants (nom, profession, rôle, formation)"), team.join(QLatin1Char('\n')));
    s.fields({"patients.facilitators", "patients.facilitators_trained", "patients.stages", "patients.association",
              "patients.association_approval", "patients.association_role", "patients.association_delivers",
              "patients.medical_team"});

    s.section(tr("Programme"));
    s.fields({"programme.title", "programme.condition", "programme.condition_kind", "programme.summary", "programme.need",
              "programme.existing", "programme.population", "programme.beneficiaries", "programme.setting", "programme.objectives",
              "programme.criteria", "programme.evidence", "programme.support_actions"});

    s.section(tr("Parcours du patient"));
    s.fields({"programme.referral", "path.assessment", "path.personalised", "path.sessions", "path.evaluation"});

    s.section(tr("Coordination"));
    s.fields({"coordination.team", "coordination.carers", "coordination.gp_letter", "record.kind", "record.access"});

    s.section(tr("Information et consentement"));
    s.fields({"information.documents", "consent.process", "consent.withdrawal", "confidentiality.data"});

    s.section(tr("Évaluation"));
    s.fields({"evaluation.annual", "evaluation.quadrennial"});

    s.section(tr("Financement"));
    QStringList funding;
    for (const Funding &fu : f.funding)
        funding << tr("%1 : %2").arg(fu.source, QLocale().toCurrencyString(double(fu.amountCents) / 100.0, QStringLiteral("€")));
    s.answer(tr("Sources de financement prévues"), funding.join(QLatin1Char('\n')));

    s.section(tr("Engagements"));
    s.fields({"declaration.no_industry", "declaration.sworn", "declaration.signatory", "declaration.medical_lead",
              "declaration.association_signatory"});
    return s.out;
}

QString TeleDeclaration::markdown(const QList<Section> &sections, const QString &programmeTitle)
{
    QString md = QStringLiteral("# %1\n\n%2\n").arg(tr("Réponses pour la télédéclaration"), programmeTitle);
    for (const Section &sec : sections) {
        md += QStringLiteral("\n## %1\n\n").arg(sec.title);
        for (const Answer &a : sec.answers) {
            const QString value = a.value.isEmpty() ? notRecorded() : a.value;
            md += QStringLiteral("**%1**\n\n%2\n\n").arg(a.label, value);
        }
    }
    return md;
}

} // namespace kitetp
