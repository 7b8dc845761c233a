// SPDX-License-Identifier: EUPL-1.2
#include "core/ChartData.h"

#include <QLocale>

#include <cmath>
#include <functional>
#include <limits>

namespace kitetp {

bool ChartData::isEmpty() const
{
    for (const Series &s : series)
        for (double v : s.values)
            if (v != 0 && !std::isnan(v))
                return false;
    return true;
}

double ChartData::dataMax() const
{
    double max = 0;
    for (const Series &s : series)
        for (double v : s.values)
            if (!std::isnan(v))
                max = std::max(max, v);
    return max;
}

ChartData::Axis ChartData::axis() const
{
    return axisFor(dataMax(), integers, yMax, kind == Kind::Bar);
}

ChartData::Axis ChartData::axisFor(double dataMax, bool integers, double fixedMax, bool roomForLabels)
{
    Axis a;
    if (fixedMax > 0) {
        a.top = fixedMax;
        a.step = fixedMax / 5;
    } else if (dataMax <= 0) {
        a.top = integers ? 5 : 1;
        a.step = integers ? 1 : 0.2;
    } else {
        // At most five intervals: the smallest round step that covers the data in five.
        const double raw = dataMax / 5;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        a.step = 10 * magnitude;
        for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            const double step = m * magnitude;
            if (integers && step < 1)
                continue;
            if (integers && std::floor(step) != step)
                continue; // 2.5 is not a whole step
            if (step * 5 >= dataMax - 1e-9) {
                a.step = step;
                break;
            }
        }
        if (integers)
            a.step = std::max(1.0, a.step);
        a.top = std::ceil(dataMax / a.step - 1e-9) * a.step;
    }
    a.range = a.top;
    // A label above a bar needs room: a step more, without a tick of its own (half a step was too little on a
    // chart 300 pixels high, where "10" was drawn inside its bar).
    if (roomForLabels && dataMax > a.top * 0.88)
        a.range = a.top + a.step;
    return a;
}

namespace {

const double noValue = std::numeric_limits<double>::quiet_NaN();

// A rate, or NaN when there is nothing to divide by (drawn as a gap, never as 0).
double rate(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : noValue;
}

// A chart's id and titles (a bar chart of whole numbers until told otherwise).
ChartData titled(const char *id, const QString &title, const QString &xTitle, const QString &yTitle)
{
    ChartData c;
    c.id = QString::fromLatin1(id);
    c.title = title;
    c.xTitle = xTitle;
    c.yTitle = yTitle;
    return c;
}

// Percentages: from 0 to 100, with decimals.
ChartData percentages(ChartData c)
{
    c.yMax = 100;
    c.integers = false;
    return c;
}

// One series over these categories.
ChartData bars(ChartData c, const QStringList &categories, const QString &series, const QList<double> &values)
{
    c.categories = categories;
    c.series << ChartData::Series{series, values};
    return c;
}

// A line chart over the years, oldest first: one value a year for each series (NaN: no data that year). A year
// without any value is named in the note: not drawn, which is not a zero.
using YearValue = std::function<double(const IndicatorData &)>;
ChartData overYears(ChartData c, const QList<IndicatorData> &years, const QList<QPair<QString, YearValue>> &lines)
{
    c.kind = ChartData::Kind::Line;
    for (const auto &line : lines)
        c.series << ChartData::Series{line.first, {}};
    QStringList missing;
    for (const IndicatorData &y : years) {
        c.categories << y.period.shortLabel();
        bool any = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const double v = lines.at(i).second(y);
            c.series[i].values << v;
            any = any || !std::isnan(v);
        }
        if (!any)
            missing << y.period.shortLabel();
    }
    if (!missing.isEmpty())
        c.note = EvaluationCharts::tr("Pas de données pour %1 : non tracé (ce n'est pas un zéro).", nullptr, int(missing.size()))
                     .arg(missing.join(QStringLiteral(", ")));
    return c;
}

// The share of favourable answers (4 or 5) among every answer on a scale.
double favourable(const IndicatorData &y)
{
    const std::array<int, 5> t = y.likertTotals();
    return rate(t[3] + t[4], t[0] + t[1] + t[2] + t[3] + t[4]);
}

} // namespace

