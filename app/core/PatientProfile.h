// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Period.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace kitetp {

// Who entered the programme in a period, by age band, sex, cancer site, treatment and referral: counts of patients,
// never an identity (evaluation.md, four-year report, part 4). Computed by IndicatorStore::profile().
struct PatientProfile
{
    Q_DECLARE_TR_FUNCTIONS(PatientProfile)
public:
    enum class Dimension { AgeBand, Sex, CancerSite, Treatment, Referral };
    struct Count
    {
        QString value; // the stored value ("" = not given); for AgeBand a band key ("<40", "40-49", ..., "80+")
        int patients = 0;
    };

    Period period;
    int patients = 0; // patients whose entry (consent) is dated in the period
    QList<QPair<Dimension, QList<Count>>> dimensions;

    QList<Count> counts(Dimension dimension) const;

    static QList<Dimension> all();
    static QString label(Dimension dimension);
    // The value as printed: a band "60 à 69 ans", "Femme", or "non renseigné" for an empty value.
    static QString valueLabel(Dimension dimension, const QString &value);
    // The band of an age; "" when unknown.
    static QString ageBand(int age);
};

} // namespace kitetp
