#pragma once

#include "documents/PaperDocument.h"

namespace kitetp::cli {

class Console;

// Writes a verb's PDF (whole or not at all, see PaperDocument::writePdf) and says where, with its page count; on
// failure prints the file's message. Returns the verb's exit status.
int writePdf(Console &console, const PaperDocument &doc, const QString &path,
             PaperDocument::Privacy privacy = PaperDocument::Privacy::Shareable);

} // namespace kitetp::cli
