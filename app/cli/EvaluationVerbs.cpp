// SPDX-License-Identifier: EUPL-1.2
// The evaluation's verbs: `kitetp indicators` and `kitetp export report`.
#include "charts/ChartFactory.h"
#include "cli/Cli.h"
#include "cli/Console.h"
#include "cli/PdfOutput.h"
#include "core/ChartData.h"
#include "core/Dates.h"
#include "core/IndicatorExport.h"
#include "core/ProgrammeFields.h"
#include "documents/EvaluationReports.h"
#include "documents/PaperDocument.h"
#include "storage/EvaluationStore.h"
#include "storage/FieldStore.h"
#include "storage/IndicatorStore.h"
#include "storage/OutputFile.h"
#include "storage/XlsxFile.h"
#include "storage/ProgrammeFile.h"

#include <QFile>
#include <QLocale>

namespace kitetp::cli {

namespace {

std::optional<int> yearOption(Console &console, const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return 0; // not given: the year containing today
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

// What the options ask for, checked before the file is opened: a free range (--from/--to), or a year (0 = the one
// containing today) to be resolved against the programme's calendar.
struct PeriodRequest
{
    std::optional<Period> range;
    int year = 0;
};

std::optional<PeriodRequest> periodOptions(Console &console, const QCommandLineParser &parser)
{
    const bool from = parser.isSet(QStringLiteral("from"));
    const bool to = parser.isSet(QStringLiteral("to"));
    if (from != to) {
        console.fail(CliText::tr("--from et --to vont ensemble : donnez les deux dates de la période."), UsageError);
        return std::nullopt;
    }
    if (from) {
        if (parser.isSet(QStringLiteral("year"))) {
            console.fail(CliText::tr("--year ne se combine pas avec --from et --to."), UsageError);
            return std::nullopt;
        }
        const QDate f = Dates::parseUserDate(parser.value(QStringLiteral("from")));
        const QDate t = Dates::parseUserDate(parser.value(QStringLiteral("to")));
        const QString reason = Period::check(f, t);
        if (!reason.isEmpty()) {
            console.fail(reason, UsageError);
            return std::nullopt;
        }
        return PeriodRequest{Period::range(f, t), 0};
    }
    const auto year = yearOption(console, parser, QStringLiteral("year"));
    if (!year)
        return std::nullopt;
    return PeriodRequest{std::nullopt, *year};
}

// The year asked for: the calendar year N (--calendar, or no date to anchor on) or the programme year beginning
// in N; without N, the one containing today.
Period resolve(const ProgrammeCalendar &calendar, int year)
{
    return year == 0 ? calendar.yearContaining(QDate::currentDate()) : calendar.yearStartingIn(year);
}

// The programme file named on the command line (read-only), its calendar (--calendar: calendar years) and the
// period asked for, resolved against it; nothing (the message printed) when the file cannot be opened.
struct PeriodInFile
{
    std::unique_ptr<ProgrammeFile> file;
    ProgrammeCalendar calendar;
    Period period;
};

std::optional<PeriodInFile> openPeriod(Console &console, const QCommandLineParser &parser, const PeriodRequest &request)
{
    auto file = console.openProgramme(parser);
    if (!file)
        return std::nullopt;
    const ProgrammeCalendar calendar = EvaluationStore(*file).calendar(parser.isSet(QStringLiteral("calendar")));
    const Period period = request.range ? *request.range : resolve(calendar, request.year);
    return PeriodInFile{std::move(file), calendar, period};
}

// The period of --year, --calendar, --from and --to (addPeriodOptions) in the programme file; nothing when the
// options or the file are refused, with `status` set to what the verb returns.
std::optional<PeriodInFile> openRequestedPeriod(Console &console, const QCommandLineParser &parser, int &status)
{
    const auto request = periodOptions(console, parser);
    status = request ? InputFault : UsageError;
    return request ? openPeriod(console, parser, *request) : std::nullopt;
}

QCommandLineOption calendarOption()
{
    return {QStringLiteral("calendar"),
            CliText::tr("Années civiles plutôt que les années du programme (comptées depuis la prise d'effet de la déclaration).")};
}

QCommandLineOption option(const char *name, const QString &description, const char *valueName)
{
    return {QString::fromLatin1(name), description, QString::fromLatin1(valueName)};
}

// --year, --calendar, --from and --to: the period of the evaluation's verbs. A verb that reads more into --from and
// --to (the report's --four-year) describes them itself.
void addPeriodOptions(QCommandLineParser &parser, const QString &from = {}, const QString &to = {}, const char *toValue = "DATE")
{
    parser.addOption(option("year", CliText::tr("L'année du programme qui commence cette année-là (ou l'année civile avec "
                                                "--calendar) ; par défaut celle qui contient aujourd'hui."),
                            "ANNEE"));
    parser.addOption(calendarOption());
    parser.addOption(option("from", from.isEmpty() ? CliText::tr("Début d'une période libre (AAAA-MM-JJ ou JJ/MM/AAAA), avec --to.") : from,
                            "DATE"));
    parser.addOption(option("to", to.isEmpty() ? CliText::tr("Fin de la période libre (incluse).") : to, toValue));
}

} // namespace

int indicatorsVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Calcule les indicateurs d'évaluation d'une période (aucune identité de patient)."));
    Console::addProgrammeArgument(parser);
    addPeriodOptions(parser);
    parser.addOption(option("format", CliText::tr("text (par défaut), json, csv (tableur français : « ; », virgule décimale, "
                                                  "BOM) ou csv-machine (« , », point décimal, dates ISO, pour les scripts) ; "
                                                  "voir docs/indicators.md."),
                            "FORMAT"));
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format == QLatin1String("xlsx"))
        return console.fail(CliText::tr("un classeur XLSX s'écrit dans un fichier : kitetp export indicators FICHIER -o SORTIE.xlsx."),
                            UsageError);
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv") &&
        format != QLatin1String("csv-machine"))
        return console.fail(CliText::tr("format inconnu « %1 » (text, json, csv ou csv-machine).").arg(format), UsageError);
    int status = Ok;
    const auto opened = openRequestedPeriod(console, parser, status);
    if (!opened)
        return status;
    const Period &period = opened->period;
    const QList<Indicator> indicators = Indicators::list(IndicatorStore(*opened->file).compute(period));
    QTextStream &out = console.out();
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(IndicatorExport::json(period, FieldStore(*opened->file).value(ProgrammeFields::title()), indicators));
    else if (format == QLatin1String("csv-machine"))
        out << QString::fromUtf8(IndicatorExport::csv(period, indicators));
    else if (format == QLatin1String("csv"))
        return console.writeBytes(IndicatorExport::spreadsheet(period, indicators)); // its byte order mark included
    else
        out << IndicatorExport::text(period, indicators);
    out.flush();
    return Ok;
}

int exportReportVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Rapport d'auto-évaluation annuelle (ou d'évaluation quadriennale) en PDF, ou en ODT si "
                                                 "SORTIE finit par .odt."));
    addPeriodOptions(parser, CliText::tr("Rapport sur une période libre : début (avec --to)."),
                     CliText::tr("Fin de la période libre ; avec --four-year, l'année où commence la dernière des quatre années."),
                     "DATE|ANNEE");
    parser.addOption({QStringLiteral("four-year"), CliText::tr("Rapport d'évaluation quadriennale (quatre années jusqu'à --to, jamais avant le début du programme).")});
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    const bool fourYear = parser.isSet(QStringLiteral("four-year"));
    std::optional<PeriodRequest> request;
    if (fourYear) {
        if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("year")))
            return console.fail(CliText::tr("--four-year se donne avec --to ANNEE seulement."), UsageError);
        const auto year = yearOption(console, parser, QStringLiteral("to"));
        if (!year)
            return UsageError;
        request = PeriodRequest{std::nullopt, *year};
    } else {
        request = periodOptions(console, parser);
        if (!request)
            return UsageError;
    }
    const auto opened = openPeriod(console, parser, *request);
    if (!opened)
        return InputFault;
    ProgrammeFile &file = *opened->file;
    const ProgrammeCalendar &calendar = opened->calendar;
    const Period &period = opened->period;
    if (!request->range && calendar.beforeProgramme(period))
        return console.fail(CliText::tr("La période demandée (%1) précède le début du programme (%2).")
                                .arg(period.label(), QLocale().toString(calendar.programmeStart(), QLocale::LongFormat)));

    const IndicatorStore store(file);
    const QList<Period> trendYears = fourYear ? calendar.fourYears(period) : calendar.trendYears(period);
    const QList<IndicatorData> years = fourYear ? store.periods(trendYears) : store.trendPeriods(trendYears);
    // A year is the last of its trend years: computed once.
    const IndicatorData data = !fourYear && period.isYear() && years.last().period.key() == period.key() ? years.last()
                                                                                                       : store.compute(period);
    QList<ChartData> charts;
    if (fourYear)
        charts = {EvaluationCharts::trends(years), EvaluationCharts::trendRates(years)};
    else
        charts = EvaluationCharts::all(data, years);

    PaperDocument document(fourYear ? FourYearReport::title(trendYears) : AnnualReport::title(period));
    if (fourYear)
        FourYearReport::build(document, file, years, calendar, ChartFactory::reportCharts(charts));
    else
        AnnualReport::build(document, file, data, calendar, ChartFactory::reportCharts(charts));
    const QString output = parser.value(QStringLiteral("output"));
    if (FileError e = writeDocument(document, output))
        return console.fail(e.message());
    const Period covered = fourYear ? Period::range(trendYears.first().from, trendYears.last().to) : period;
    if (isOdt(output)) // the word processor lays out the pages
        console.out() << CliText::tr("Rapport écrit : %1").arg(output) << Qt::endl;
    else
        console.out() << CliText::tr("Rapport écrit : %1 (%n page(s))", nullptr, document.pageCount()).arg(output) << Qt::endl;
    console.out() << CliText::tr("Période couverte : du %1 au %2%3.")
                         .arg(QLocale().toString(covered.from, QLocale::LongFormat), QLocale().toString(covered.to, QLocale::LongFormat),
                              covered.isPartial(QDate::currentDate()) ? CliText::tr(" (en cours : rapport partiel)") : QString())
                  << Qt::endl;
    if (request->range == std::nullopt)
        console.out() << calendar.anchorNote() << Qt::endl;
    return Ok;
}

int exportIndicatorsVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Les indicateurs d'une période dans un tableau : CSV pour tableur français (« ; », "
                                                 "virgule décimale, UTF-8 avec BOM, dates JJ/MM/AAAA), classeur XLSX (SORTIE en "
                                                 ".xlsx), csv-machine ou json pour les scripts. Aucune identité de patient."));
    addPeriodOptions(parser);
    parser.addOption(option("format", CliText::tr("csv (par défaut), csv-machine, json ou xlsx ; xlsx ou json aussi quand SORTIE "
                                                  "finit par .xlsx ou .json."),
                            "FORMAT"));
    if (auto stop = console.parseWithOutput(parser, args))
        return *stop;
    const QString output = parser.value(QStringLiteral("output"));
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)   ? QStringLiteral("xlsx")
                 : output.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
                                                                                : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("csv-machine") && format != QLatin1String("json") &&
        format != QLatin1String("xlsx"))
        return console.fail(CliText::tr("format inconnu « %1 » (csv, csv-machine, json ou xlsx).").arg(format), UsageError);
    int status = Ok;
    const auto opened = openRequestedPeriod(console, parser, status);
    if (!opened)
        return status;
    const Period &period = opened->period;
    const QList<Indicator> indicators = Indicators::list(IndicatorStore(*opened->file).compute(period));
    FileError error;
    if (format == QLatin1String("xlsx"))
        error = XlsxFile::save(output, {IndicatorExport::table(period, indicators)});
    else
        error = OutputFile::save(output, format == QLatin1String("json")
                                             ? IndicatorExport::json(period, FieldStore(*opened->file).value(ProgrammeFields::title()), indicators)
                                         : format == QLatin1String("csv-machine") ? IndicatorExport::csv(period, indicators)
                                                                                  : IndicatorExport::spreadsheet(period, indicators));
    if (error)
        return console.fail(error.message());
    console.out() << CliText::tr("Indicateurs écrits : %1 — %2").arg(output, period.label()) << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
