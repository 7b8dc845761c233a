// SPDX-License-Identifier: EUPL-1.2
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

std::optional<int> Console::redirectStandardOutput(QStringList &args)
{
    qsizetype at = -1;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && i + 1 < args.size() && args.at(i + 1) == QLatin1String("-")) {
            at = i + 1;
            break;
        }
        if (a == QLatin1String("-o-") || a == QLatin1String("--output=-")) {
            args[i] = QStringLiteral("-o");
            args.insert(i + 1, QStringLiteral("-"));
            at = i + 1;
            break;
        }
    }
    if (at < 0)
        return std::nullopt;
    // What cannot be a stream: a folder of pieces, an XLSX (a zip archive written by its library to a named file).
    const bool pieces = args.constFirst() == QLatin1String("kitetp export") && args.value(1) == QLatin1String("pieces");
    const qsizetype format = args.indexOf(QStringLiteral("--format"));
    const bool xlsx = (format > 0 && args.value(format + 1) == QLatin1String("xlsx")) || args.contains(QStringLiteral("--format=xlsx"));
    if (pieces || xlsx)
        return fail(QCoreApplication::translate("Cli", "-o - : ce format s'écrit dans un fichier ou un dossier, pas sur la "
                                                       "sortie standard ; donnez un nom."),
                    UsageError);
    m_stdoutDir = std::make_unique<QTemporaryDir>();
    if (!m_stdoutDir->isValid())
        return fail(QCoreApplication::translate("Cli", "-o - : impossible de créer un dossier temporaire : %1").arg(m_stdoutDir->errorString()));
    // A verb that chooses its format by the extension (the directory card: PDF or JSON) gets its document, PDF; the
    // others write their one format whatever the name.
    m_stdoutFile = m_stdoutDir->filePath(QStringLiteral("sortie.pdf"));
    args[at] = m_stdoutFile;
    m_out.flush();
    m_out.setString(&m_messages); // said on stderr at the end, naming the standard output rather than the scratch file
    return std::nullopt;
}

void Console::sayMessages()
{
    if (m_stdoutFile.isEmpty())
        return;
    m_out.flush();
    m_err << QString(m_messages).replace(m_stdoutFile, QCoreApplication::translate("Cli", "(sortie standard)"));
    m_err.flush();
    m_messages.clear();
}

int Console::writeBytes(const QByteArray &bytes)
{
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return fail(QCoreApplication::translate("Cli", "écriture sur la sortie standard impossible (%1).").arg(out.errorString()));
    return Ok;
}

int Console::copyToStandardOutput(int status)
{
    if (m_stdoutFile.isEmpty())
        return status;
    sayMessages();
    if (status != Ok)
        return status;
    QFile in(m_stdoutFile);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Cli", "-o - : rien n'a été écrit (%1).").arg(in.errorString()));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("Cli", "-o - : la sortie standard est fermée."));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return fail(QCoreApplication::translate("Cli", "-o - : écriture sur la sortie standard impossible (%1).").arg(out.errorString()));
    }
    if (!out.flush())
        return fail(QCoreApplication::translate("Cli", "-o - : écriture sur la sortie standard impossible (%1).").arg(out.errorString()));
    return Ok;
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
