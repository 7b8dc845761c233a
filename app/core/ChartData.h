// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QSizeF>

#include "core/Indicators.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace kitetp {

// What a chart shows, computed from indicators and independent of any drawing library: the window (QtCharts),
// the reports and the tests all use the same values. An empty chart (no data) is drawn with a "pas de données" note.
struct ChartData
{
    enum class Kind { Bar, Line };
    struct Series
    {
        QString name;
        QList<double> values; // one per category; NaN = no data (a rate without denominator)
    };

    QString id;         // entries, funnel, attendance, objectives, satisfaction, trends, trend_rates
    Kind kind = Kind::Bar;
    QString title;
    QString xTitle;
    QString yTitle;
    QStringList categories;
    QList<Series> series;
    double yMax = 0;    // 0: from the data; 100 for percentages
    bool integers = true; // axis ticks are whole numbers
    QString note;       // said under the chart: the years without data, not drawn (never drawn as 0)

    bool isEmpty() const; // no category, or every value is 0 / missing
    double dataMax() const; // the largest value drawn (NaN ignored), 0 when none

    // The value axis: round ticks (1, 2, 2.5 or 5 times a power of ten) from 0 to `top`, and a range that may go a
    // little above the last tick so that a value label drawn above the highest bar stays inside the chart.
    struct Axis
    {
        double step = 1;
        double top = 5;   // the last labelled tick
        double range = 5; // the axis' maximum (>= top)
    };
    Axis axis() const;
    static Axis axisFor(double dataMax, bool integers, double fixedMax, bool roomForLabels);
};

class EvaluationCharts
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationCharts)
public:
    static ChartData entriesPerMonth(const IndicatorData &data);
    static ChartData funnel(const IndicatorData &data);
    static ChartData attendanceBySeance(const IndicatorData &data);
    static ChartData objectives(const IndicatorData &data);
    static ChartData satisfaction(const IndicatorData &data);
    // Four (or more) consecutive years, oldest first.
    static ChartData trends(const QList<IndicatorData> &years);
    static ChartData trendRates(const QList<IndicatorData> &years);

    // Every chart of the Évaluation page and of the annual report, in order.
    static QList<ChartData> all(const IndicatorData &data, const QList<IndicatorData> &years);
};

// A chart already drawn for a report (charts/ChartFactory draws it, documents/ lay it out): a PNG and its size in
// logical pixels (the image itself has more, for print).
struct ReportChart
{
    QString id; // ChartData::id
    QByteArray png;
    QSizeF size;
    QString note; // ChartData::note, printed under the image as well (years without data)
};

} // namespace kitetp
