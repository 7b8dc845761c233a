// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>

namespace kitetp {
class ProgrammeFile;
}

namespace kitetp::cli {

// The translation context of every command-line message: CliText::tr("...").
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit statuses of every verb.
enum Status { Ok = 0, InputFault = 1, UsageError = 2 };

// Where a verb writes: standard output for results, standard error for the one line that says what went wrong.
class Console
{
public:
    Console();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Writes `bytes` as they are on stdout (after what out() holds); Ok, or InputFault with a message.
    int writeBytes(const QByteArray &bytes);

    // Prints "kitetp: message" on stderr and returns `status`.
    int fail(const QString &message, Status status = InputFault);

    // Parses a verb's arguments (adding --help). Returns nothing when the verb should go on; otherwise the status
    // to exit with: Ok after printing the help, UsageError (with the problem and the usage on stderr) for an
    // unknown option or a wrong count of positional arguments.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional);

    // The FICHIER argument of a verb on a programme file (its first positional argument).
    static void addProgrammeArgument(QCommandLineParser &parser);
    // parse() for `kitetp VERB FICHIER [options] -o SORTIE`: adds the FICHIER argument and -o (after the options the
    // verb added), and refuses a missing or empty -o as a UsageError.
    std::optional<int> parseWithOutput(QCommandLineParser &parser, const QStringList &args);
    // The -o SORTIE option of parseWithOutput(): parser.value(Console::outputOption()) is where to write.
    static QCommandLineOption outputOption();

    // Opens a programme file for a verb; on failure prints the file's message and returns nullptr
    // (the verb then returns InputFault).
    std::unique_ptr<ProgrammeFile> openProgramme(const QString &path, bool readOnly = true);
    // The same, on the verb's first positional argument (FICHIER).
    std::unique_ptr<ProgrammeFile> openProgramme(const QCommandLineParser &parser, bool readOnly = true);
    // parse() then openProgramme() for `kitetp VERB FICHIER [options]` (adds the FICHIER argument, opens read-only):
    // the file, or nullptr with `status` set to what the verb returns (Ok after the help, UsageError, InputFault).
    std::unique_ptr<ProgrammeFile> parseAndOpen(QCommandLineParser &parser, const QStringList &args, int &status);

    // `-o -` (or --output -, --output=-) in a verb's arguments: replaced by a file in a private temporary folder, and
    // the verb's messages sent to stderr, so that copyToStandardOutput() gives stdout the file's bytes alone. A verb
    // whose output needs a file (a folder of pieces, a spreadsheet) is refused with UsageError.
    std::optional<int> redirectStandardOutput(QStringList &args);
    // After the verb (its exit `status`): its messages said on stderr, then, when it succeeded, the file -o - stood
    // for copied to stdout. Returns `status` (nothing to do without -o -), or InputFault with a message when stdout
    // refused the bytes.
    int copyToStandardOutput(int status);

    // The message of the first read that failed on a file opened here (empty when none did): a verb that read less
    // than the file holds must not report success (Cli::run turns it into exit status 1).
    QString readFailure() const { return m_readFailure; }

private:
    QTextStream m_out;
    QTextStream m_err;
    void sayMessages();
    QString m_messages;                         // what the verb said, when stdout carries a file (-o -)
    std::unique_ptr<QTemporaryDir> m_stdoutDir; // the private folder of the file -o - stands for
    QString m_stdoutFile;
    QString m_readFailure;
};

} // namespace kitetp::cli
