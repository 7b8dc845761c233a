#include "core/ChartData.h"

#include <QLocale>

#include <cmath>
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
    // A label above a bar needs about a tenth of the height: half a step more, without a tick of its own.
    if (roomForLabels && dataMax > a.top * 0.88)
        a.range = a.top + a.step / 2;
    return a;
}

namespace {

// A rate, or NaN when there is nothing to divide by (drawn as a gap, never as 0).
double rate(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

ChartData EvaluationCharts::entriesPerMonth(const IndicatorData &d)
{
    ChartData c;
    c.id = QStringLiteral("entries");
    c.title = tr("Entrées dans le programme par mois");
    c.xTitle = tr("Mois");
    c.yTitle = tr("Patients entrés");
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
    ChartData c;
    c.id = QStringLiteral("funnel");
    c.title = tr("Du consentement à la fin du parcours");
    c.xTitle = tr("Étape du parcours");
    c.yTitle = tr("Patients");
    c.categories = {tr("Entrés"), tr("BEP"), tr("Prog. perso."), tr("≥ 1 séance"), tr("Éval. finale"), tr("Terminés")};
    c.series << ChartData::Series{tr("Patients dans la période"),
                                  {double(d.entered), double(d.assessed), double(d.planned), double(d.attendedOne),
                                   double(d.finalEvaluations), double(d.completed)}};
    return c;
}

ChartData EvaluationCharts::attendanceBySeance(const IndicatorData &d)
{
    ChartData c;
    c.id = QStringLiteral("attendance");
    c.title = tr("Taux de présence par séance");
    c.xTitle = tr("Séance");
    c.yTitle = tr("Présents / inscrits (%)");
    c.yMax = 100;
    c.integers = false;
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
    ChartData c;
    c.id = QStringLiteral("objectives");
    c.title = tr("Objectifs des patients à l'évaluation finale");
    c.xTitle = tr("Résultat");
    c.yTitle = tr("Objectifs");
    c.categories = {tr("Atteints"), tr("Partiellement"), tr("Non atteints")};
    c.series << ChartData::Series{tr("Objectifs évalués"),
                                  {double(d.objectivesReached), double(d.objectivesPartly), double(d.objectivesNot)}};
    return c;
}

ChartData EvaluationCharts::satisfaction(const IndicatorData &d)
{
    ChartData c;
    c.id = QStringLiteral("satisfaction");
    c.title = tr("Répartition des réponses de satisfaction");
    c.xTitle = tr("Réponse (1 = pas du tout d'accord, 5 = tout à fait d'accord)");
    c.yTitle = tr("Réponses");
    c.categories = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
    const std::array<int, 5> t = d.likertTotals();
    c.series << ChartData::Series{tr("Toutes les questions à échelle"),
                                  {double(t[0]), double(t[1]), double(t[2]), double(t[3]), double(t[4])}};
    return c;
}

namespace {

const double noValue = std::numeric_limits<double>::quiet_NaN();

// The years drawn on a trend chart; a year without any data is named in the note and left out of the lines.
void yearsWithoutData(ChartData &c, const QStringList &missing)
{
    if (missing.isEmpty())
        return;
    c.note = EvaluationCharts::tr("Pas de données pour %1 : non tracé (ce n'est pas un zéro).", nullptr, int(missing.size()))
                 .arg(missing.join(QStringLiteral(", ")));
}

} // namespace

ChartData EvaluationCharts::trends(const QList<IndicatorData> &years)
{
    ChartData c;
    c.id = QStringLiteral("trends");
    c.kind = ChartData::Kind::Line;
    c.title = tr("Évolution de l'activité");
    c.xTitle = tr("Année");
    c.yTitle = tr("Patients");
    ChartData::Series entered{tr("Entrés"), {}}, attended{tr("≥ 1 séance suivie"), {}}, completed{tr("Parcours terminés"), {}};
    QStringList missing;
    for (const IndicatorData &y : years) {
        c.categories << y.period.shortLabel();
        entered.values << (y.hasPathEvents ? double(y.entered) : noValue);
        attended.values << (y.hasSessions ? double(y.attendedOne) : noValue);
        completed.values << (y.hasPathEvents ? double(y.completed) : noValue);
        if (!y.hasPathEvents && !y.hasSessions)
            missing << y.period.shortLabel();
    }
    c.series << entered << attended << completed;
    yearsWithoutData(c, missing);
    return c;
}

ChartData EvaluationCharts::trendRates(const QList<IndicatorData> &years)
{
    ChartData c;
    c.id = QStringLiteral("trend_rates");
    c.kind = ChartData::Kind::Line;
    c.title = tr("Évolution des indicateurs de qualité");
    c.xTitle = tr("Année");
    c.yTitle = tr("Pourcentage");
    c.yMax = 100;
    c.integers = false;
    ChartData::Series presence{tr("Taux de présence"), {}}, reached{tr("Objectifs atteints"), {}},
        favourable{tr("Réponses de satisfaction favorables"), {}};
    QStringList missing;
    for (const IndicatorData &y : years) {
        c.categories << y.period.shortLabel();
        presence.values << rate(y.present(), y.enrolled());
        reached.values << rate(y.objectivesReached, y.objectivesEvaluated());
        const std::array<int, 5> t = y.likertTotals();
        favourable.values << rate(t[3] + t[4], t[0] + t[1] + t[2] + t[3] + t[4]);
        if (std::isnan(presence.values.last()) && std::isnan(reached.values.last()) && std::isnan(favourable.values.last()))
            missing << y.period.shortLabel();
    }
    c.series << presence << reached << favourable;
    yearsWithoutData(c, missing);
    return c;
}

QList<ChartData> EvaluationCharts::all(const IndicatorData &data, const QList<IndicatorData> &years)
{
    return {entriesPerMonth(data), funnel(data), attendanceBySeance(data), objectives(data), satisfaction(data),
            trends(years), trendRates(years)};
}

} // namespace kitetp
