// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/PaperDocument.h"

#include <optional>

namespace kitetp::cli {

class Console;

// The paper formats of the document verbs, chosen by -o: ODT (OpenDocument text, to adjust in a word processor)
// when SORTIE ends in .odt, PDF otherwise.
bool isOdt(const QString &path);

// Writes `doc` in the format `path` asks for (PaperDocument::writeOdt or writePdf, whole or not at all).
FileError writeDocument(const PaperDocument &doc, const QString &path,
                        PaperDocument::Privacy privacy = PaperDocument::Privacy::Shareable);

// Writes a verb's document and says where (a PDF with its page count); on failure prints the file's message.
// Returns the verb's exit status.
int writePaper(Console &console, const PaperDocument &doc, const QString &path,
               PaperDocument::Privacy privacy = PaperDocument::Privacy::Shareable);

// For a verb whose document exists only as PDF (the dossier, assembled with its attached pieces): a usage error
// (exit 2, "ce document n'existe qu'en PDF") when -o ends in .odt, nothing otherwise.
std::optional<int> refuseOdt(Console &console, const QString &path);

} // namespace kitetp::cli
