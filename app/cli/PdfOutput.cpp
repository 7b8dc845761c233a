// SPDX-License-Identifier: EUPL-1.2
#include "cli/PdfOutput.h"

#include "cli/Console.h"

namespace kitetp::cli {

bool isOdt(const QString &path)
{
    return path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
}

FileError writeDocument(const PaperDocument &doc, const QString &path, PaperDocument::Privacy privacy)
{
    return isOdt(path) ? doc.writeOdt(path, privacy) : doc.writePdf(path, privacy);
}

int writePaper(Console &console, const PaperDocument &doc, const QString &path, PaperDocument::Privacy privacy)
{
    if (FileError e = writeDocument(doc, path, privacy))
        return console.fail(e.message());
    if (isOdt(path))
        console.out() << CliText::tr("ODT écrit : %1").arg(path) << Qt::endl;
    else
        console.out() << CliText::tr("PDF écrit : %1 (%n page(s))", nullptr, doc.pageCount()).arg(path) << Qt::endl;
    return Ok;
}

std::optional<int> refuseOdt(Console &console, const QString &path)
{
    if (!isOdt(path))
        return std::nullopt;
    return console.fail(CliText::tr("ce document n'existe qu'en PDF : donnez une sortie en .pdf (reçu « %1 »).").arg(path), UsageError);
}

} // namespace kitetp::cli
