// SPDX-License-Identifier: EUPL-1.2
#include "core/ProgrammeFields.h"

#include "core/Dates.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace kitetp {

namespace {
constexpr int shortText = 300;
constexpr int longText = 20000;
} // namespace

const QList<FieldSpec> &ProgrammeFields::all()
{
    static const QList<FieldSpec> fields = {
        {QStringLiteral("programme.title"), QT_TRANSLATE_NOOP("ProgrammeFields", "Titre du programme"), FieldSpec::Text, shortText},
        {QStringLiteral("programme.summary"), QT_TRANSLATE_NOOP("ProgrammeFields", "Présentation"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.condition"), QT_TRANSLATE_NOOP("ProgrammeFields", "Problème de santé"), FieldSpec::Text, shortText},
        {QStringLiteral("programme.start"), QT_TRANSLATE_NOOP("ProgrammeFields", "Date de début"), FieldSpec::Date, 10},
        {QStringLiteral("structure.name"), QT_TRANSLATE_NOOP("ProgrammeFields", "Structure porteuse"), FieldSpec::Text, shortText},
        {QStringLiteral("structure.finess"), QT_TRANSLATE_NOOP("ProgrammeFields", "N° FINESS ou SIREN"), FieldSpec::Text, 14},
        {QStringLiteral("structure.status"), QT_TRANSLATE_NOOP("ProgrammeFields", "Statut juridique"), FieldSpec::Text, shortText},
        {QStringLiteral("structure.address"), QT_TRANSLATE_NOOP("ProgrammeFields", "Adresse"), FieldSpec::MultiLine, 2000},
        {QStringLiteral("structure.places"), QT_TRANSLATE_NOOP("ProgrammeFields", "Lieux de mise en œuvre"), FieldSpec::MultiLine, 2000},
        {QStringLiteral("contact.name"), QT_TRANSLATE_NOOP("ProgrammeFields", "Contact"), FieldSpec::Text, shortText},
        {QStringLiteral("contact.role"), QT_TRANSLATE_NOOP("ProgrammeFields", "Fonction"), FieldSpec::Text, shortText},
        {QStringLiteral("contact.phone"), QT_TRANSLATE_NOOP("ProgrammeFields", "Téléphone"), FieldSpec::Phone, 40},
        {QStringLiteral("contact.email"), QT_TRANSLATE_NOOP("ProgrammeFields", "Courriel"), FieldSpec::Email, shortText},
        // The declaration dossier (declaration.md, "What the dossier holds"), in the order of the dossier.
        {QStringLiteral("structure.legal_name"), QT_TRANSLATE_NOOP("ProgrammeFields", "Raison sociale"), FieldSpec::Text, shortText},
        {QStringLiteral("structure.city"), QT_TRANSLATE_NOOP("ProgrammeFields", "Ville (pour la date des courriers)"), FieldSpec::Text, shortText},
        {QStringLiteral("coordinator.eligibility"), QT_TRANSLATE_NOOP("ProgrammeFields", "Qualité du coordonnateur (médecin, autre professionnel de santé, membre mandaté d'une association de patients agréée)"), FieldSpec::Text, shortText},
        {QStringLiteral("coordinator.position"), QT_TRANSLATE_NOOP("ProgrammeFields", "Fonction du coordonnateur"), FieldSpec::Text, shortText},
        {QStringLiteral("coordinator.organisation"), QT_TRANSLATE_NOOP("ProgrammeFields", "Structure d'exercice du coordonnateur"), FieldSpec::Text, shortText},
        {QStringLiteral("coordinator.address"), QT_TRANSLATE_NOOP("ProgrammeFields", "Adresse professionnelle du coordonnateur"), FieldSpec::MultiLine, 2000},
        {QStringLiteral("coordinator.training"), QT_TRANSLATE_NOOP("ProgrammeFields", "Formation à la coordination"), FieldSpec::MultiLine, 2000},
        {QStringLiteral("coordinator.other_training"), QT_TRANSLATE_NOOP("ProgrammeFields", "Autres formations en ETP"), FieldSpec::MultiLine, 2000},
        {QStringLiteral("patients.facilitators"), QT_TRANSLATE_NOOP("ProgrammeFields", "Des patients intervenants participent"), FieldSpec::YesNo, 3},
        {QStringLiteral("patients.facilitators_trained"), QT_TRANSLATE_NOOP("ProgrammeFields", "Les patients intervenants sont formés"), FieldSpec::YesNo, 3},
        {QStringLiteral("patients.association"), QT_TRANSLATE_NOOP("ProgrammeFields", "Association de patients agréée partenaire"), FieldSpec::Text, shortText},
        {QStringLiteral("patients.association_role"), QT_TRANSLATE_NOOP("ProgrammeFields", "Rôle de l'association (coordination, animation, évaluation)"), FieldSpec::MultiLine, 4000},
        {QStringLiteral("patients.stages"), QT_TRANSLATE_NOOP("ProgrammeFields", "Étapes où des patients sont impliqués (coordination, animation, évaluation)"), FieldSpec::Text, shortText},
        {QStringLiteral("patients.association_approval"), QT_TRANSLATE_NOOP("ProgrammeFields", "Agrément de l'association (numéro, date)"), FieldSpec::Text, shortText},
        {QStringLiteral("patients.association_delivers"), QT_TRANSLATE_NOOP("ProgrammeFields", "L'association participe à la mise en œuvre du programme"), FieldSpec::YesNo, 3},
        {QStringLiteral("patients.medical_team"), QT_TRANSLATE_NOOP("ProgrammeFields", "Équipe médicale associée (programme coordonné par une association) et son responsable"), FieldSpec::MultiLine, 4000},
        {QStringLiteral("programme.need"), QT_TRANSLATE_NOOP("ProgrammeFields", "Besoin identifié"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.existing"), QT_TRANSLATE_NOOP("ProgrammeFields", "Offre existante à proximité"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.condition_kind"), QT_TRANSLATE_NOOP("ProgrammeFields", "Nature du problème de santé"), FieldSpec::Text, shortText},
        {QStringLiteral("programme.population"), QT_TRANSLATE_NOOP("ProgrammeFields", "Population concernée"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.beneficiaries"), QT_TRANSLATE_NOOP("ProgrammeFields", "Nombre estimé de bénéficiaires potentiels"), FieldSpec::Integer, 9},
        {QStringLiteral("programme.evidence"), QT_TRANSLATE_NOOP("ProgrammeFields", "Données sur lesquelles repose l'efficacité attendue du programme"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.referral"), QT_TRANSLATE_NOOP("ProgrammeFields", "Orientation des patients"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.setting"), QT_TRANSLATE_NOOP("ProgrammeFields", "Modalité de mise en œuvre"), FieldSpec::Text, shortText},
        {QStringLiteral("programme.objectives"), QT_TRANSLATE_NOOP("ProgrammeFields", "Objectifs du programme"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.criteria"), QT_TRANSLATE_NOOP("ProgrammeFields", "Critères de jugement"), FieldSpec::MultiLine, longText},
        {QStringLiteral("path.assessment"), QT_TRANSLATE_NOOP("ProgrammeFields", "Bilan éducatif partagé"), FieldSpec::MultiLine, longText},
        {QStringLiteral("path.personalised"), QT_TRANSLATE_NOOP("ProgrammeFields", "Programme personnalisé"), FieldSpec::MultiLine, longText},
        {QStringLiteral("path.sessions"), QT_TRANSLATE_NOOP("ProgrammeFields", "Séances (individuelles ou collectives, contenus, outils)"), FieldSpec::MultiLine, longText},
        {QStringLiteral("path.evaluation"), QT_TRANSLATE_NOOP("ProgrammeFields", "Évaluation individuelle et synthèse écrite"), FieldSpec::MultiLine, longText},
        {QStringLiteral("record.kind"), QT_TRANSLATE_NOOP("ProgrammeFields", "Dossier d'éducation thérapeutique du patient (papier ou informatisé)"), FieldSpec::Text, shortText},
        {QStringLiteral("record.access"), QT_TRANSLATE_NOOP("ProgrammeFields", "Accès du patient à son dossier et au recueil des échanges"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.support_actions"), QT_TRANSLATE_NOOP("ProgrammeFields", "Liens avec les actions d'accompagnement"), FieldSpec::MultiLine, longText},
        {QStringLiteral("coordination.team"), QT_TRANSLATE_NOOP("ProgrammeFields", "Partage d'informations entre intervenants"), FieldSpec::MultiLine, longText},
        {QStringLiteral("coordination.carers"), QT_TRANSLATE_NOOP("ProgrammeFields", "Coordination avec les autres soignants du patient"), FieldSpec::MultiLine, longText},
        {QStringLiteral("coordination.gp_letter"), QT_TRANSLATE_NOOP("ProgrammeFields", "Le médecin traitant est informé, avec l'accord du patient"), FieldSpec::YesNo, 3},
        {QStringLiteral("information.documents"), QT_TRANSLATE_NOOP("ProgrammeFields", "Documents d'information du patient"), FieldSpec::MultiLine, longText},
        {QStringLiteral("consent.process"), QT_TRANSLATE_NOOP("ProgrammeFields", "Recueil du consentement (entrée et partage des données)"), FieldSpec::MultiLine, longText},
        {QStringLiteral("consent.withdrawal"), QT_TRANSLATE_NOOP("ProgrammeFields", "Le patient peut sortir à tout moment sans conséquence"), FieldSpec::YesNo, 3},
        {QStringLiteral("confidentiality.data"), QT_TRANSLATE_NOOP("ProgrammeFields", "Confidentialité et protection des données"), FieldSpec::MultiLine, longText},
        {QStringLiteral("evaluation.annual"), QT_TRANSLATE_NOOP("ProgrammeFields", "Auto-évaluation annuelle"), FieldSpec::MultiLine, longText},
        {QStringLiteral("evaluation.quadrennial"), QT_TRANSLATE_NOOP("ProgrammeFields", "Évaluation quadriennale"), FieldSpec::MultiLine, longText},
        {QStringLiteral("annex.assessment_grid"), QT_TRANSLATE_NOOP("ProgrammeFields", "Une grille du bilan éducatif partagé est utilisée"), FieldSpec::YesNo, 3},
        {QStringLiteral("declaration.ars"), QT_TRANSLATE_NOOP("ProgrammeFields", "ARS destinataire"), FieldSpec::Text, shortText},
        {QStringLiteral("declaration.other_regions"), QT_TRANSLATE_NOOP("ProgrammeFields", "Autres régions où le programme est mis en œuvre (une déclaration à chaque ARS)"), FieldSpec::MultiLine, 4000},
        {QStringLiteral("declaration.reference"), QT_TRANSLATE_NOOP("ProgrammeFields", "Référence de la déclaration (donnée par l'ARS ou le service en ligne)"), FieldSpec::Text, shortText},
        {QStringLiteral("declaration.means"), QT_TRANSLATE_NOOP("ProgrammeFields", "Mode d'envoi"), FieldSpec::Text, shortText},
        {QStringLiteral("declaration.no_industry"), QT_TRANSLATE_NOOP("ProgrammeFields", "Aucune entreprise du médicament, du dispositif médical, du diagnostic in vitro ou de services de santé n'intervient"), FieldSpec::YesNo, 3},
        {QStringLiteral("declaration.sworn"), QT_TRANSLATE_NOOP("ProgrammeFields", "Déclaration sur l'honneur de conformité au cahier des charges"), FieldSpec::YesNo, 3},
        {QStringLiteral("declaration.signatory"), QT_TRANSLATE_NOOP("ProgrammeFields", "Déclarant signataire"), FieldSpec::Text, shortText},
        {QStringLiteral("declaration.medical_lead"), QT_TRANSLATE_NOOP("ProgrammeFields", "Responsable médical signataire"), FieldSpec::Text, shortText},
        {QStringLiteral("declaration.association_signatory"), QT_TRANSLATE_NOOP("ProgrammeFields", "Signataire pour l'association partenaire"), FieldSpec::Text, shortText},
        {QStringLiteral("stop.reason"), QT_TRANSLATE_NOOP("ProgrammeFields", "Motif de l'arrêt du programme"), FieldSpec::MultiLine, longText},
        {QStringLiteral("stop.patients"), QT_TRANSLATE_NOOP("ProgrammeFields", "Devenir des patients en cours de programme"), FieldSpec::MultiLine, longText},
    };
    return fields;
}

const FieldSpec *ProgrammeFields::find(const QString &key)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < all().size(); ++i)
            h.insert(all().at(i).key, i);
        return h;
    }();
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

QString ProgrammeFields::label(const QString &key)
{
    const FieldSpec *spec = find(key);
    return spec ? tr(spec->label) : key;
}

QString ProgrammeFields::displayValue(const QString &key, const QString &value)
{
    const FieldSpec *spec = find(key);
    if (spec && spec->kind == FieldSpec::Date) {
        const QDate date = Dates::fromStored(value);
        if (date.isValid())
            return QLocale().toString(date, QLocale::LongFormat);
    }
    return value;
}

QString ProgrammeFields::check(const QString &key, const QString &value)
{
    const FieldSpec *spec = find(key);
    if (!spec)
        return tr("Champ inconnu : %1.").arg(key);
    if (value.size() > spec->maxLength)
        return tr("« %1 » est trop long (%2 caractères au plus).").arg(label(key)).arg(spec->maxLength);
    if (key == title() && value.trimmed().isEmpty())
        return tr("Le programme doit avoir un titre.");
    if (value.isEmpty())
        return {};
    switch (spec->kind) {
    case FieldSpec::Date:
        if (!Dates::isPlausible(Dates::fromStored(value)))
            return tr("« %1 » n'est pas une date plausible (attendu : entre %2 et %3).")
                .arg(value, QLocale().toString(Dates::earliestPlausible(), QLocale::ShortFormat),
                     QLocale().toString(Dates::latestPlausible(), QLocale::ShortFormat));
        break;
    case FieldSpec::Integer: {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok || n < 0 || n > 1000000000)
            return tr("« %1 » doit être un nombre entier positif.").arg(label(key));
        break;
    }
    case FieldSpec::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(value).hasMatch())
            return tr("« %1 » n'est pas une adresse de courriel valide.").arg(value);
        break;
    }
    case FieldSpec::YesNo:
        if (value != QLatin1String("oui") && value != QLatin1String("non"))
            return tr("« %1 » attend oui ou non.").arg(label(key));
        break;
    case FieldSpec::Text:
        if (value.contains(QLatin1Char('\n')))
            return tr("« %1 » tient sur une ligne.").arg(label(key));
        break;
    case FieldSpec::MultiLine:
    case FieldSpec::Phone:
        break;
    }
    return {};
}

} // namespace kitetp
