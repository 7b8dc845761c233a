// SPDX-License-Identifier: EUPL-1.2
// The declaration's verbs: `kitetp declaration FILE` (the completeness check) and the exports of the dossier, the
// leaflet for referring professionals, the directory card and the notification letter.
#include "storage/OutputFile.h"
#include "cli/Cli.h"
#include "cli/Console.h"
#include "cli/PdfOutput.h"
#include "core/DeclarationChecklist.h"
#include "documents/DeclarationDocuments.h"
#include "documents/DossierDocument.h"
#include "core/Dates.h"
#include "storage/DeclarationStore.h"
#include "storage/ProgrammeFile.h"

#include <QJsonDocument>

namespace kitetp::cli {

int declarationVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Affiche la vérification de complétude du dossier de déclaration. "
                                                 "Code de sortie 0 seulement si rien ne manque."));
    int status = Ok;
    const auto file = console.parseAndOpen(parser, args, status);
    if (!file)
        return status;
    const QList<ChecklistItem> items = DeclarationChecklist::compute(DeclarationStore(*file).facts());
    QTextStream &out = console.out();
    QString section;
    for (const ChecklistItem &i : items) {
        if (i.section != section) {
            out << '\n' << i.section << '\n';
            section = i.section;
        }
        const char *mark = i.status == ChecklistItem::Status::Met ? "[x]" : i.status == ChecklistItem::Status::Missing ? "[ ]" : "[?]";
        out << "  " << mark << ' ' << i.label << " — " << ChecklistItem::statusLabel(i.status);
        if (!i.reason.isEmpty())
            out << " : " << i.reason;
        out << '\n';
    }
    const int missing = DeclarationChecklist::count(items, ChecklistItem::Status::Missing);
    const int verify = DeclarationChecklist::count(items, ChecklistItem::Status::ToVerify);
    out << '\n'
        << CliText::tr("%n élément(s) manquant(s)", nullptr, missing) << ", "
        << CliText::tr("%n point(s) à vérifier auprès de votre ARS", nullptr, verify) << Qt::endl;
    return missing == 0 ? Ok : InputFault;
}

namespace {

// `kitetp export KIND FILE -o OUT.pdf` (or OUT.odt) for a document built from the whole programme.
template<typename Build>
int exportProgrammePdf(Console &console, const QStringList &args, const QString &description, Build build)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    auto file = console.openProgramme(parser);
    if (!file)
        return InputFault;
    return writePaper(console, *build(*file), parser.value(QStringLiteral("output")));
}

} // namespace

int exportDossierVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Exporte le dossier de déclaration à l'ARS en PDF (seulement), pièces jointes insérées en annexe."));
    parser.addOption({QStringLiteral("ars"),
                      CliText::tr("Programme mis en œuvre dans plusieurs régions : l'ARS à qui ce dossier est adressé (celle du "
                                  "dossier ou l'une des autres régions) ; le dossier liste les autres."),
                      CliText::tr("ARS")});
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    // Its table of contents numbers the pages of the attached pieces, which only the PDF holds.
    if (auto refused = refuseOdt(console, parser.value(QStringLiteral("output"))))
        return *refused;
    auto file = console.openProgramme(parser);
    if (!file)
        return InputFault;
    const QString ars = parser.value(QStringLiteral("ars")).trimmed();
    if (!ars.isEmpty()) {
        DeclarationFacts facts = DeclarationStore(*file).facts();
        if (!facts.addressTo(ars))
            return console.fail(CliText::tr("« %1 » n'est ni l'ARS du dossier ni l'une des autres régions du programme (%2).")
                                    .arg(ars, facts.addressees().isEmpty() ? CliText::tr("aucune n'est renseignée")
                                                                           : facts.addressees().join(QStringLiteral(", "))));
    }
    const QString out = parser.value(QStringLiteral("output"));
    if (FileError e = DossierPdf::write(*file, out, QDate::currentDate(), ars))
        return console.fail(e.message());
    console.out() << CliText::tr("Écrit : %1").arg(out) << Qt::endl;
    return Ok;
}

int exportChecklistVerb(Console &console, const QStringList &args)
{
    return exportProgrammePdf(console, args,
                              CliText::tr("Exporte la vérification de complétude en PDF (ou ODT) : document de travail de l'équipe, à ne pas "
                                          "joindre au dossier."),
                              [](ProgrammeFile &file) { return ChecklistDocument::build(file); });
}

int exportCessationVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Exporte le courrier déclarant l'arrêt du programme à l'ARS (PDF, ou ODT si SORTIE finit par .odt), à envoyer dans les "
                                                 "trois mois suivant l'arrêt. La date d'arrêt est celle enregistrée, ou --stop."));
    parser.addOption({QStringLiteral("stop"), CliText::tr("La date de l'arrêt (AAAA-MM-JJ ou JJ/MM/AAAA)."), CliText::tr("DATE")});
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    QDate stop;
    if (parser.isSet(QStringLiteral("stop"))) {
        stop = Dates::parseUserDate(parser.value(QStringLiteral("stop")));
        if (!stop.isValid())
            return console.fail(CliText::tr("« %1 » n'est pas une date plausible.").arg(parser.value(QStringLiteral("stop"))));
    }
    auto file = console.openProgramme(parser);
    if (!file)
        return InputFault;
    if (!stop.isValid() && !DeclarationTimeline(DeclarationStore(*file).events()).stopped().isValid())
        return console.fail(CliText::tr("aucune date d'arrêt n'est enregistrée : donnez-la avec --stop DATE."));
    return writePaper(console, *CessationLetter::build(*file, stop), parser.value(QStringLiteral("output")));
}

int exportLeafletVerb(Console &console, const QStringList &args)
{
    return exportProgrammePdf(console, args, CliText::tr("Exporte la notice d'une page pour les professionnels adresseurs (PDF, ou ODT si SORTIE finit par .odt)."),
                              [](ProgrammeFile &file) { return ReferralLeaflet::build(file); });
}

int exportCardVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Exporte la fiche annuaire du programme : PDF, ODT si SORTIE finit par .odt, "
                                                 "JSON si elle finit par .json."));
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    const QString out = parser.value(QStringLiteral("output"));
    const bool json = out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!json && !isOdt(out) && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return console.fail(CliText::tr("la sortie doit finir par .pdf, .odt ou .json (reçu « %1 »).").arg(out), UsageError);
    auto file = console.openProgramme(parser);
    if (!file)
        return InputFault;
    if (!json)
        return writePaper(console, *DirectoryCard::build(*file), out);
    if (FileError e = OutputFile::save(out, QJsonDocument(DirectoryCard::toJson(*file)).toJson(QJsonDocument::Indented)))
        return console.fail(e.message());
    console.out() << CliText::tr("Écrit : %1").arg(out) << Qt::endl;
    return Ok;
}

int exportNotificationVerb(Console &console, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Exporte le courrier de notification d'un changement à l'ARS (PDF, ou ODT si SORTIE finit par .odt). "
                                                 "Le changement n'est pas enregistré dans le fichier : faites-le depuis la fenêtre."));
    parser.addOption({QStringLiteral("change"), CliText::tr("Le changement : coordinator, objectives ou funding."), CliText::tr("CHANGEMENT")});
    parser.addOption({QStringLiteral("note"), CliText::tr("Précisions ajoutées au courrier."), CliText::tr("TEXTE")});
    parser.addOption({QStringLiteral("previous"), CliText::tr("Ce qui change : l'ancien coordonnateur, les anciens objectifs ou "
                                                             "l'ancien financement."), CliText::tr("TEXTE")});
    if (auto status = console.parseWithOutput(parser, args))
        return *status;
    bool ok = false;
    const auto change = DeclarationEvent::changeFromStored(parser.value(QStringLiteral("change")), &ok);
    if (!ok || change == DeclarationEvent::Change::None)
        return console.fail(CliText::tr("--change attend coordinator, objectives ou funding (reçu « %1 »).")
                                .arg(parser.value(QStringLiteral("change"))),
                            UsageError);
    auto file = console.openProgramme(parser);
    if (!file)
        return InputFault;
    DeclarationEvent event;
    event.kind = DeclarationEvent::Kind::Change;
    event.change = change;
    event.date = QDate::currentDate();
    event.note = parser.value(QStringLiteral("note"));
    event.previous = parser.value(QStringLiteral("previous"));
    return writePaper(console, *NotificationLetter::build(*file, event), parser.value(QStringLiteral("output")));
}

} // namespace kitetp::cli
