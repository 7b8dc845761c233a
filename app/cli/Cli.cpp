// SPDX-License-Identifier: EUPL-1.2
#include "cli/Cli.h"

#include "cli/Console.h"
#include "core/AppInfo.h"
#include "core/Language.h"
#include "storage/FileLock.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace kitetp::cli {

const QList<Verb> &verbs()
{
    static const QList<Verb> list = {
        {"new", QT_TRANSLATE_NOOP("Cli", "Crée un fichier de programme (vide ou depuis un modèle)."), newVerb},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Crée un programme de démonstration rempli de données fictives."), demoVerb},
        {"check", QT_TRANSLATE_NOOP("Cli", "Vérifie un fichier de programme (intégrité, format) sans le modifier."), checkVerb},
        {"declaration", QT_TRANSLATE_NOOP("Cli", "Vérifie la complétude du dossier de déclaration (0 si rien ne manque)."), declarationVerb},
        {"attach", QT_TRANSLATE_NOOP("Cli", "Joint une pièce au programme (attestation, charte signée, grille du BEP...)."), attachVerb},
        {"attachments", QT_TRANSLATE_NOOP("Cli", "Liste les pièces jointes au programme."), attachmentsVerb},
        {"detach", QT_TRANSLATE_NOOP("Cli", "Retire une pièce jointe."), detachVerb},
        {"indicators", QT_TRANSLATE_NOOP("Cli", "Affiche les indicateurs d'évaluation d'une année ou d'une période (texte, JSON, CSV)."), indicatorsVerb},
        {"material", QT_TRANSLATE_NOOP("Cli", "Ajoute un support pédagogique (fichier ou lien vidéo) à une séance."), materialVerb},
        {"materials", QT_TRANSLATE_NOOP("Cli", "Liste les supports pédagogiques des séances."), materialsVerb},
        {"sharing", QT_TRANSLATE_NOOP("Cli", "Liste les paquets de guides envoyés ; note le destinataire et la réponse (--id N)."), sharingVerb},
        {"export", QT_TRANSLATE_NOOP("Cli", "Exporte un document (PDF) ou des données (kitetp export --help)."), exportVerb},
        {"import", QT_TRANSLATE_NOOP("Cli", "Importe des données dans un programme (kitetp import --help)."), importVerb},
        {"directory", QT_TRANSLATE_NOOP("Cli", "L'annuaire régional des programmes : new, add, export (kitetp directory --help)."), directoryVerb},
    };
    return list;
}

const QList<Verb> &exportKinds()
{
    static const QList<Verb> list = {
        {"guide", QT_TRANSLATE_NOOP("Cli", "Guide d'animation d'un conducteur ou d'une séance (PDF)."), exportGuideVerb},
        {"handout", QT_TRANSLATE_NOOP("Cli", "Fiche patient d'une séance (PDF)."), exportHandoutVerb},
        {"signin", QT_TRANSLATE_NOOP("Cli", "Feuille d'émargement d'une séance (PDF)."), exportSigninVerb},
        {"quiz", QT_TRANSLATE_NOOP("Cli", "Quiz d'une séance : fiche patient, ou corrigé de l'animateur avec --key (PDF)."), exportQuizVerb},
        {"guides", QT_TRANSLATE_NOOP("Cli", "Guides du programme en fichier d'échange (JSON) ou en paquet avec leurs supports (.etpkit)."), exportGuidesVerb},
        {"dossier", QT_TRANSLATE_NOOP("Cli", "Le dossier de déclaration à l'ARS (PDF)."), exportDossierVerb},
        {"leaflet", QT_TRANSLATE_NOOP("Cli", "La notice pour les professionnels adresseurs (PDF)."), exportLeafletVerb},
        {"card", QT_TRANSLATE_NOOP("Cli", "La fiche annuaire du programme (PDF ou JSON)."), exportCardVerb},
        {"notification", QT_TRANSLATE_NOOP("Cli", "Le courrier de notification d'un changement à l'ARS (PDF)."), exportNotificationVerb},
        {"checklist", QT_TRANSLATE_NOOP("Cli", "La vérification de complétude, document interne de l'équipe (PDF)."), exportChecklistVerb},
        {"cessation", QT_TRANSLATE_NOOP("Cli", "Le courrier déclarant l'arrêt du programme à l'ARS (PDF)."), exportCessationVerb},
        {"pieces", QT_TRANSLATE_NOOP("Cli", "Les pièces à déposer sur le service en ligne, un PDF par pièce, et les réponses (-o DOSSIER)."), exportPiecesVerb},
        {"report", QT_TRANSLATE_NOOP("Cli", "Rapport d'auto-évaluation annuelle ou d'évaluation quadriennale (--four-year)."), exportReportVerb},
        {"indicators", QT_TRANSLATE_NOOP("Cli", "Les indicateurs d'une période en CSV pour tableur (« ; », virgule décimale)."), exportIndicatorsVerb},
        {"patients", QT_TRANSLATE_NOOP("Cli", "Les patients et leurs parcours en CSV (sans identités par défaut)."), exportPatientsVerb},
        {"gp-letter", QT_TRANSLATE_NOOP("Cli", "La synthèse au médecin traitant d'un patient (PDF)."), exportGpLetterVerb},
    };
    return list;
}

