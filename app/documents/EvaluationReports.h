#pragma once

#include "core/ChartData.h"
#include "core/Indicators.h"

#include <QImage>
#include <QList>

namespace kitetp {

class PaperDocument;
class ProgrammeFile;

// The two evaluation reports of evaluation.md, built from the indicators (IndicatorStore), the team's analysis
// (EvaluationStore) and the charts, already drawn as images by the caller (charts/ChartFactory: the window and the
// command line draw them the same way), in the order of EvaluationCharts::all() (ReportChart: core/ChartData.h).

namespace AnnualReport {
// The annual self-evaluation of `period`: activity, process, results (with definitions and charts), four-year
// trends, then the team's analysis (what worked, what to improve, actions with owners and dates).
void build(PaperDocument &document, ProgrammeFile &file, const Period &period, const QList<ReportChart> &charts);
QString title(const Period &period);
} // namespace AnnualReport

namespace FourYearReport {
// The four-year evaluation of lastYear-3..lastYear: six parts, two conclusions, trends and the actions decided in
// the annual self-evaluations of those years.
void build(PaperDocument &document, ProgrammeFile &file, int lastYear, const QList<ReportChart> &charts);
QString title(int lastYear);
} // namespace FourYearReport

} // namespace kitetp
