#pragma once

#include "core/ChartData.h"
#include "documents/EvaluationReports.h"

#include <QImage>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace kitetp::ChartFactory {

// Builds a QtCharts chart from chart data: title, axis titles, legend, numbers in the user's language, and fills
// that stay apart in grey print (distinct greys and hatch patterns, dashed lines with markers). A chart without data
// shows "pas de données". The caller owns the chart.
QChart *create(const ChartData &data);

// Draws the chart offscreen (needs a QApplication): for documents and the clipboard.
QImage image(const ChartData &data, const QSize &size, qreal scale = 2.0);
// Writes the chart as SVG (vector) or PNG, by the file suffix. Returns false when the file could not be written.
bool save(const ChartData &data, const QString &path, const QSize &size);

// Every chart drawn for a report, at the size the reports use.
QList<ReportChart> reportCharts(const QList<ChartData> &charts);
QSize reportSize();

} // namespace kitetp::ChartFactory
