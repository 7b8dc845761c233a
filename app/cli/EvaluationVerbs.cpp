// The evaluation's verbs: `kitetp indicators` and `kitetp export report`.
#include "charts/ChartFactory.h"
#include "cli/Cli.h"
#include "cli/Console.h"
#include "core/ChartData.h"
#include "core/Dates.h"
#include "core/IndicatorExport.h"
#include "core/ProgrammeFields.h"
#include "documents/EvaluationReports.h"
#include "documents/PaperDocument.h"
#include "storage/FieldStore.h"
#include "storage/IndicatorStore.h"
#include "storage/ProgrammeFile.h"

#include <QFile>

namespace kitetp::cli {

namespace {

std::optional<int> yearOption(Console &console, const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return QDate::currentDate().year();
    bool ok = false;
    const int year = parser.value(name).toInt(&ok);
    if (!ok || year < Dates::earliestPlausible().year() || year > Dates::latestPlausible().year()) {
        console.fail(CliText::tr("--%1 attend une année entre %2 et %3 (reçu « %4 »).")
                         .arg(name)
                         .arg(Dates::earliestPlausible().year())
                         .arg(Dates::latestPlausible().year())
                         .arg(parser.value(name)),
                     UsageError);
        return std::nullopt;
    }
    return year;
}

// The period asked for: --from/--to when given (both), otherwise the calendar year --year (this year by default).
std::optional<Period> periodOptions(Console &console, const QCommandLineParser &parser)
{
    const bool from = parser.isSet(QStringLiteral("from"));
    const bool to = parser.isSet(QStringLiteral("to"));
    if (from != to) {
        console.fail(CliText::tr("--from et --to vont ensemble : donnez les deux dates de la période."), UsageError);
        return std::nullopt;
    }
    if (from) {
        const QDate f = Dates::parseUserDate(parser.value(QStringLiteral("from")));
        const QDate t = Dates::parseUserDate(parser.value(QStringLiteral("to")));
        const QString reason = Period::check(f, t);
        if (!reason.isEmpty()) {
            console.fail(reason, UsageError);
            return std::nullopt;
        }
        return Period::range(f, t);
    }
    const auto year = yearOption(console, parser, QStringLiteral("year"));
    if (!year)
        return std::nullopt;
    return Period::year(*year);
}

QCommandLineOption option(const char *name, const QString &description, const char *valueName)
{
    return {QString::fromLatin1(name), description, QString::fromLatin1(valueName)};
}

} // namespace

int indicatorsVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Calcule les indicateurs d'évaluation d'une période (aucune identité de patient)."));
    parser.addPositionalArgument(QStringLiteral("FICHIER"), CliText::tr("Le fichier .etp."));
    parser.addOption(option("year", CliText::tr("Année civile (l'année en cours par défaut)."), "ANNEE"));
    parser.addOption(option("from", CliText::tr("Début d'une période libre (AAAA-MM-JJ ou JJ/MM/AAAA), avec --to."), "DATE"));
    parser.addOption(option("to", CliText::tr("Fin de la période libre (incluse)."), "DATE"));
    parser.addOption(option("format", CliText::tr("text (par défaut), json ou csv (voir docs/indicators.md)."), "FORMAT"));
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return console.fail(CliText::tr("format inconnu « %1 » (text, json ou csv).").arg(format), UsageError);
    const auto period = periodOptions(console, parser);
    if (!period)
        return UsageError;
    auto file = console.openProgramme(parser.positionalArguments().constFirst());
    if (!file)
        return InputFault;

    const QList<Indicator> indicators = Indicators::list(IndicatorStore(*file).compute(*period));
    QTextStream &out = console.out();
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(IndicatorExport::json(*period, FieldStore(*file).value(ProgrammeFields::title()), indicators));
    else if (format == QLatin1String("csv"))
        out << QString::fromUtf8(IndicatorExport::csv(*period, indicators));
    else
        out << IndicatorExport::text(*period, indicators);
    out.flush();
    return Ok;
}

int exportReportVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Rapport d'auto-évaluation annuelle (ou d'évaluation quadriennale) en PDF."));
    parser.addPositionalArgument(QStringLiteral("FICHIER"), CliText::tr("Le fichier .etp."));
    parser.addOption(option("year", CliText::tr("Année du rapport annuel (l'année en cours par défaut)."), "ANNEE"));
    parser.addOption(option("from", CliText::tr("Rapport sur une période libre : début (avec --to)."), "DATE"));
    parser.addOption(option("to", CliText::tr("Fin de la période libre ; avec --four-year, la dernière des quatre années."), "DATE|ANNEE"));
    parser.addOption({QStringLiteral("four-year"), CliText::tr("Rapport d'évaluation quadriennale (quatre années jusqu'à --to).")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("Le PDF à écrire."), QStringLiteral("SORTIE")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    if (!parser.isSet(QStringLiteral("output")))
        return console.fail(CliText::tr("où écrire le PDF ? (-o SORTIE.pdf)"), UsageError);
    const bool fourYear = parser.isSet(QStringLiteral("four-year"));
    std::optional<Period> period;
    int lastYear = 0;
    if (fourYear) {
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("year")))
            return console.fail(CliText::tr("--four-year se donne avec --to ANNEE seulement."), UsageError);
        const auto year = yearOption(console, parser, QStringLiteral("to"));
        if (!year)
            return UsageError;
        lastYear = *year;
        period = Period::range(QDate(lastYear - 3, 1, 1), QDate(lastYear, 12, 31));
    } else {
        period = periodOptions(console, parser);
        if (!period)
            return UsageError;
    }
    auto file = console.openProgramme(parser.positionalArguments().constFirst());
    if (!file)
        return InputFault;

    const IndicatorStore store(*file);
    const int chartYear = fourYear ? lastYear : period->to.year();
    const QList<IndicatorData> years = store.years(chartYear - 3, chartYear);
    QList<ChartData> charts;
    if (fourYear)
        charts = {EvaluationCharts::trends(years), EvaluationCharts::trendRates(years)};
    else
        charts = EvaluationCharts::all(period->isCalendarYear() ? years.last() : store.compute(*period), years);

    PaperDocument document(fourYear ? FourYearReport::title(lastYear) : AnnualReport::title(*period));
    if (fourYear)
        FourYearReport::build(document, *file, lastYear, ChartFactory::reportCharts(charts));
    else
        AnnualReport::build(document, *file, *period, ChartFactory::reportCharts(charts));
    const QString output = parser.value(QStringLiteral("output"));
    if (FileError e = document.writePdf(output))
        return console.fail(e.message());
    console.out() << CliText::tr("Rapport écrit : %1 (%n page(s))", nullptr, document.pageCount()).arg(output) << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
