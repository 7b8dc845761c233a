// SPDX-License-Identifier: EUPL-1.2
// `kitetp export pieces FILE -o DIR`: what the State's online form asks to upload (PiecesFolder).
#include "cli/Cli.h"
#include "cli/Console.h"
#include "documents/DossierDocument.h"
#include "storage/ProgrammeFile.h"

namespace kitetp::cli {

int exportPiecesVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Prépare la télédéclaration : écrit dans DOSSIER le dossier de déclaration, un PDF "
                                                 "par pièce jointe (nommé d'après la pièce) et les réponses au formulaire en ligne "
                                                 "dans l'ordre de ses rubriques (reponses-teledeclaration.md)."));
    Console::addProgrammeArgument(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, CliText::tr("Le dossier où écrire les pièces."), CliText::tr("DOSSIER")});
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const QString folder = parser.value(QStringLiteral("output"));
    if (folder.isEmpty())
        return console.fail(CliText::tr("indiquez le dossier où écrire avec -o DOSSIER."), UsageError);
    auto file = console.openProgramme(parser);
    if (!file)
        return InputFault;
    QStringList written;
    if (FileError e = PiecesFolder::write(*file, folder, &written))
        return console.fail(e.message());
    for (const QString &w : std::as_const(written))
        console.out() << CliText::tr("Écrit : %1").arg(w) << '\n';
    console.out().flush();
    return Ok;
}

} // namespace kitetp::cli
