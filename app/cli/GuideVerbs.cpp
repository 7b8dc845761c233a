// SPDX-License-Identifier: EUPL-1.2
// The guides room's verbs: export guide / handout / quiz / signin (PDF or ODT; the guide with its supports, PDF),
// export guides (exchange file, JSON or .etpkit package with the materials), import guides (either), sharing (the
// packages sent).
#include "storage/InputFile.h"
#include "storage/OutputFile.h"
#include "cli/Cli.h"
#include "cli/Console.h"
#include "cli/PdfOutput.h"
#include "core/Dates.h"
#include "core/GuideExchange.h"
#include "documents/HandoutDocument.h"
#include "documents/LeaderGuideDocument.h"
#include "documents/PageSetup.h"
#include "documents/QuizDocument.h"
#include "documents/SignInSheetDocument.h"
#include "model/GuideCommands.h"
#include "model/ProgrammeDocument.h"
#include "storage/GuideStore.h"
#include "storage/GuidePackage.h"
#include "storage/GuideTransfer.h"
#include "storage/FieldStore.h"
#include "storage/SharingStore.h"
#include "storage/ProgrammeFile.h"

#include <QFile>
#include <QFileInfo>

namespace kitetp::cli {

namespace {

QCommandLineOption seanceOption()
{
    return {QStringLiteral("seance"), CliText::tr("Le code de la séance (par exemple C1S2)."), CliText::tr("CODE")};
}

std::optional<Seance> findSeance(Console &console, ProgrammeFile &file, const QString &code)
{
    auto seance = GuideStore(file).seanceByCode(code);
    if (!seance)
        console.fail(CliText::tr("aucune séance de code « %1 » dans ce programme.").arg(code));
    return seance;
}

// The programme named on the command line and the séance of --seance in it; nothing (the message printed) when
// either is missing.
struct SeanceInFile
{
    std::unique_ptr<ProgrammeFile> file;
    Seance seance;
};

std::optional<SeanceInFile> openSeance(Console &console, const QCommandLineParser &parser)
{
    auto file = console.openProgramme(parser);
    if (!file)
        return std::nullopt;
    const auto seance = findSeance(console, *file, parser.value(QStringLiteral("seance")));
    if (!seance)
        return std::nullopt;
    return SeanceInFile{std::move(file), *seance};
}

} // namespace

int exportGuideVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Écrit le guide d'animation d'un conducteur ou d'une séance en PDF (ou en ODT si SORTIE finit par .odt)."));
    parser.addOption({QStringLiteral("conducteur"), CliText::tr("Le code du conducteur (par exemple C1)."), CliText::tr("CODE")});
    parser.addOption(seanceOption());
    parser.addOption({QStringLiteral("with-materials"),
                      CliText::tr("Ajoute après le guide les pages des supports PDF et les images (guide + supports, PDF seulement).")});
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    const bool byConducteur = parser.isSet(QStringLiteral("conducteur"));
    if (byConducteur == parser.isSet(QStringLiteral("seance")))
        return console.fail(CliText::tr("indiquez soit --conducteur CODE, soit --seance CODE."), UsageError);
    const QString output = parser.value(Console::outputOption());
    const bool withMaterials = parser.isSet(QStringLiteral("with-materials"));
    if (withMaterials)
        if (auto status = refuseOdt(console, output))
            return *status;
    auto file = console.openProgramme(parser);
    if (!file)
        return InputFault;
    std::unique_ptr<PaperDocument> doc;
    QList<Seance> seances;
    if (byConducteur) {
        const QString code = parser.value(QStringLiteral("conducteur"));
        const auto conducteur = GuideStore(*file).conducteurByCode(code);
        if (!conducteur)
            return console.fail(CliText::tr("aucun conducteur de code « %1 » dans ce programme.").arg(code));
        doc = LeaderGuideDocument::forConducteur(*file, *conducteur, PageSetup::defaultLayout());
        seances = conducteur->seances;
    } else {
        const auto seance = findSeance(console, *file, parser.value(QStringLiteral("seance")));
        if (!seance)
            return InputFault;
        doc = LeaderGuideDocument::forSeance(*file, *seance, PageSetup::defaultLayout());
        seances = {*seance};
    }
    if (!withMaterials)
        return writePaper(console, *doc, output, PaperDocument::Privacy::Shareable);
    QString why;
    QStringList appended;
    const QByteArray pdf = LeaderGuideDocument::withSupports(*file, *doc, seances, &why, &appended);
    if (pdf.isEmpty())
        return console.fail(why);
    if (FileError e = OutputFile::save(output, pdf))
        return console.fail(e.message());
    console.out() << CliText::tr("PDF écrit : %1 (guide + %n support(s))", nullptr, int(appended.size())).arg(output) << Qt::endl;
    return Ok;
}

int exportHandoutVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Écrit la fiche patient d'une séance en PDF (ou en ODT si SORTIE finit par .odt)."));
    parser.addOption(seanceOption());
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    if (!parser.isSet(QStringLiteral("seance")))
        return console.fail(CliText::tr("indiquez la séance avec --seance CODE."), UsageError);
    const auto opened = openSeance(console, parser);
    if (!opened)
        return InputFault;
    const auto doc = HandoutDocument::build(*opened->file, opened->seance, PageSetup::defaultLayout());
    return writePaper(console, *doc, parser.value(Console::outputOption()), PaperDocument::Privacy::Shareable);
}

int exportQuizVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Écrit le quiz d'une séance en PDF (ou en ODT si SORTIE finit par .odt) : la fiche patient "
                                                 "sans les réponses, ou le corrigé de l'animateur avec --key."));
    parser.addOption(seanceOption());
    parser.addOption({QStringLiteral("key"), CliText::tr("Le corrigé : les bonnes réponses et leurs explications.")});
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    if (!parser.isSet(QStringLiteral("seance")))
        return console.fail(CliText::tr("indiquez la séance avec --seance CODE."), UsageError);
    const auto opened = openSeance(console, parser);
    if (!opened)
        return InputFault;
    if (opened->seance.quiz.isEmpty())
        return console.fail(CliText::tr("la séance « %1 » n'a pas de quiz (onglet Quiz de la séance, page Ateliers).").arg(opened->seance.code));
    const auto doc = QuizDocument::build(*opened->file, opened->seance,
                                         parser.isSet(QStringLiteral("key")) ? QuizDocument::Kind::Key : QuizDocument::Kind::Sheet,
                                         PageSetup::defaultLayout());
    return writePaper(console, *doc, parser.value(Console::outputOption()), PaperDocument::Privacy::Shareable);
}

int exportSigninVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Écrit la feuille d'émargement d'une séance en PDF (ou en ODT si SORTIE finit par .odt)."));
    parser.addOption(seanceOption());
    parser.addOption({QStringLiteral("date"), CliText::tr("La date de la séance (JJ/MM/AAAA ou AAAA-MM-JJ)."), CliText::tr("DATE")});
    parser.addOption({QStringLiteral("place"), CliText::tr("Le lieu de la séance."), CliText::tr("LIEU")});
    parser.addOption({QStringLiteral("facilitator"), CliText::tr("Un animateur (option répétable)."), CliText::tr("NOM")});
    parser.addOption({QStringLiteral("participant"), CliText::tr("Un participant, nom ou code (option répétable)."), CliText::tr("NOM")});
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    if (!parser.isSet(QStringLiteral("seance")))
        return console.fail(CliText::tr("indiquez la séance avec --seance CODE."), UsageError);
    SignInSheetDocument::Options options;
    if (parser.isSet(QStringLiteral("date"))) {
        const QDate date = Dates::parseUserDate(parser.value(QStringLiteral("date")));
        if (!date.isValid())
            return console.fail(CliText::tr("date invalide « %1 » (attendu : JJ/MM/AAAA).").arg(parser.value(QStringLiteral("date"))),
                                UsageError);
        options.date = QDateTime(date, QTime(0, 0));
    }
    options.place = parser.value(QStringLiteral("place"));
    options.facilitators = parser.values(QStringLiteral("facilitator"));
    options.participants = parser.values(QStringLiteral("participant"));
    const auto opened = openSeance(console, parser);
    if (!opened)
        return InputFault;
    const auto doc = SignInSheetDocument::build(*opened->file, opened->seance, options, PageSetup::defaultLayout());
    return writePaper(console, *doc, parser.value(Console::outputOption()),
                    options.participants.isEmpty() ? PaperDocument::Privacy::Shareable : PaperDocument::Privacy::Personal);
}

int exportGuidesVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Exporte les guides (conducteurs et séances) dans un fichier d'échange JSON, ou dans un "
                                                 "paquet avec leurs supports si SORTIE finit par .etpkit."));
    parser.addOption({QStringLiteral("conducteur"), CliText::tr("N'exporter que ce conducteur (option répétable)."), CliText::tr("CODE")});
    parser.addOption({QStringLiteral("recipient"), CliText::tr("Le destinataire du paquet, noté dans la liste des envois (paquet .etpkit)."),
                      CliText::tr("NOM")});
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    const QString output = parser.value(Console::outputOption());
    const bool package = output.endsWith(QLatin1Char('.') + GuidePackage::suffix(), Qt::CaseInsensitive);
    if (parser.isSet(QStringLiteral("recipient")) && !package)
        return console.fail(CliText::tr("--recipient ne vaut que pour un paquet (SORTIE en .etpkit)."), UsageError);
    auto file = console.openProgramme(parser, !package); // a package sent is recorded in the programme
    if (!file)
        return InputFault;
    const QStringList codes = parser.values(QStringLiteral("conducteur"));
    const GuideBundle bundle = GuideTransfer::collect(*file, codes);
    for (const QString &code : codes)
        if (std::none_of(bundle.conducteurs.cbegin(), bundle.conducteurs.cend(), [&code](const Conducteur &c) { return c.code == code; }))
            return console.fail(CliText::tr("aucun conducteur de code « %1 » dans ce programme.").arg(code));
    if (!package) {
        if (FileError e = OutputFile::save(output, GuideExchange::toJson(bundle)))
            return console.fail(e.message());
        console.out() << CliText::tr("Guides exportés : %1 (%n conducteur(s))", nullptr, int(bundle.conducteurs.size())).arg(output)
                      << Qt::endl;
        int files = 0;
        for (const Conducteur &c : bundle.conducteurs)
            for (const Seance &s : c.seances)
                files += int(std::count_if(s.supports.cbegin(), s.supports.cend(), [](const Material &m) { return !m.isLink(); }));
        if (files > 0)
            console.out() << CliText::tr("Les fichiers des supports (%n) ne sont pas dans un fichier JSON : exportez un paquet .etpkit pour les "
                                         "envoyer.", nullptr, files)
                          << Qt::endl;
        return Ok;
    }
    int materials = 0;
    if (FileError e = GuidePackage::exportPackage(*file, output, codes, parser.value(QStringLiteral("recipient")), &materials))
        return console.fail(e.message());
    console.out() << CliText::tr("Paquet écrit : %1 (%2, %3)")
                         .arg(output, CliText::tr("%n conducteur(s)", nullptr, int(bundle.conducteurs.size())),
                              CliText::tr("%n support(s)", nullptr, materials))
                  << Qt::endl;
    return Ok;
}

int importGuidesVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Importe des guides depuis un fichier d'échange JSON ou un paquet .etpkit dans un programme."));
    Console::addProgrammeArgument(parser);
    parser.addPositionalArgument(CliText::tr("GUIDES"), CliText::tr("Le fichier de guides (.json) ou le paquet (.etpkit)."));
    parser.addOption({QStringLiteral("replace"), CliText::tr("Remplace les guides du programme au lieu de les compléter.")});
    if (auto status = console.parse(parser, args, 2, 2))
        return *status;
    const QString source = parser.positionalArguments().at(1);
    if (const QString why = InputFile::refusal(source); !why.isEmpty())
        return console.fail(why);
    QString error;
    const auto bundle = GuidePackage::readFile(source, &error);
    if (!bundle)
        return console.fail(error);
    auto file = console.openProgramme(parser, false);
    if (!file)
        return InputFault;
    // The same undoable command as the window's import: one rule, one path to the file.
    ProgrammeDocument document(std::move(file));
    QString failure;
    QObject::connect(&document, &ProgrammeDocument::writeFailed, &document, [&failure](const QString &message) { failure = message; });
    auto *command = new ImportGuidesCommand(&document, *bundle,
                                            parser.isSet(QStringLiteral("replace")) ? GuideExchange::Mode::Replace : GuideExchange::Mode::Merge);
    if (!document.push(command)) // a failed command is deleted by the stack
        return console.fail(failure);
    console.out() << command->report().text() << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
