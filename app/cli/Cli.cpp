#include "cli/Cli.h"

#include "cli/Console.h"
#include "core/AppInfo.h"

#include <QCoreApplication>

namespace kitetp::cli {

const QList<Verb> &verbs()
{
    static const QList<Verb> list = {
        {"new", QT_TRANSLATE_NOOP("Cli", "Crée un fichier de programme (vide ou depuis un modèle)."), newVerb},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Crée un programme de démonstration rempli de données fictives."), demoVerb},
        {"check", QT_TRANSLATE_NOOP("Cli", "Vérifie un fichier de programme (intégrité, format) sans le modifier."), checkVerb},
        {"export", QT_TRANSLATE_NOOP("Cli", "Exporte un document (PDF) ou des données (kitetp export --help)."), exportVerb},
        {"import", QT_TRANSLATE_NOOP("Cli", "Importe des données (kitetp import patients FICHIER ENTREE.csv)."), importVerb},
    };
    return list;
}

const QList<Verb> &exportKinds()
{
    static const QList<Verb> list = {
        {"patients", QT_TRANSLATE_NOOP("Cli", "Les patients et leurs parcours en CSV (sans identités par défaut)."), exportPatientsVerb},
        {"gp-letter", QT_TRANSLATE_NOOP("Cli", "La synthèse au médecin traitant d'un patient (PDF)."), exportGpLetterVerb},
    };
    return list;
}

int exportVerb(Console &console, const QStringList &args)
{
    const QString kind = args.value(1);
    for (const Verb &k : exportKinds()) {
        if (kind == QLatin1String(k.name)) {
            QStringList kindArgs = args.mid(1);
            kindArgs[0] = QStringLiteral("kitetp export ") + kind;
            return k.run(console, kindArgs);
        }
    }
    const bool help = kind == QLatin1String("--help") || kind == QLatin1String("-h");
    QTextStream &stream = help ? console.out() : console.err();
    if (!help)
        console.fail(kind.isEmpty() ? QCoreApplication::translate("Cli", "que faut-il exporter ?")
                                    : QCoreApplication::translate("Cli", "export inconnu « %1 ».").arg(kind),
                     UsageError);
    stream << QCoreApplication::translate("Cli", "Usage : kitetp export TYPE FICHIER [OPTIONS] -o SORTIE") << '\n'
           << QCoreApplication::translate("Cli", "Types :") << '\n';
    for (const Verb &k : exportKinds())
        stream << "  " << QString::fromLatin1(k.name).leftJustified(12) << QCoreApplication::translate("Cli", k.summary) << '\n';
    stream.flush();
    return help ? Ok : UsageError;
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
        out << "  " << QString::fromLatin1(v.name).leftJustified(12) << QCoreApplication::translate("Cli", v.summary) << '\n';
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
        if (a == QLatin1String("--lang") && i + 1 < arguments.size()) {
            lang = arguments.at(i + 1);
            arguments.remove(i, 2);
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
    return findVerb(first) || first == QLatin1String("--version") || first == QLatin1String("-v") ||
           first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help");
}

int run(const QStringList &arguments)
{
    Console console;
    if (arguments.size() < 2)
        return console.fail(QCoreApplication::translate("Cli", "aucune commande (kitetp --help)."), UsageError);
    const QString first = arguments.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console.out() << AppInfo::displayName() << ' ' << AppInfo::version() << Qt::endl;
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(console);
        return Ok;
    }
    const Verb *verb = findVerb(first);
    if (!verb)
        return console.fail(QCoreApplication::translate("Cli", "commande inconnue « %1 » (kitetp --help).").arg(first),
                            UsageError);
    QStringList verbArgs = arguments.mid(1);
    verbArgs[0] = QStringLiteral("kitetp ") + first;
    return verb->run(console, verbArgs);
}

} // namespace kitetp::cli
