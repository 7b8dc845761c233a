// SPDX-License-Identifier: EUPL-1.2
// The teaching materials' verbs: `kitetp material FILE --seance CODE (SUPPORT | --url URL) --kind KIND [--title T]
// [--licence L] [--version V] [--step N]`, `kitetp materials FILE [--seance CODE]`, and `kitetp sharing FILE [--id N
// --recipient NAME --answer TEXT]` (the packages sent). A refused input leaves the programme unchanged.
#include "cli/Cli.h"
#include "cli/Console.h"
#include "core/Material.h"
#include "core/Sharing.h"
#include "documents/PieceFile.h"
#include "storage/GuideStore.h"
#include "storage/MaterialStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SharingStore.h"

#include <QLocale>

namespace kitetp::cli {

namespace {

QString kindList()
{
    QString text = CliText::tr("Types de support :") + QLatin1Char('\n');
    for (Material::Kind k : Material::kinds())
        text += QStringLiteral("  %1 %2\n").arg(Material::toStored(k).leftJustified(17), Material::label(k));
    return text;
}

} // namespace

int materialVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Ajoute un support pédagogique à une séance : un fichier (PDF, PNG, JPEG, SVG, ODP, "
                                                 "ODT, PPTX, DOCX, 20 Mo au plus) ou un lien vers une vidéo (--url).") +
                                     QLatin1Char('\n') + kindList());
    Console::addProgrammeArgument(parser);
    parser.addPositionalArgument(CliText::tr("SUPPORT"), CliText::tr("Le fichier du support (sans --url)."), CliText::tr("[SUPPORT]"));
    parser.addOption({QStringLiteral("seance"), CliText::tr("Le code de la séance (par exemple C1S2)."), CliText::tr("CODE")});
    parser.addOption({QStringLiteral("kind"), CliText::tr("Le type de support (voir la liste)."), CliText::tr("TYPE")});
    parser.addOption({QStringLiteral("title"), CliText::tr("Le titre du support (par défaut le nom du fichier)."), CliText::tr("TITRE")});
    parser.addOption({QStringLiteral("licence"), CliText::tr("La licence ou la source du support."), CliText::tr("TEXTE")});
    parser.addOption({QStringLiteral("version"), CliText::tr("La version du support."), CliText::tr("TEXTE")});
    parser.addOption({QStringLiteral("step"), CliText::tr("Le numéro de l'étape à laquelle le support sert (1, 2...)."), CliText::tr("N")});
    parser.addOption({QStringLiteral("url"), CliText::tr("L'adresse d'une vidéo (type video)."), CliText::tr("URL")});
    if (auto status = console.parse(parser, args, 1, 2))
        return *status;
    const QStringList pos = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("seance")) || !parser.isSet(QStringLiteral("kind")))
        return console.fail(CliText::tr("indiquez la séance (--seance CODE) et le type de support (--kind TYPE)."), UsageError);
    bool known = false;
    Material m;
    m.kind = Material::kindFromStored(parser.value(QStringLiteral("kind")), &known);
    if (!known)
        return console.fail(CliText::tr("type de support inconnu « %1 » (kitetp material --help donne la liste).").arg(parser.value(QStringLiteral("kind"))),
                            UsageError);
    if (m.isLink() != parser.isSet(QStringLiteral("url")) || m.isLink() == (pos.size() == 2))
        return console.fail(CliText::tr("un lien vers une vidéo se donne avec --url URL, tout autre support avec son fichier."), UsageError);
    m.title = parser.value(QStringLiteral("title"));
    m.licence = parser.value(QStringLiteral("licence"));
    m.version = parser.value(QStringLiteral("version"));
    m.url = parser.value(QStringLiteral("url"));
    if (parser.isSet(QStringLiteral("step"))) {
        bool ok = false;
        m.step = parser.value(QStringLiteral("step")).toInt(&ok);
        if (!ok || m.step < 1)
            return console.fail(CliText::tr("« %1 » n'est pas un numéro d'étape.").arg(parser.value(QStringLiteral("step"))), UsageError);
    }
    if (!m.isLink())
        if (FileError e = PieceFile::readMaterial(pos.at(1), m))
            return console.fail(e.message());
    auto file = console.openProgramme(pos.at(0), false);
    if (!file)
        return InputFault;
    const QString code = parser.value(QStringLiteral("seance"));
    const auto seance = GuideStore(*file).seanceByCode(code);
    if (!seance)
        return console.fail(CliText::tr("aucune séance de code « %1 » dans ce programme.").arg(code));
    m.seanceId = seance->id;
    if (FileError e = MaterialStore(*file).add(m))
        return console.fail(e.message());
    console.out() << CliText::tr("Support ajouté à %1 : %2 — %3").arg(seance->code, Material::label(m.kind), m.title) << Qt::endl;
    return Ok;
}

int materialsVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Liste les supports pédagogiques des séances."));
    parser.addOption({QStringLiteral("seance"), CliText::tr("N'afficher que cette séance."), CliText::tr("CODE")});
    int status = Ok;
    const auto file = console.parseAndOpen(parser, args, status);
    if (!file)
        return status;
    const MaterialStore store(*file);
    const QString only = parser.value(QStringLiteral("seance"));
    int count = 0;
    bool found = only.isEmpty();
    QTextStream &out = console.out();
    for (const Conducteur &c : GuideStore(*file).conducteurs())
        for (const Seance &s : c.seances) {
            if (!only.isEmpty() && s.code != only)
                continue;
            found = true;
            for (const Material &m : store.list(s.id)) {
                out << s.code << '\t' << (m.step > 0 ? QString::number(m.step) : QStringLiteral("-")) << '\t' << Material::toStored(m.kind) << '\t'
                    << m.title << '\t' << m.licence << '\t' << m.version << '\t'
                    << (m.isLink() ? m.url : QStringLiteral("%1 (%2, sha256 %3)").arg(m.fileName, QLocale().formattedDataSize(m.size), m.sha256))
                    << '\n';
                ++count;
            }
        }
    if (!found)
        return console.fail(CliText::tr("aucune séance de code « %1 » dans ce programme.").arg(only));
    out << CliText::tr("%n support(s)", nullptr, count) << Qt::endl;
    return Ok;
}

int sharingVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Liste les paquets de guides envoyés (kitetp export guides ... -o X.etpkit) ; avec --id, "
                                                 "note leur destinataire ou la réponse à « comment les supports ont-ils été utilisés ? »."));
    parser.addOption({QStringLiteral("id"), CliText::tr("Le numéro de l'envoi à modifier."), CliText::tr("N")});
    parser.addOption({QStringLiteral("recipient"), CliText::tr("Le destinataire du paquet."), CliText::tr("NOM")});
    parser.addOption({QStringLiteral("answer"), CliText::tr("Comment les supports ont été utilisés (la réponse du destinataire)."),
                      CliText::tr("TEXTE")});
    Console::addProgrammeArgument(parser);
    if (auto status = console.parse(parser, args, 1, 1))
        return *status;
    const bool edit = parser.isSet(QStringLiteral("id"));
    if (!edit && (parser.isSet(QStringLiteral("recipient")) || parser.isSet(QStringLiteral("answer"))))
        return console.fail(CliText::tr("indiquez l'envoi à modifier avec --id N."), UsageError);
    auto file = console.openProgramme(parser, !edit);
    if (!file)
        return InputFault;
    SharingStore store(*file);
    if (edit) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
        auto sent = ok ? store.sent(id) : std::nullopt;
        if (!sent)
            return console.fail(CliText::tr("aucun envoi n'a le numéro « %1 ».").arg(parser.value(QStringLiteral("id"))));
        if (parser.isSet(QStringLiteral("recipient")))
            sent->recipient = parser.value(QStringLiteral("recipient"));
        if (parser.isSet(QStringLiteral("answer")))
            sent->answer = parser.value(QStringLiteral("answer"));
        if (FileError e = store.update(*sent))
            return console.fail(e.message());
        console.out() << CliText::tr("Envoi %1 mis à jour.").arg(id) << Qt::endl;
        return Ok;
    }
    const QList<PackageSent> list = store.list();
    const QLocale locale;
    QTextStream &out = console.out();
    for (const PackageSent &s : list) {
        out << s.id << '\t' << locale.toString(s.sentOn, QLocale::ShortFormat) << '\t' << s.recipient << '\t' << s.fileName << '\t'
            << s.conducteurs << '\t';
        if (!s.answer.isEmpty())
            out << CliText::tr("réponse du %1 : %2").arg(locale.toString(s.answeredOn, QLocale::ShortFormat), s.answer);
        else
            out << CliText::tr("à demander le %1").arg(locale.toString(s.followUpOn(), QLocale::ShortFormat));
        out << '\n';
    }
    out << CliText::tr("%n envoi(s)", nullptr, int(list.size())) << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
