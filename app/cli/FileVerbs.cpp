// SPDX-License-Identifier: EUPL-1.2
// The foundation's verbs: new, demo, check.
#include "cli/Cli.h"
#include "cli/Console.h"
#include "core/ProgrammeFields.h"
#include "demo/DemoGenerator.h"
#include "demo/Templates.h"
#include "storage/FieldStore.h"
#include "storage/Migrations.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QFile>

namespace kitetp::cli {

namespace {

// Reads an integer option within [min, max]; on a bad value prints why and returns nothing.
std::optional<int> intOption(Console &console, const QCommandLineParser &parser, const QString &name, int fallback,
                             int min, int max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        console.fail(CliText::tr("--%1 attend un nombre entier entre %2 et %3 (reçu « %4 »).")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(parser.value(name)),
                     UsageError);
        return std::nullopt;
    }
    return value;
}

// Creates the file FICHIER, filled by `fill` before it takes its name (whole or nothing), and says so with `done`
// ("... : %1", the path).
int createProgramme(Console &console, const QCommandLineParser &parser, const ProgrammeFile::Filler &fill, const QString &done)
{
    auto created = ProgrammeFile::create(parser.positionalArguments().constFirst(), fill);
    if (created.error)
        return console.fail(created.error.message());
    console.out() << done.arg(created.file->path()) << Qt::endl;
    return Ok;
}

} // namespace

int newVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Crée un fichier de programme."));
    parser.addPositionalArgument(CliText::tr("FICHIER"), CliText::tr("Le fichier .etp à créer."));
    parser.addOption({QStringLiteral("template"), CliText::tr("Modèle de départ : %1.").arg(Templates::names().join(QStringLiteral(", "))),
                      CliText::tr("MODELE"), QStringLiteral("empty")});
    parser.addOption({QStringLiteral("title"), CliText::tr("Titre du programme."), CliText::tr("TITRE")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;

    const QString templ = parser.value(QStringLiteral("template"));
    if (!Templates::names().contains(templ))
        return console.fail(CliText::tr("modèle inconnu « %1 » (modèles : %2).").arg(templ, Templates::names().join(QStringLiteral(", "))),
                            UsageError);
    const QString title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                                : Templates::defaultTitle(templ);
    const QString reason = ProgrammeFields::check(ProgrammeFields::title(), title);
    if (!reason.isEmpty())
        return console.fail(reason);

    // Whole or nothing: the template is written into the file before it takes its name.
    const auto fill = [&](ProgrammeFile &file) {
        if (FileError error = Templates::apply(file, templ))
            return error;
        return FieldStore(file).setValue(ProgrammeFields::title(), title);
    };
    return createProgramme(console, parser, fill, CliText::tr("Programme créé : %1"));
}

int demoVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Crée un programme de démonstration (données fictives)."));
    parser.addPositionalArgument(CliText::tr("FICHIER"), CliText::tr("Le fichier .etp à créer."));
    parser.addOption({QStringLiteral("patients"), CliText::tr("Nombre de patients (60 par défaut)."), CliText::tr("N")});
    parser.addOption({QStringLiteral("years"), CliText::tr("Années d'activité (2 par défaut)."), CliText::tr("A")});
    parser.addOption({QStringLiteral("seed"), CliText::tr("Graine du hasard : même graine, même fichier (1 par défaut)."), CliText::tr("S")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;

    DemoOptions options;
    const auto patients = intOption(console, parser, QStringLiteral("patients"), options.patients, 0, DemoGenerator::maxPatients);
    const auto years = intOption(console, parser, QStringLiteral("years"), options.years, 1, DemoGenerator::maxYears);
    const auto seed = intOption(console, parser, QStringLiteral("seed"), 1, 0, std::numeric_limits<int>::max());
    if (!patients || !years || !seed)
        return UsageError;
    options.patients = *patients;
    options.years = *years;
    options.seed = static_cast<quint32>(*seed);

    return createProgramme(console, parser, [&options](ProgrammeFile &file) { return DemoGenerator(file, options).fill(); },
                           CliText::tr("Programme de démonstration créé : %1"));
}

int checkVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Vérifie un fichier de programme sans le modifier."));
    parser.addPositionalArgument(CliText::tr("FICHIER"), CliText::tr("Le fichier .etp à vérifier."));
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;

    const QString path = parser.positionalArguments().constFirst();
    auto opened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
    if (opened.error)
        return console.fail(opened.error.message());
    ProgrammeFile &file = *opened.file;
    QTextStream &out = console.out();
    out << CliText::tr("Fichier : %1").arg(file.path()) << '\n';
    out << CliText::tr("Programme : %1").arg(FieldStore(file).value(ProgrammeFields::title())) << '\n';
    const int latest = Migrations::latestVersion();
    out << (file.schemaVersion() == latest
                ? CliText::tr("Format : %1 (à jour)").arg(latest)
                : CliText::tr("Format : %1 (sera mis à jour au format %2 à la prochaine ouverture en écriture)")
                      .arg(file.schemaVersion())
                      .arg(latest))
        << '\n';
    out << CliText::tr("Créé par : Kit ETP %1, le %2").arg(file.meta(QStringLiteral("created_with")), file.meta(QStringLiteral("created_at")))
        << '\n';
    out << CliText::tr("Contenu :") << '\n';
    for (const auto &[table, count] : file.tableCounts())
        out << "  " << table.leftJustified(24) << ' ' << count << '\n';
    const QStringList problems = file.integrityProblems();
    if (!problems.isEmpty()) {
        out << CliText::tr("Intégrité : %n problème(s)", nullptr, int(problems.size())) << '\n';
        for (const QString &p : problems)
            out << "  " << p << '\n';
        out.flush();
        return console.fail(FileError(FileError::Corrupt, file.path()).message());
    }
    out << CliText::tr("Intégrité : correcte") << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
