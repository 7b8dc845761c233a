// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/ChartData.h"
#include "core/Indicators.h"
#include "core/ProgrammeCalendar.h"

#include <QDate>
#include <QImage>
#include <QList>

namespace kitetp {

class PaperDocument;
class ProgrammeFile;

// The two evaluation reports of evaluation.md, built from the indicators (IndicatorStore), the team's analysis
// (EvaluationStore) and the charts, already drawn as images by the caller (charts/ChartFactory: the window and the
// command line draw them the same way), in the order of EvaluationCharts::all() (ReportChart: core/ChartData.h).

namespace AnnualReport {
// The annual self-evaluation of `period` in the six parts of the HAS guide (2012): the programme in brief with its
// declared objectives and judging criteria; how the self-evaluation was done; activity, process and results set
// against the criteria; the HAS 2014 process indicators; strengths, difficulties, actions and the follow-up of the
// previous period's actions; where the report is available. A free period is titled as such; a period not over on
// `today` is flagged as partial. `data` is IndicatorStore::compute() of the period (the caller has it for the charts).
void build(PaperDocument &document, ProgrammeFile &file, const IndicatorData &data, const ProgrammeCalendar &calendar,
           const QList<ReportChart> &charts, const QDate &today = QDate::currentDate());
QString title(const Period &period);
} // namespace AnnualReport

namespace FourYearReport {
// The four-year evaluation of `years` (ProgrammeCalendar::fourYears(): never before the programme started): the six
// parts and two conclusions of the HAS model, the patients' profile and the process indicators over the years.
// Parts the file cannot fill print the team's text, or "à compléter". `years` holds IndicatorStore's figures of
// each year, oldest first.
void build(PaperDocument &document, ProgrammeFile &file, const QList<IndicatorData> &years, const ProgrammeCalendar &calendar,
           const QList<ReportChart> &charts, const QDate &today = QDate::currentDate());
QString title(const QList<Period> &years);
QString title(const QList<IndicatorData> &years);
} // namespace FourYearReport

} // namespace kitetp
