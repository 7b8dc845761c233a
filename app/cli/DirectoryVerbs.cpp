// SPDX-License-Identifier: EUPL-1.2
// The regional directory's verbs: kitetp directory new | add | export.
#include "cli/Cli.h"
#include "cli/Console.h"
#include "cli/PdfOutput.h"
#include "core/Directory.h"
#include "core/Printable.h"
#include "documents/DirectoryDocument.h"
#include "storage/DirectoryStore.h"
#include "storage/OutputFile.h"

#include <QCoreApplication>

namespace kitetp::cli {

namespace {

void addDirectoryArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(CliText::tr("ANNUAIRE"), CliText::tr("Le fichier d'annuaire (.etpannuaire)."));
}

std::unique_ptr<ProgrammeFile> openDirectory(Console &console, const QString &path, ProgrammeFile::Mode mode)
{
    auto opened = DirectoryFile::open(path, mode);
    if (opened.error) {
        console.fail(opened.error.message());
        return nullptr;
    }
    return std::move(opened.file);
}

int newDirectory(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Crée un annuaire régional des programmes, vide."));
    addDirectoryArgument(parser);
    parser.addOption({QStringLiteral("title"), CliText::tr("Titre de l'annuaire (imprimé en couverture)."), CliText::tr("TITRE")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString title = parser.value(QStringLiteral("title")).trimmed();
    if (title.size() > 300)
        return console.fail(CliText::tr("le titre est trop long (300 caractères au plus)."), UsageError);
    auto created = DirectoryFile::create(parser.positionalArguments().constFirst(), title);
    if (created.error)
        return console.fail(created.error.message());
    console.out() << CliText::tr("Annuaire créé : %1").arg(created.file->path()) << Qt::endl;
    return Ok;
}

int addCards(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Ajoute à l'annuaire des fiches annuaire (le JSON de « kitetp export card »), ou "
                                                 "les fichiers .json d'un dossier. Une fiche plus récente d'un programme déjà "
                                                 "présent le remplace ; l'ancienne reste dans son historique. Si une fiche est "
                                                 "refusée, rien n'est ajouté."));
    addDirectoryArgument(parser);
    parser.addPositionalArgument(CliText::tr("FICHE"), CliText::tr("Fiches (.json) ou dossiers de fiches."), CliText::tr("FICHE..."));
    if (auto status = console.parse(parser, args, 2, 100000))
        return *status;
    const QStringList positional = parser.positionalArguments();
    auto file = openDirectory(console, positional.constFirst(), ProgrammeFile::Mode::ReadWrite);
    if (!file)
        return InputFault;
    const CardFiles read = CardFiles::read(positional.mid(1), QDate::currentDate());
    if (!read.refusals.isEmpty()) {
        for (const FileError &e : read.refusals)
            console.fail(e.message());
        return console.fail(CliText::tr("rien n'a été ajouté à l'annuaire."));
    }
    if (read.cards.isEmpty())
        return console.fail(CliText::tr("aucune fiche trouvée : rien n'a été ajouté à l'annuaire."));
    QList<DirectoryStore::Outcome> outcomes;
    if (FileError e = DirectoryStore(*file).add(read.cards, &outcomes))
        return console.fail(e.message());
    for (int i = 0; i < read.cards.size(); ++i) {
        const DirectoryEntry &c = read.cards.at(i);
        const QString title = Printable::quote(c.title, 80);
        switch (outcomes.at(i)) {
        case DirectoryStore::Outcome::Added:
            console.out() << CliText::tr("Ajouté : %1").arg(title) << Qt::endl;
            break;
        case DirectoryStore::Outcome::Replaced:
            console.out() << CliText::tr("Mis à jour (l'ancienne fiche reste dans l'historique) : %1").arg(title) << Qt::endl;
            break;
        case DirectoryStore::Outcome::History:
            console.out() << CliText::tr("Fiche plus ancienne que celle de l'annuaire, gardée dans l'historique : %1").arg(title) << Qt::endl;
            break;
        case DirectoryStore::Outcome::AlreadyThere:
            console.out() << CliText::tr("Déjà dans l'annuaire : %1").arg(title) << Qt::endl;
            break;
        }
    }
    return Ok;
}

int exportDirectory(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Exporte l'annuaire : PDF, ODT si SORTIE finit par .odt, CSV pour le site du réseau "
                                                 "si elle finit par .csv (« ; », UTF-8 avec BOM, dates JJ/MM/AAAA)."));
    addDirectoryArgument(parser);
    parser.addOption(Console::outputOption());
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString out = parser.value(Console::outputOption());
    if (out.isEmpty())
        return console.fail(CliText::tr("indiquez le fichier à écrire avec -o SORTIE."), UsageError);
    const bool csv = out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !isOdt(out) && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return console.fail(CliText::tr("la sortie doit finir par .pdf, .odt ou .csv (reçu « %1 »).").arg(out), UsageError);
    auto file = openDirectory(console, parser.positionalArguments().constFirst(), ProgrammeFile::Mode::ReadOnly);
    if (!file)
        return InputFault;
    const QList<DirectoryEntry> entries = DirectoryStore(*file).entries();
    if (FileError e = file->readFailure())
        return console.fail(e.message());
    const QDate today = QDate::currentDate();
    if (!csv)
        return writePaper(console, *DirectoryDocument::build(entries, DirectoryFile::title(*file), today), out);
    if (FileError e = OutputFile::save(out, Directory::csv(entries, today)))
        return console.fail(e.message());
    console.out() << CliText::tr("Écrit : %1").arg(out) << Qt::endl;
    return Ok;
}

const QList<Verb> &directoryKinds()
{
    static const QList<Verb> list = {
        {"new", QT_TRANSLATE_NOOP("Cli", "Crée un annuaire vide (.etpannuaire)."), newDirectory},
        {"add", QT_TRANSLATE_NOOP("Cli", "Ajoute des fiches annuaire (JSON) ou un dossier de fiches."), addCards},
        {"export", QT_TRANSLATE_NOOP("Cli", "Imprime l'annuaire en PDF ou ODT, ou l'exporte en CSV."), exportDirectory},
    };
    return list;
}

} // namespace

int directoryVerb(Console &console, const QStringList &args)
{
    const QString kind = args.value(1);
    for (const Verb &k : directoryKinds()) {
        if (kind == QLatin1String(k.name)) {
            QStringList kindArgs = args.mid(1);
            kindArgs[0] = QStringLiteral("kitetp directory %1").arg(kind);
            return k.run(console, kindArgs);
        }
    }
    const bool help = kind == QLatin1String("--help") || kind == QLatin1String("-h");
    QTextStream &stream = help ? console.out() : console.err();
    if (!help)
        console.fail(kind.isEmpty() ? CliText::tr("quelle action sur l'annuaire ?") : CliText::tr("action inconnue « %1 ».").arg(kind),
                     UsageError);
    stream << CliText::tr("Usage : kitetp directory new|add|export ANNUAIRE [OPTIONS]") << '\n' << CliText::tr("Actions :") << '\n';
    for (const Verb &k : directoryKinds())
        stream << "  " << QString::fromLatin1(k.name).leftJustified(12) << ' ' << QCoreApplication::translate("Cli", k.summary) << '\n';
    stream.flush();
    return help ? Ok : UsageError;
}

} // namespace kitetp::cli
