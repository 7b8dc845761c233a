#include "cli/PdfOutput.h"

#include "cli/Console.h"

namespace kitetp::cli {

int writePdf(Console &console, const PaperDocument &doc, const QString &path, PaperDocument::Privacy privacy)
{
    if (FileError e = doc.writePdf(path, privacy))
        return console.fail(e.message());
    console.out() << CliText::tr("PDF écrit : %1 (%n page(s))", nullptr, doc.pageCount()).arg(path) << Qt::endl;
    return Ok;
}

} // namespace kitetp::cli
