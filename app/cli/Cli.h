// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>

#include <optional>

namespace kitetp::cli {

class Console;

// A command-line verb: `kitetp NAME ARGS...`. Verbs live in the room they serve (FileVerbs.cpp, ...) and are
// listed once in Cli.cpp.
struct Verb
{
    const char *name;
    const char *summary; // untranslated; QT_TRANSLATE_NOOP("Cli", ...)
    int (*run)(Console &console, const QStringList &args); // args[0] is "kitetp VERB"
};

const QList<Verb> &verbs();

// `kitetp export KIND FILE ... -o OUT`: each kind of document or data export is listed once in Cli.cpp and runs
// with args[0] = "kitetp export KIND".
const QList<Verb> &exportKinds();
int exportVerb(Console &console, const QStringList &args);

// `kitetp import KIND FILE SOURCE`: each kind of data import, listed once in Cli.cpp.
const QList<Verb> &importKinds();
int importVerb(Console &console, const QStringList &args);

// True when the arguments ask for the command line (a verb, --version, --help) rather than the window.
bool wantsCommandLine(const QStringList &arguments);

// Removes a leading `--lang X` (or --lang=X) from the arguments and returns X (null when absent).
QString takeLanguage(QStringList &arguments);
// A --lang the program has no translation for: says so on stderr, with the languages it has, and returns the usage
// error's status; nothing when `language` is null (not asked) or available.
std::optional<int> refuseLanguage(const QString &language);

// Runs the command line; returns the exit status.
int run(const QStringList &arguments);

// The verbs of the foundation (FileVerbs.cpp).
int newVerb(Console &console, const QStringList &args);
int demoVerb(Console &console, const QStringList &args);
int checkVerb(Console &console, const QStringList &args);

// The guides room's verbs (GuideVerbs.cpp).
int exportGuideVerb(Console &console, const QStringList &args);
int exportHandoutVerb(Console &console, const QStringList &args);
int exportSigninVerb(Console &console, const QStringList &args);
int exportQuizVerb(Console &console, const QStringList &args);
int exportGuidesVerb(Console &console, const QStringList &args);
int importGuidesVerb(Console &console, const QStringList &args);
int sharingVerb(Console &console, const QStringList &args);
int materialVerb(Console &console, const QStringList &args);
int materialsVerb(Console &console, const QStringList &args);
// The declaration's verbs (DeclarationVerbs.cpp).
int declarationVerb(Console &console, const QStringList &args);
int exportDossierVerb(Console &console, const QStringList &args);
int exportLeafletVerb(Console &console, const QStringList &args);
int exportCardVerb(Console &console, const QStringList &args);
int exportNotificationVerb(Console &console, const QStringList &args);
int exportChecklistVerb(Console &console, const QStringList &args);
int exportCessationVerb(Console &console, const QStringList &args);
int exportPiecesVerb(Console &console, const QStringList &args);
// The attached pieces' verbs (AttachmentVerbs.cpp).
int attachVerb(Console &console, const QStringList &args);
int attachmentsVerb(Console &console, const QStringList &args);
int detachVerb(Console &console, const QStringList &args);
// The evaluation's verbs (EvaluationVerbs.cpp).
int indicatorsVerb(Console &console, const QStringList &args);
int exportReportVerb(Console &console, const QStringList &args);
int exportIndicatorsVerb(Console &console, const QStringList &args);
// The patients room's verbs (PatientVerbs.cpp).
int importPatientsVerb(Console &console, const QStringList &args);
int exportPatientsVerb(Console &console, const QStringList &args);
int exportGpLetterVerb(Console &console, const QStringList &args);
// The regional directory's verb: directory new | add | export (DirectoryVerbs.cpp).
int directoryVerb(Console &console, const QStringList &args);

} // namespace kitetp::cli
