// SPDX-License-Identifier: EUPL-1.2
#include "storage/PatientCsvColumns.h"

#include "core/PatientPath.h"

#include <QCoreApplication>
#include <QHash>

namespace kitetp::PatientCsv {

// Date columns and the kind of event each holds (several dates separated by spaces).
const QList<QPair<QString, PathEvent::Kind>> &dateColumns()
{
    using K = PathEvent::Kind;
    static const QList<QPair<QString, K>> c = {
        {QStringLiteral("proposition"), K::Proposal},
        {QStringLiteral("consentement_entree"), K::ConsentEntry},
        {QStringLiteral("consentement_partage"), K::ConsentShare},
        {QStringLiteral("bilan"), K::Assessment},
        {QStringLiteral("programme_personnalise"), K::Plan},
        {QStringLiteral("suivis"), K::FollowUp},
        {QStringLiteral("evaluation_finale"), K::FinalEvaluation},
        {QStringLiteral("synthese_medecin"), K::GpLetter},
        {QStringLiteral("sortie"), K::Exit},
    };
    return c;
}

const QStringList &identityColumns()
{
    static const QStringList c = {QStringLiteral("prenom"), QStringLiteral("nom"), QStringLiteral("annee_naissance"),
                                  QStringLiteral("sexe"), QStringLiteral("contact"), QStringLiteral("notes")};
    return c;
}

// Words of the CSV for statuses and results (French, as a spreadsheet user reads them).
const QStringList &statusWords()
{
    static const QStringList w = {QStringLiteral("en cours"), QStringLiteral("terminé"), QStringLiteral("arrêt"),
                                  QStringLiteral("perdu de vue"), QStringLiteral("décédé"), QStringLiteral("déménagé")};
    return w;
}

const QStringList &resultWords()
{
    static const QStringList w = {QString(), QStringLiteral("atteint"), QStringLiteral("partiellement atteint"),
                                  QStringLiteral("non atteint")};
    return w;
}

QString statusWord(Patient::Status s)
{
    return statusWords().value(int(s));
}

std::optional<Patient::Status> statusFromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w.isEmpty())
        return Patient::Status::Active;
    const int i = int(statusWords().indexOf(w));
    if (i >= 0)
        return static_cast<Patient::Status>(i);
    for (Patient::Status s : PatientPath::allStatuses())
        if (toStored(s) == w)
            return s;
    return std::nullopt;
}

QStringList columns(bool withIdentities)
{
    QStringList c = {QStringLiteral("code")};
    if (withIdentities)
        c << identityColumns();
    c << QStringLiteral("statut") << QStringLiteral("site_cancer") << QStringLiteral("traitement")
      << QStringLiteral("medecin_adresseur") << QStringLiteral("medecin_traitant") << QStringLiteral("adresse_medecin_traitant")
      << QStringLiteral("orientation");
    for (const auto &[name, kind] : dateColumns())
        c << name;
    c << QStringLiteral("motif_sortie") << QStringLiteral("seances_prevues") << QStringLiteral("objectifs")
      << QStringLiteral("seances_presentes");
    return c;
}

const QStringList &detailColumns()
{
    static const QStringList c = {QStringLiteral("medecin_adresseur"), QStringLiteral("medecin_traitant"),
                                  QStringLiteral("adresse_medecin_traitant")};
    return c;
}

namespace {
// The French label of every column, in the order of columns(true).
const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> l = {
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Code")},
        {QStringLiteral("prenom"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Prénom")},
        {QStringLiteral("nom"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Nom")},
        {QStringLiteral("annee_naissance"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Année de naissance")},
        {QStringLiteral("sexe"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Sexe")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Contact")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Notes")},
        {QStringLiteral("statut"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Statut")},
        {QStringLiteral("site_cancer"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Site du cancer")},
        {QStringLiteral("traitement"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Traitement")},
        {QStringLiteral("medecin_adresseur"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Médecin adresseur")},
        {QStringLiteral("medecin_traitant"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Médecin traitant")},
        {QStringLiteral("adresse_medecin_traitant"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Adresse du médecin traitant")},
        {QStringLiteral("orientation"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Orientation")},
        {QStringLiteral("proposition"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Proposition")},
        {QStringLiteral("consentement_entree"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Consentement d'entrée")},
        {QStringLiteral("consentement_partage"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Consentement au partage")},
        {QStringLiteral("bilan"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Bilan éducatif partagé")},
        {QStringLiteral("programme_personnalise"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Programme personnalisé")},
        {QStringLiteral("suivis"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Suivis")},
        {QStringLiteral("evaluation_finale"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Évaluation finale")},
        {QStringLiteral("synthese_medecin"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Synthèse au médecin traitant")},
        {QStringLiteral("sortie"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Sortie")},
        {QStringLiteral("motif_sortie"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Motif de sortie")},
        {QStringLiteral("seances_prevues"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Séances prévues")},
        {QStringLiteral("objectifs"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Objectifs")},
        {QStringLiteral("seances_presentes"), QT_TRANSLATE_NOOP("kitetp::PatientCsv", "Séances présentes")},
    };
    return l;
}
} // namespace

QString columnLabel(const QString &name)
{
    const char *label = labels().value(name);
    return label ? QCoreApplication::translate("kitetp::PatientCsv", label) : name;
}

QString columnNamed(const QString &header)
{
    const QString h = header.trimmed();
    for (auto it = labels().cbegin(); it != labels().cend(); ++it)
        if (h.compare(it.key(), Qt::CaseInsensitive) == 0 || h.compare(QString::fromUtf8(it.value()), Qt::CaseInsensitive) == 0 ||
            h.compare(QCoreApplication::translate("kitetp::PatientCsv", it.value()), Qt::CaseInsensitive) == 0)
            return it.key();
    return {};
}

} // namespace kitetp::PatientCsv