const QList<Verb> &importKinds()
{
    static const QList<Verb> list = {
        {"guides", QT_TRANSLATE_NOOP("Cli", "Guides d'un fichier d'échange JSON ou d'un paquet .etpkit (--replace pour remplacer)."), importGuidesVerb},
        {"patients", QT_TRANSLATE_NOOP("Cli", "Patients et parcours d'un CSV au format de l'export (lignes refusées signalées)."), importPatientsVerb},
    };
    return list;
}

namespace {

// The Levenshtein distance between two words (a misspelt command: "exprot" is 2 from "export").
int distance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        previous = std::move(current);
    }
    return previous.constLast();
}

// The name of `list` closest to `word` (at most two edits away, a third of its length), or empty.
QString closest(const QString &word, const QList<Verb> &list)
{
    QString best;
    int bestDistance = std::max<int>(1, std::min<int>(2, int(word.size()) / 3)) + 1;
    for (const Verb &v : list) {
        const int d = distance(word.toLower(), QString::fromLatin1(v.name));
        if (d < bestDistance) {
            bestDistance = d;
            best = QString::fromLatin1(v.name);
        }
    }
    return best;
}

// "commande inconnue « exprot » — voulez-vous dire « export » ?" (or the kind of an export or an import).
QString unknownWord(const char *what, const QString &word, const QList<Verb> &list)
{
    const QString suggestion = closest(word, list);
    if (std::strcmp(what, "command") == 0)
        return suggestion.isEmpty()
            ? QCoreApplication::translate("Cli", "commande inconnue « %1 » (kitetp --help).").arg(word)
            : QCoreApplication::translate("Cli", "commande inconnue « %1 » — voulez-vous dire « %2 » ?").arg(word, suggestion);
    return suggestion.isEmpty() ? QCoreApplication::translate("Cli", "type inconnu « %1 ».").arg(word)
                                : QCoreApplication::translate("Cli", "type inconnu « %1 » — voulez-vous dire « %2 » ?").arg(word, suggestion);
}

// Runs `kitetp VERB KIND ...` for export and import: finds the kind, or prints the kinds.
int runKind(Console &console, const QStringList &args, const QList<Verb> &kinds, const char *verb, const QString &usage)
{
    const QString kind = args.value(1);
    for (const Verb &k : kinds) {
        if (kind == QLatin1String(k.name)) {
            QStringList kindArgs = args.mid(1);
            kindArgs[0] = QStringLiteral("kitetp %1 %2").arg(QLatin1String(verb), kind);
            return k.run(console, kindArgs);
        }
    }
    const bool help = kind == QLatin1String("--help") || kind == QLatin1String("-h");
    QTextStream &stream = help ? console.out() : console.err();
    if (!help)
        console.fail(kind.isEmpty() ? QCoreApplication::translate("Cli", "quel type de données ?") : unknownWord("kind", kind, kinds),
                     UsageError);
    stream << usage << '\n' << QCoreApplication::translate("Cli", "Types :") << '\n';
    for (const Verb &k : kinds)
        stream << "  " << QString::fromLatin1(k.name).leftJustified(12) << ' ' << QCoreApplication::translate("Cli", k.summary) << '\n';
    stream.flush();
    return help ? Ok : UsageError;
}

} // namespace

int importVerb(Console &console, const QStringList &args)
{
    return runKind(console, args, importKinds(), "import",
                   QCoreApplication::translate("Cli", "Usage : kitetp import TYPE FICHIER SOURCE [OPTIONS]"));
}

int exportVerb(Console &console, const QStringList &args)
{
    return runKind(console, args, exportKinds(), "export",
                   QCoreApplication::translate("Cli", "Usage : kitetp export TYPE FICHIER [OPTIONS] -o SORTIE"));
}

