// The patients room's verbs: export patients (CSV), import patients (CSV), export gp-letter (PDF).
#include "cli/Cli.h"
#include "cli/Console.h"
#include "documents/GpLetterDocument.h"
#include "documents/PaperDocument.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "storage/PatientCsv.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"

#include <QDate>

namespace kitetp::cli {

int exportPatientsVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Exporte les patients et leurs parcours en CSV (UTF-8 avec BOM), "
                                                 "sans leur identité sauf --with-identities."));
    parser.addPositionalArgument(QStringLiteral("FICHIER"), CliText::tr("Le fichier .etp."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("Le fichier CSV à écrire."), QStringLiteral("SORTIE")});
    parser.addOption({QStringLiteral("with-identities"),
                      CliText::tr("Inclut les identités (nom, prénom, année de naissance, sexe, contact, notes) : "
                                  "le fichier sera lisible par vous seul.")});
    parser.addOption({QStringLiteral("separator"), CliText::tr("Séparateur : ; (par défaut, tableurs français) ou ,"),
                      QStringLiteral("SEP"), QStringLiteral(";")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return console.fail(CliText::tr("indiquez le fichier CSV à écrire avec -o SORTIE.csv."), UsageError);
    const QString sep = parser.value(QStringLiteral("separator"));
    if (sep != QLatin1String(";") && sep != QLatin1String(","))
        return console.fail(CliText::tr("--separator attend ; ou , (reçu « %1 »).").arg(sep), UsageError);
    auto file = console.openProgramme(parser.positionalArguments().constFirst(), true);
    if (!file)
        return InputFault;
    PatientCsv::ExportOptions options;
    options.withIdentities = parser.isSet(QStringLiteral("with-identities"));
    options.separator = sep.front();
    int count = 0;
    if (FileError e = PatientCsv::writeFile(*file, output, options, &count))
        return console.fail(e.message());
    console.out() << CliText::tr("%n patient(s) exporté(s) dans %1", nullptr, count).arg(output)
                  << (options.withIdentities ? QStringLiteral(" ") + CliText::tr("(avec identités : fichier personnel)") : QString())
                  << Qt::endl;
    return Ok;
}

int importPatientsVerb(Console &console, const QStringList &args)
{
    const QStringList &rest = args; // args[0] is "kitetp import patients"
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Importe des patients depuis un CSV au format de l'export. Les lignes "
                                                 "refusées sont signalées ; rien n'est importé si le fichier est inutilisable."));
    parser.addPositionalArgument(QStringLiteral("FICHIER"), CliText::tr("Le fichier .etp."));
    parser.addPositionalArgument(QStringLiteral("ENTREE"), CliText::tr("Le fichier CSV à lire."));
    if (auto status = console.parse(parser, rest, 2, 2))
        return *status;
    auto file = console.openProgramme(parser.positionalArguments().at(0), false);
    if (!file)
        return InputFault;
    PatientCsv::ImportPlan plan = PatientCsv::readFile(*file, parser.positionalArguments().at(1), QDate::currentDate());
    if (!plan.fatal.isEmpty())
        return console.fail(CliText::tr("rien n'a été importé : %1").arg(plan.fatal));
    for (const PatientCsv::Rejected &r : plan.rejected)
        console.err() << CliText::tr("ligne %1 refusée : %2").arg(r.line).arg(r.reason) << '\n';
    console.err().flush();
    // The same undoable command as the window's import: one rule, one path to the file.
    ProgrammeDocument document(std::move(file));
    QString failure;
    QObject::connect(&document, &ProgrammeDocument::writeFailed, &document, [&failure](const QString &message) { failure = message; });
    if (!document.push(PatientCommands::importPatients(&document, plan)))
        return console.fail(CliText::tr("rien n'a été importé : %1").arg(failure));
    console.out() << CliText::tr("%n patient(s) importé(s)", nullptr, int(plan.rows.size())) << ", "
                  << CliText::tr("%n ligne(s) refusée(s)", nullptr, int(plan.rejected.size())) << Qt::endl;
    return plan.rejected.isEmpty() ? Ok : InputFault;
}

int exportGpLetterVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Écrit la synthèse au médecin traitant d'un patient (PDF personnel)."));
    parser.addPositionalArgument(QStringLiteral("FICHIER"), CliText::tr("Le fichier .etp."));
    parser.addOption({QStringLiteral("patient"), CliText::tr("Le code du patient."), QStringLiteral("CODE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("Le PDF à écrire."), QStringLiteral("SORTIE")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !parser.isSet(QStringLiteral("patient")))
        return console.fail(CliText::tr("indiquez --patient CODE et -o SORTIE.pdf."), UsageError);
    auto file = console.openProgramme(parser.positionalArguments().constFirst(), true);
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
    if (FileError e = document.writePdf(output, PaperDocument::Privacy::Personal))
        return console.fail(e.message());
    console.out() << CliText::tr("Synthèse écrite : %1").arg(output) << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
