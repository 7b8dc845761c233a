// SPDX-License-Identifier: EUPL-1.2
// The patients room's verbs: export patients (CSV), import patients (CSV), export gp-letter (PDF).
#include "cli/Cli.h"
#include "cli/Console.h"
#include "cli/PdfOutput.h"
#include "documents/GpLetterDocument.h"
#include "documents/PaperDocument.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/PatientCsv.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"

#include <QDate>
#include <QTemporaryDir>

namespace kitetp::cli {

int exportPatientsVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Exporte les patients et leurs parcours en CSV pour tableur "
                                                 "français (« ; », UTF-8 avec BOM, dates JJ/MM/AAAA, en-têtes en "
                                                 "français) ou en XLSX, sans leur identité sauf --with-identities."));
    Console::addProgrammeArgument(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("Le fichier CSV ou XLSX à écrire (- : la sortie standard, en CSV)."), CliText::tr("SORTIE")});
    parser.addOption({QStringLiteral("with-identities"),
                      CliText::tr("Inclut les identités (nom, prénom, année de naissance, sexe, contact, notes) : "
                                  "le fichier sera lisible par vous seul.")});
    parser.addOption({QStringLiteral("with-details"),
                      CliText::tr("Sans identités, garde les médecins (adresseur, traitant et son adresse) et les dates "
                                  "exactes ; sinon ils sont omis et les dates données au mois (MM/AAAA).")});
    parser.addOption({QStringLiteral("separator"), CliText::tr("Séparateur : ; (par défaut, tableurs français) ou ,"),
                      CliText::tr("SEP"), QStringLiteral(";")});
    parser.addOption({QStringLiteral("format"),
                      CliText::tr("csv (par défaut) ou xlsx (classeur, dates et nombres typés) ; xlsx aussi quand SORTIE "
                                  "finit par .xlsx."),
                      CliText::tr("FORMAT")});
    parser.addOption({QStringLiteral("machine-headers"),
                      CliText::tr("En-têtes en noms de colonnes pour les scripts (consentement_entree) plutôt qu'en "
                                  "libellés français (« Consentement d'entrée »).")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return console.fail(CliText::tr("indiquez le fichier CSV à écrire avec -o SORTIE.csv."), UsageError);
    const QString sep = parser.value(QStringLiteral("separator"));
    if (sep != QLatin1String(";") && sep != QLatin1String(","))
        return console.fail(CliText::tr("--separator attend ; ou , (reçu « %1 »).").arg(sep), UsageError);
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                           : output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                                          : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return console.fail(CliText::tr("format inconnu « %1 » (csv ou xlsx).").arg(format), UsageError);
    auto file = console.openProgramme(parser, true);
    if (!file)
        return InputFault;
    PatientCsv::ExportOptions options;
    options.withIdentities = parser.isSet(QStringLiteral("with-identities"));
    options.withDetails = parser.isSet(QStringLiteral("with-details"));
    options.separator = sep.front();
    options.machineHeaders = parser.isSet(QStringLiteral("machine-headers"));
    int count = 0;
    if (FileError e = format == QLatin1String("xlsx") ? PatientCsv::writeXlsx(*file, output, options, &count)
                                                      : PatientCsv::writeFile(*file, output, options, &count))
        return console.fail(e.message());
    console.out() << CliText::tr("%n patient(s) exporté(s) dans %1", nullptr, count).arg(output)
                  << QStringLiteral(" ")
                  << (options.withIdentities ? CliText::tr("(avec identités : fichier personnel)")
                      : options.withDetails  ? CliText::tr("(pseudonyme avec médecins et dates exactes : fichier personnel)")
                                             : CliText::tr("(pseudonyme, dates au mois : fichier personnel)"))
                  << Qt::endl;
    return Ok;
}

int importPatientsVerb(Console &console, const QStringList &args)
{
    const QStringList &rest = args; // args[0] is "kitetp import patients"
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Importe des patients depuis un CSV au format de l'export (UTF-8 ou "
                                                 "Windows-1252, « ; », « , » ou tabulation). Les lignes refusées sont "
                                                 "signalées ; rien n'est importé si une ligne est refusée, sauf --skip-invalid."));
    Console::addProgrammeArgument(parser);
    parser.addPositionalArgument(CliText::tr("ENTREE"), CliText::tr("Le fichier CSV à lire."));
    parser.addOption({QStringLiteral("skip-invalid"), CliText::tr("Importe les lignes valides même si d'autres sont refusées.")});
    if (auto status = console.parse(parser, rest, 2, 2))
        return *status;
    const QString programme = parser.positionalArguments().at(0);
    const QString input = parser.positionalArguments().at(1);
    const QDate today = QDate::currentDate();
    const PatientCsv::OnRefused onRefused = parser.isSet(QStringLiteral("skip-invalid")) ? PatientCsv::OnRefused::SkipInvalid
                                                                                          : PatientCsv::OnRefused::ImportNothing;
    const auto refusedWhole = [&console](const PatientCsv::ImportReport &report) {
        return console.fail(CliText::tr("rien n'a été importé : %n ligne(s) refusée(s) ; --skip-invalid importe les "
                                        "%1 ligne(s) valide(s).", nullptr, int(report.rejected.size()))
                                .arg(report.accepted));
    };
    const auto reportRefused = [&console](const PatientCsv::ImportReport &report) {
        for (const PatientCsv::Rejected &r : report.rejected)
            console.err() << CliText::tr("ligne %1 refusée : %2").arg(r.line).arg(r.reason) << '\n';
        console.err().flush();
    };
    const auto summary = [&console](const PatientCsv::ImportReport &report) {
        console.out() << CliText::tr("%n patient(s) importé(s)", nullptr, report.accepted) << ", "
                      << CliText::tr("%n ligne(s) refusée(s)", nullptr, int(report.rejected.size())) << Qt::endl;
        return report.rejected.isEmpty() ? Ok : InputFault;
    };
    // Opening an older programme for writing migrates it (after a copy aside): the input is checked first, on a
    // migrated private copy of the file (the rows' checks read tables an older format does not have), so that an
    // import that would write nothing leaves the programme untouched.
    if (FileProbe::inspect(programme, Migrations::latestVersion()).schemaVersion < Migrations::latestVersion()) {
        PatientCsv::ImportReport check;
        {
            const QTemporaryDir scratch; // 0700, removed with everything in it
            const QString copyPath = scratch.filePath(QStringLiteral("verification.etp"));
            {
                auto asItIs = console.openProgramme(programme, true);
                if (!asItIs)
                    return InputFault;
                if (FileError e = asItIs->saveCopyAs(copyPath))
                    return console.fail(e.message());
            }
            auto migrated = ProgrammeFile::open(copyPath, ProgrammeFile::Mode::ReadWrite);
            if (migrated.error)
                return console.fail(migrated.error.message());
            check = PatientCsv::checkFile(*migrated.file, input, today);
        }
        if (!check.fatal.isEmpty())
            return console.fail(CliText::tr("rien n'a été importé : %1").arg(check.fatal));
        if (check.accepted == 0) {
            reportRefused(check);
            return summary(check);
        }
        if (!check.rejected.isEmpty() && onRefused == PatientCsv::OnRefused::ImportNothing) {
            reportRefused(check);
            return refusedWhole(check);
        }
    }
    auto file = console.openProgramme(programme, false);
    if (!file)
        return InputFault;
    PatientCsv::ImportReport report = PatientCsv::importFile(*file, input, today, onRefused);
    if (!report.fatal.isEmpty())
        return console.fail(CliText::tr("rien n'a été importé : %1").arg(report.fatal));
    reportRefused(report);
    if (report.refusedWhole)
        return refusedWhole(report);
    if (report.error)
        return console.fail(CliText::tr("rien n'a été importé : %1").arg(report.error.message()));
    return summary(report);
}

int exportGpLetterVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Écrit la synthèse au médecin traitant d'un patient (PDF personnel, ou ODT si SORTIE finit "
                                                 "par .odt)."));
    Console::addProgrammeArgument(parser);
    parser.addOption({QStringLiteral("patient"), CliText::tr("Le code du patient."), CliText::tr("CODE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("Le PDF (ou l'ODT) à écrire."), CliText::tr("SORTIE")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !parser.isSet(QStringLiteral("patient")))
        return console.fail(CliText::tr("indiquez --patient CODE et -o SORTIE.pdf."), UsageError);
    auto file = console.openProgramme(parser, true);
    if (!file)
        return InputFault;
    const auto patient = PatientStore(*file).patientByCode(parser.value(QStringLiteral("patient")));
    if (!patient)
        return console.fail(CliText::tr("aucun patient de code « %1 ».").arg(parser.value(QStringLiteral("patient"))));
    const GpLetterDocument::Data data = GpLetterDocument::gather(*file, patient->id);
    if (const QString refused = GpLetterDocument::refusal(data); !refused.isEmpty())
        return console.fail(refused);
    PaperDocument document(CliText::tr("Synthèse au médecin traitant — %1").arg(patient->code));
    GpLetterDocument::build(document, *file, data);
    if (FileError e = writeDocument(document, output, PaperDocument::Privacy::Personal))
        return console.fail(e.message());
    console.out() << CliText::tr("Synthèse écrite : %1").arg(output) << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
