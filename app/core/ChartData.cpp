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

ChartData EvaluationCharts::trends(const QList<IndicatorData> &years)
{
    ChartData c;
    c.id = QStringLiteral("trends");
    c.kind = ChartData::Kind::Line;
    c.title = tr("Évolution de l'activité sur quatre ans");
    c.xTitle = tr("Année");
    c.yTitle = tr("Patients");
    ChartData::Series entered{tr("Entrés"), {}}, attended{tr("≥ 1 séance suivie"), {}}, completed{tr("Parcours terminés"), {}};
    for (const IndicatorData &y : years) {
        c.categories << y.period.key();
        entered.values << y.entered;
        attended.values << y.attendedOne;
        completed.values << y.completed;
    }
    c.series << entered << attended << completed;
    return c;
}

ChartData EvaluationCharts::trendRates(const QList<IndicatorData> &years)
{
    ChartData c;
    c.id = QStringLiteral("trend_rates");
    c.kind = ChartData::Kind::Line;
    c.title = tr("Évolution des indicateurs de qualité sur quatre ans");
    c.xTitle = tr("Année");
    c.yTitle = tr("Pourcentage");
    c.yMax = 100;
    c.integers = false;
    ChartData::Series presence{tr("Taux de présence"), {}}, reached{tr("Objectifs atteints"), {}},
        favourable{tr("Réponses de satisfaction favorables"), {}};
    for (const IndicatorData &y : years) {
        c.categories << y.period.key();
        presence.values << rate(y.present(), y.enrolled());
        reached.values << rate(y.objectivesReached, y.objectivesEvaluated());
        const std::array<int, 5> t = y.likertTotals();
        favourable.values << rate(t[3] + t[4], t[0] + t[1] + t[2] + t[3] + t[4]);
    }
    c.series << presence << reached << favourable;
    return c;
}

QList<ChartData> EvaluationCharts::all(const IndicatorData &data, const QList<IndicatorData> &years)
{
    return {entriesPerMonth(data), funnel(data), attendanceBySeance(data), objectives(data), satisfaction(data),
            trends(years), trendRates(years)};
}

} // namespace kitetp