namespace {

const Verb *findVerb(const QString &name)
{
    for (const Verb &v : verbs())
        if (name == QLatin1String(v.name))
            return &v;
    return nullptr;
}

void printHelp(Console &console)
{
    QTextStream &out = console.out();
    out << QCoreApplication::translate("Cli", "Usage : kitetp [--lang fr|en] [FICHIER]") << '\n'
        << QCoreApplication::translate("Cli", "        kitetp [--lang fr|en] COMMANDE [OPTIONS] (kitetp COMMANDE --help pour le détail)")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Sans commande, ouvre la fenêtre de Kit ETP (et FICHIER s'il est donné).") << "\n\n"
        << QCoreApplication::translate("Cli", "Commandes :") << '\n';
    for (const Verb &v : verbs())
        out << "  " << QString::fromLatin1(v.name).leftJustified(12) << ' ' << QCoreApplication::translate("Cli", v.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "Options :") << '\n'
        << "  --lang fr|en  " << QCoreApplication::translate("Cli", "Langue des messages.") << '\n'
        << "  --version     " << QCoreApplication::translate("Cli", "Affiche la version.") << '\n'
        << "  --help        " << QCoreApplication::translate("Cli", "Affiche cette aide.") << '\n'
        << '\n'
        << QCoreApplication::translate("Cli", "Code de sortie : 0 succès, 1 fichier ou données en cause, 2 erreur d'utilisation.")
        << Qt::endl;
}

} // namespace

QString takeLanguage(QStringList &arguments)
{
    QString lang;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang")) {
            lang = i + 1 < arguments.size() ? arguments.at(i + 1) : QStringLiteral(""); // empty, not null: refused
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
            break;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            lang = a.mid(7);
            arguments.remove(i);
            break;
        }
    }
    return lang;
}

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // A verb, a long option (--version, --help, or a mistyped one that deserves a usage error rather than a window),
    // or a word that is no file to open (a misspelt verb: "kitetp exprot" is a usage error, never a window). The
    // window's own options (--page) and Qt's (-platform, -style) go to the window, as before.
    if (first == QLatin1String("--page"))
        return false;
    return findVerb(first) || first.startsWith(QLatin1String("--")) || first == QLatin1String("-v") ||
           first == QLatin1String("-h") || first == QLatin1String("help") ||
           (!first.startsWith(QLatin1Char('-')) && !QFileInfo::exists(first));
}

std::optional<int> refuseLanguage(const QString &language)
{
    if (language.isNull() || Language::available().contains(language))
        return std::nullopt;
    Console console;
    return console.fail(QCoreApplication::translate("Cli", "langue inconnue « %1 » (disponibles : %2).")
                            .arg(language, Language::available().join(QStringLiteral(", "))),
                        UsageError);
}

int run(const QStringList &arguments)
{
    // A logout or shutdown (SIGTERM, SIGHUP) or Ctrl+C leaves no lock file behind.
    FileLock::releaseOnTermination();
    Console console;
    if (arguments.size() < 2)
        return console.fail(QCoreApplication::translate("Cli", "aucune commande (kitetp --help)."), UsageError);
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console.out() << AppInfo::displayName() << ' ' << AppInfo::version() << Qt::endl;
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(console);
        return Ok;
    }
    const Verb *verb = findVerb(first);
    if (!verb && (first.contains(QLatin1Char('/')) || first.endsWith(QLatin1String(".etp"), Qt::CaseInsensitive)))
        return console.fail(QCoreApplication::translate("Cli", "« %1 » n'existe pas : ce n'est ni un fichier à ouvrir ni une "
                                                               "commande (kitetp --help ; kitetp new %1 pour le créer).")
                                .arg(first),
                            UsageError);
    if (!verb)
        return console.fail(unknownWord("command", first, verbs()), UsageError);
    QStringList verbArgs = arguments.mid(1);
    verbArgs[0] = QStringLiteral("kitetp ") + first;
    // -o - : the verb writes a private temporary file, copied to standard output once it succeeded (whole or not at
    // all, as for a file).
    if (auto refused = console.redirectStandardOutput(verbArgs))
        return *refused;
    int status = verb->run(console, verbArgs);
    if (status == Ok && !console.readFailure().isEmpty())
        status = console.fail(console.readFailure());
    return console.copyToStandardOutput(status);
}

} // namespace kitetp::cli
