// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/ChartData.h"

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
// Writes the chart to `device` (already open for writing) as SVG (vector) when `svg`, as PNG otherwise. The caller
// chooses the file (storage/OutputFile: whole or unchanged, never over a programme file). False when writing failed.
bool write(const ChartData &data, QIODevice &device, bool svg, const QSize &size);

// Every chart drawn for a report, at the size the reports use.
QList<ReportChart> reportCharts(const QList<ChartData> &charts);
QSize reportSize();

} // namespace kitetp::ChartFactory
