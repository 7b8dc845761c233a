// SPDX-License-Identifier: EUPL-1.2
// The attached pieces' verbs: `kitetp attach FILE PIECE PATH [--member CODE_OR_NAME] [--title T]`,
// `kitetp attachments FILE`, `kitetp detach FILE ID`. A refused piece leaves the programme unchanged.
#include "cli/Cli.h"
#include "cli/Console.h"
#include "core/Team.h"
#include "documents/PieceFile.h"
#include "storage/AttachmentStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/TeamStore.h"

#include <QLocale>

namespace kitetp::cli {

namespace {

QString pieceList()
{
    QString text = CliText::tr("Pièces :") + QLatin1Char('\n');
    for (Attachment::Piece p : Attachment::pieces())
        text += QStringLiteral("  %1 %2%3\n")
                    .arg(Attachment::toStored(p).leftJustified(12), Attachment::label(p),
                         Attachment::needsMember(p) ? CliText::tr(" (avec --member)") : QString());
    return text;
}

// The member named by its number or its name (accents and case as typed, case ignored); nullopt with a message.
std::optional<TeamMember> findMember(Console &console, ProgrammeFile &file, const QString &wanted)
{
    const QList<TeamMember> members = TeamStore(file).members();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    QList<TeamMember> found;
    for (const TeamMember &m : members)
        if ((isNumber && m.id == id) || m.name.trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            found << m;
    if (found.size() == 1)
        return found.constFirst();
    console.fail(found.isEmpty() ? CliText::tr("aucun membre de l'équipe ne s'appelle ou n'a le numéro « %1 ».").arg(wanted)
                                 : CliText::tr("plusieurs membres de l'équipe s'appellent « %1 » : donnez son numéro.").arg(wanted));
    return std::nullopt;
}

} // namespace

int attachVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Joint une pièce au programme (PDF, PNG ou JPEG, 20 Mo au plus) ; le dossier "
                                                 "de déclaration l'insère en annexe.") +
                                     QLatin1Char('\n') + pieceList());
    Console::addProgrammeArgument(parser);
    parser.addPositionalArgument(CliText::tr("PIECE"), CliText::tr("Le type de pièce (voir la liste)."));
    parser.addPositionalArgument(CliText::tr("CHEMIN"), CliText::tr("Le fichier à joindre."));
    parser.addOption({QStringLiteral("member"), CliText::tr("Le membre de l'équipe (numéro ou nom) d'une attestation ou d'une charte."),
                      CliText::tr("MEMBRE")});
    parser.addOption({QStringLiteral("title"), CliText::tr("Le titre de la pièce dans le dossier."), CliText::tr("TITRE")});
    if (auto status = console.parse(parser, args, 3, 3))
        return *status;
    const QStringList pos = parser.positionalArguments();
    bool known = false;
    const Attachment::Piece piece = Attachment::pieceFromStored(pos.at(1), &known);
    if (!known)
        return console.fail(CliText::tr("pièce inconnue « %1 » (kitetp attach --help donne la liste).").arg(pos.at(1)));
    Attachment a;
    if (FileError e = PieceFile::read(pos.at(2), piece, a))
        return console.fail(e.message());
    a.title = parser.value(QStringLiteral("title"));
    auto file = console.openProgramme(pos.at(0), false);
    if (!file)
        return InputFault;
    if (parser.isSet(QStringLiteral("member"))) {
        const auto member = findMember(console, *file, parser.value(QStringLiteral("member")));
        if (!member)
            return InputFault;
        a.memberId = member->id;
    }
    if (FileError e = AttachmentStore(*file).add(a))
        return console.fail(e.message());
    console.out() << CliText::tr("Pièce jointe : %1 — %2 (numéro %3 pour kitetp detach)").arg(Attachment::label(a.piece), a.displayTitle()).arg(a.id) << Qt::endl;
    return Ok;
}

int attachmentsVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Liste les pièces jointes au programme."));
    int status = Ok;
    const auto file = console.parseAndOpen(parser, args, status);
    if (!file)
        return status;
    QHash<qint64, QString> names;
    for (const TeamMember &m : TeamStore(*file).members())
        names.insert(m.id, m.name);
    const QList<Attachment> list = AttachmentStore(*file).list();
    QTextStream &out = console.out();
    for (const Attachment &a : list) {
        out << a.id << '\t' << Attachment::toStored(a.piece) << '\t' << Attachment::label(a.piece);
        if (a.memberId)
            out << " — " << names.value(a.memberId);
        out << '\t' << a.displayTitle() << '\t' << QLocale().toString(a.addedOn, QLocale::ShortFormat) << '\t'
            << QLocale().formattedDataSize(a.size) << '\n';
    }
    out << CliText::tr("%n pièce(s) jointe(s)", nullptr, int(list.size())) << Qt::endl;
    return Ok;
}

int detachVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Retire une pièce jointe (son numéro est donné par kitetp attachments)."));
    Console::addProgrammeArgument(parser);
    parser.addPositionalArgument(CliText::tr("NUMERO"), CliText::tr("Le numéro de la pièce."));
    if (auto status = console.parse(parser, args, 2, 2))
        return *status;
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return console.fail(CliText::tr("« %1 » n'est pas un numéro de pièce.").arg(parser.positionalArguments().at(1)));
    auto file = console.openProgramme(parser, false);
    if (!file)
        return InputFault;
    if (FileError e = AttachmentStore(*file).remove(id))
        return console.fail(e.message());
    console.out() << CliText::tr("Pièce n° %1 retirée.").arg(id) << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
