// SPDX-License-Identifier: EUPL-1.2
#include "core/PatientProfile.h"

namespace kitetp {

QList<PatientProfile::Count> PatientProfile::counts(Dimension dimension) const
{
    for (const auto &d : dimensions)
        if (d.first == dimension)
            return d.second;
    return {};
}

QList<PatientProfile::Dimension> PatientProfile::all()
{
    return {Dimension::AgeBand, Dimension::Sex, Dimension::CancerSite, Dimension::Treatment, Dimension::Referral};
}

QString PatientProfile::label(Dimension dimension)
{
    switch (dimension) {
    case Dimension::AgeBand: return tr("Âge à l'entrée");
    case Dimension::Sex: return tr("Sexe");
    case Dimension::CancerSite: return tr("Localisation du cancer");
    case Dimension::Treatment: return tr("Traitement");
    case Dimension::Referral: return tr("Orientation");
    }
    return {};
}

QString PatientProfile::ageBand(int age)
{
    if (age < 0 || age > 130)
        return {};
    if (age < 40)
        return QStringLiteral("<40");
    if (age >= 80)
        return QStringLiteral("80+");
    const int low = age / 10 * 10;
    return QStringLiteral("%1-%2").arg(low).arg(low + 9);
}

QString PatientProfile::valueLabel(Dimension dimension, const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("non renseigné");
    if (dimension == Dimension::AgeBand) {
        if (value == QLatin1String("<40"))
            return tr("moins de 40 ans");
        if (value == QLatin1String("80+"))
            return tr("80 ans et plus");
        const QStringList ends = value.split(QLatin1Char('-'));
        if (ends.size() == 2)
            return tr("%1 à %2 ans").arg(ends.at(0), ends.at(1));
    }
    if (dimension == Dimension::Sex) {
        if (value == QLatin1String("F"))
            return tr("Femme");
        if (value == QLatin1String("M"))
            return tr("Homme");
    }
    return value;
}

} // namespace kitetp