ChartData EvaluationCharts::entriesPerMonth(const IndicatorData &d)
{
    ChartData c = titled("entries", tr("Entrées dans le programme par mois"), tr("Mois"), tr("Patients entrés"));
    ChartData::Series s{tr("Patients entrés"), {}};
    if (d.period.isValid()) {
        const QLocale locale;
        const bool oneYear = d.period.from.year() == d.period.to.year();
        for (QDate m(d.period.from.year(), d.period.from.month(), 1); m <= d.period.to; m = m.addMonths(1)) {
            const QString name = locale.standaloneMonthName(m.month(), QLocale::ShortFormat);
            c.categories << (oneYear ? name : name + QLatin1Char(' ') + QString::number(m.year()));
            s.values << d.entriesByMonth.value(m.toString(QStringLiteral("yyyy-MM")));
        }
    }
    c.series << s;
    return c;
}

ChartData EvaluationCharts::funnel(const IndicatorData &d)
{
    return bars(titled("funnel", tr("Du consentement à la fin du parcours"), tr("Étape du parcours"), tr("Patients")),
                {tr("Entrés"), tr("BEP"), tr("Prog. perso."), tr("≥ 1 séance"), tr("Éval. finale"), tr("Terminés")},
                tr("Patients dans la période"),
                {double(d.entered), double(d.assessed), double(d.planned), double(d.attendedOne), double(d.finalEvaluations),
                 double(d.completed)});
}

ChartData EvaluationCharts::attendanceBySeance(const IndicatorData &d)
{
    ChartData c = percentages(titled("attendance", tr("Taux de présence par séance"), tr("Séance"), tr("Présents / inscrits (%)")));
    ChartData::Series s{tr("Taux de présence"), {}};
    for (const IndicatorData::SeanceActivity &a : d.seances) {
        if (a.enrolled == 0)
            continue;
        c.categories << a.code;
        s.values << rate(a.present, a.enrolled);
    }
    c.series << s;
    return c;
}

ChartData EvaluationCharts::objectives(const IndicatorData &d)
{
    return bars(titled("objectives", tr("Objectifs des patients à l'évaluation finale"), tr("Résultat"), tr("Objectifs")),
                {tr("Atteints"), tr("Partiellement"), tr("Non atteints")}, tr("Objectifs évalués"),
                {double(d.objectivesReached), double(d.objectivesPartly), double(d.objectivesNot)});
}

ChartData EvaluationCharts::satisfaction(const IndicatorData &d)
{
    const std::array<int, 5> t = d.likertTotals();
    return bars(titled("satisfaction", tr("Répartition des réponses de satisfaction"),
                       tr("Réponse (1 = pas du tout d'accord, 5 = tout à fait d'accord)"), tr("Réponses")),
                {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")},
                tr("Toutes les questions à échelle"), {double(t[0]), double(t[1]), double(t[2]), double(t[3]), double(t[4])});
}

ChartData EvaluationCharts::trends(const QList<IndicatorData> &years)
{
    return overYears(titled("trends", tr("Évolution de l'activité"), tr("Année"), tr("Patients")), years,
                     {{tr("Entrés"), [](const IndicatorData &y) { return y.hasPathEvents ? double(y.entered) : noValue; }},
                      {tr("≥ 1 séance suivie"), [](const IndicatorData &y) { return y.hasSessions ? double(y.attendedOne) : noValue; }},
                      {tr("Parcours terminés"), [](const IndicatorData &y) { return y.hasPathEvents ? double(y.completed) : noValue; }}});
}

ChartData EvaluationCharts::trendRates(const QList<IndicatorData> &years)
{
    return overYears(percentages(titled("trend_rates", tr("Évolution des indicateurs de qualité"), tr("Année"), tr("Pourcentage"))),
                     years,
                     {{tr("Taux de présence"), [](const IndicatorData &y) { return rate(y.present(), y.enrolled()); }},
                      {tr("Objectifs atteints"), [](const IndicatorData &y) { return rate(y.objectivesReached, y.objectivesEvaluated()); }},
                      {tr("Réponses de satisfaction favorables"), favourable}});
}

QList<ChartData> EvaluationCharts::all(const IndicatorData &data, const QList<IndicatorData> &years)
{
    return {entriesPerMonth(data), funnel(data), attendanceBySeance(data), objectives(data), satisfaction(data),
            trends(years), trendRates(years)};
}

} // namespace kitetp
