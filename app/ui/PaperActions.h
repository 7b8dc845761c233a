#pragma once

#include "documents/PaperDocument.h"

class QWidget;

namespace kitetp::PaperActions {

// The three ways every document reaches paper from the window, all painting the same PaperDocument:
// print preview, print, and PDF. The page layout chosen in the preview or print dialog is remembered.
void preview(QWidget *parent, PaperDocument &document);
void print(QWidget *parent, PaperDocument &document);
// Asks where to save (in the last folder, `suggestedName`.pdf), then writes the PDF; reports failures.
void exportPdf(QWidget *parent, const PaperDocument &document, const QString &suggestedName,
               PaperDocument::Privacy privacy = PaperDocument::Privacy::Shareable);

} // namespace kitetp::PaperActions
