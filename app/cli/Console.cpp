#include "cli/Console.h"

#include "storage/ProgrammeFile.h"

#include <QCoreApplication>

#include <cstdio>

namespace kitetp::cli {

namespace {
// QCommandLineParser names the program by its path; a verb's usage reads better as "kitetp export guide".
QString helpFor(const QCommandLineParser &parser, const QStringList &args)
{
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
    if (at >= 0 && !args.isEmpty())
        help.replace(at, program.size(), args.constFirst());
    return help;
}
} // namespace

Console::Console() : m_out(stdout), m_err(stderr) {}

int Console::fail(const QString &message, Status status)
{
    m_err << "kitetp: " << message << Qt::endl;
    return status;
}

std::optional<int> Console::parse(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Affiche cette aide."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        fail(parser.errorText(), UsageError);
        m_err << helpFor(parser, args);
        return UsageError;
    }
    if (parser.isSet(help)) {
        m_out << helpFor(parser, args);
        m_out.flush();
        return Ok;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        fail(n < minPositional ? QCoreApplication::translate("Cli", "argument manquant.")
                               : QCoreApplication::translate("Cli", "trop d'arguments."),
             UsageError);
        m_err << helpFor(parser, args);
        return UsageError;
    }
    return std::nullopt;
}

void Console::addProgrammeArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QCoreApplication::translate("Cli", "FICHIER"), QCoreApplication::translate("Cli", "Le fichier .etp."));
}

QCommandLineOption Console::outputOption()
{
    return {{QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("Cli", "Le fichier à écrire."),
            QCoreApplication::translate("Cli", "SORTIE")};
}

std::optional<int> Console::parseWithOutput(QCommandLineParser &parser, const QStringList &args)
{
    addProgrammeArgument(parser);
    parser.addOption(outputOption());
    if (auto status = parse(parser, args, 1, 1))
        return status;
    if (parser.value(outputOption()).isEmpty())
        return fail(QCoreApplication::translate("Cli", "indiquez le fichier à écrire avec -o SORTIE."), UsageError);
    return std::nullopt;
}

std::unique_ptr<ProgrammeFile> Console::openProgramme(const QCommandLineParser &parser, bool readOnly)
{
    return openProgramme(parser.positionalArguments().constFirst(), readOnly);
}

std::unique_ptr<ProgrammeFile> Console::parseAndOpen(QCommandLineParser &parser, const QStringList &args, int &status)
{
    addProgrammeArgument(parser);
    if (auto stop = parse(parser, args, 1, 1)) {
        status = *stop;
        return nullptr;
    }
    auto file = openProgramme(parser);
    status = file ? Ok : InputFault;
    return file;
}

std::unique_ptr<ProgrammeFile> Console::openProgramme(const QString &path, bool readOnly)
{
    auto opened = ProgrammeFile::open(path, readOnly ? ProgrammeFile::Mode::ReadOnly : ProgrammeFile::Mode::ReadWrite);
    if (opened.error) {
        fail(opened.error.message());
        return nullptr;
    }
    QObject::connect(opened.file.get(), &ProgrammeFile::readFailed, opened.file.get(), [this](const FileError &error) {
        if (m_readFailure.isEmpty())
            m_readFailure = error.message();
    });
    return std::move(opened.file);
}

} // namespace kitetp::cli
