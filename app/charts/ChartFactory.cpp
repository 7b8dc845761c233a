// SPDX-License-Identifier: EUPL-1.2
#include "charts/ChartFactory.h"

#include "core/Indicators.h"

#include <QBarCategoryAxis>
#include <QBuffer>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <cmath>

namespace kitetp::ChartFactory {

namespace {

// Colours of clearly different lightness, so that grey print keeps them apart; patterns add a second cue.
const QColor fills[] = {QColor(0x1f, 0x4e, 0x79), QColor(0xe3, 0x9b, 0x2d), QColor(0x7f, 0x7f, 0x7f), QColor(0x9d, 0xc3, 0xe6)};
const Qt::BrushStyle patterns[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::CrossPattern, Qt::Dense4Pattern};
const Qt::PenStyle lines[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

// A note in grey italics on the chart (placed by the caller when the plot area is known).
QGraphicsSimpleTextItem *noteOn(QChart *chart, const QString &text, qreal pointSize)
{
    auto *note = new QGraphicsSimpleTextItem(text, chart);
    QFont f = note->font();
    f.setPointSizeF(pointSize);
    f.setItalic(true);
    note->setFont(f);
    note->setBrush(QColor(0x55, 0x55, 0x55));
    return note;
}

} // namespace

QChart *create(const ChartData &data)
{
    auto *chart = new QChart;
    chart->setTitle(data.title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(data.categories.isEmpty() ? QStringList{QString()} : data.categories);
    axisX->setTitleText(data.xTitle);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(8);
    axisX->setLabelsFont(small);
    if (data.categories.size() > 8)
        axisX->setLabelsAngle(-45); // months: whole names rather than "ja…"
    auto *axisY = new QValueAxis;
    axisY->setTitleText(data.yTitle);
    // Round ticks from 0 (ChartData::axis); the range may end a step above the last tick, unlabelled, so that
    // the label of the highest bar is drawn above it on the white background, never over a bar.
    const ChartData::Axis axis = data.axis();
    axisY->setRange(0, axis.range);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(axis.step);
    // "%d" gives empty labels once numbers are localized.
    axisY->setLabelFormat(std::floor(axis.step) == axis.step ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    if (data.kind == ChartData::Kind::Bar) {
        auto *series = new QBarSeries;
        int i = 0;
        for (const ChartData::Series &s : data.series) {
            auto *set = new QBarSet(s.name);
            for (double v : s.values)
                set->append(std::isnan(v) ? 0.0 : v);
            QBrush brush(fills[i % 4], patterns[i % 4]);
            set->setBrush(brush);
            set->setPen(QPen(Qt::black, 0.8));
            set->setLabelColor(Qt::black);
            series->append(set);
            ++i;
        }
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(data.integers ? 6 : 3);
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    } else {
        int i = 0;
        for (const ChartData::Series &s : data.series) {
            // A year without data is a gap: the line is cut into pieces, one legend entry per series.
            QLineSeries *line = nullptr;
            bool first = true;
            for (int x = 0; x < s.values.size(); ++x) {
                const double v = s.values.at(x);
                if (std::isnan(v)) {
                    line = nullptr;
                    continue;
                }
                if (!line) {
                    line = new QLineSeries;
                    line->setName(s.name);
                    line->setPen(QPen(fills[i % 4], 2.5, lines[i % 4]));
                    line->setPointsVisible(true);
                    chart->addSeries(line);
                    line->attachAxis(axisX);
                    line->attachAxis(axisY);
                    if (!first)
                        for (QLegendMarker *m : chart->legend()->markers(line))
                            m->setVisible(false);
                    first = false;
                }
                line->append(x, v);
            }
            if (first) { // no data at all: keep the series in the legend
                auto *empty = new QLineSeries;
                empty->setName(s.name);
                empty->setPen(QPen(fills[i % 4], 2.5, lines[i % 4]));
                chart->addSeries(empty);
                empty->attachAxis(axisX);
                empty->attachAxis(axisY);
            }
            ++i;
        }
    }

    if (!data.note.isEmpty()) {
        auto *note = noteOn(chart, data.note, 8.5);
        QObject::connect(chart, &QChart::plotAreaChanged, chart, [note](const QRectF &area) {
            note->setPos(area.left() + 6, area.top() + 4);
        });
    }
    if (data.isEmpty()) {
        auto *note = noteOn(chart, Indicators::noData(), 14);
        QObject::connect(chart, &QChart::plotAreaChanged, chart, [note](const QRectF &area) {
            const QRectF r = note->boundingRect();
            note->setPos(area.center() - QPointF(r.width() / 2, r.height() / 2));
        });
    }
    return chart;
}

QImage image(const ChartData &data, const QSize &size, qreal scale)
{
    QChartView view(create(data));
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    view.chart()->resize(size);
    QImage img(size * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    view.chart()->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return img;
}

bool write(const ChartData &data, QIODevice &device, bool svg, const QSize &size)
{
    if (svg) {
        QChartView view(create(data));
        view.resize(size);
        view.chart()->resize(size);
        QSvgGenerator generator;
        generator.setOutputDevice(&device);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(data.title);
        QPainter painter(&generator);
        view.chart()->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
        return painter.end();
    }
    return image(data, size).save(&device, "PNG");
}

QSize reportSize()
{
    return {760, 420};
}

QList<ReportChart> reportCharts(const QList<ChartData> &charts)
{
    QList<ReportChart> out;
    for (const ChartData &c : charts) {
        const QImage drawn = image(c, reportSize());
        QByteArray png;
        QBuffer buffer(&png);
        if (!drawn.isNull() && buffer.open(QIODevice::WriteOnly) && drawn.save(&buffer, "PNG"))
            out << ReportChart{c.id, png, QSizeF(drawn.size()) / drawn.devicePixelRatio(), c.note};
    }
    return out;
}

} // namespace kitetp::ChartFactory
