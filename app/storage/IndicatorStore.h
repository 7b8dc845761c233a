// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Indicators.h"
#include "core/PatientProfile.h"
#include "storage/Store.h"

namespace kitetp {

// Computes the evaluation's figures from the programme file with SQL aggregates (no row is loaded one by one).
// Read-only: it never writes. Definitions of what is counted are in core/Indicators.cpp.
class IndicatorStore : public Store
{
public:
    using Store::Store;

    IndicatorData compute(const Period &period) const;
    // Only what the trend charts draw (entries, attendance, completions, objectives, satisfaction): no caseload,
    // letter delays, process proportions or team.
    IndicatorData computeTrend(const Period &period) const;
    // The trend years of a report or of the page: the last one complete, the others for the trends only.
    QList<IndicatorData> trendPeriods(const QList<Period> &periods) const;
    // Calendar years first..last (oldest first), e.g. the four years of a four-year evaluation.
    QList<IndicatorData> years(int first, int last) const;
    // The given periods, in order (the programme years of ProgrammeCalendar::fourYears()).
    QList<IndicatorData> periods(const QList<Period> &periods) const;
    // The patients who entered in `period`, counted by age band, sex, cancer site, treatment and referral.
    PatientProfile profile(const Period &period) const;

private:
    void computePaths(IndicatorData &d) const;
    void computeCaseload(IndicatorData &d) const;
    void computeLetterDelays(IndicatorData &d) const;
    void computeSessions(IndicatorData &d) const;
    void computeResults(IndicatorData &d) const;
    void computeProcess(IndicatorData &d) const;
    void computeTeam(IndicatorData &d) const;
    void computeSatisfaction(IndicatorData &d) const;
};

} // namespace kitetp
