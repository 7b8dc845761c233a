// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/PaperDocument.h"

class QWidget;

namespace kitetp::PaperActions {

// The ways every document reaches paper from the window, all from the same PaperDocument: print preview, print,
// PDF, and ODT (to adjust in a word processor). The page layout chosen in the preview or print dialog is remembered.
void preview(QWidget *parent, PaperDocument &document);
void print(QWidget *parent, PaperDocument &document);
// Asks where to save (in the last folder, `suggestedName`.pdf), then writes the PDF — or the ODT, when the user
// chooses that type or a name ending in .odt; reports failures.
void exportPdf(QWidget *parent, const PaperDocument &document, const QString &suggestedName,
               PaperDocument::Privacy privacy = PaperDocument::Privacy::Shareable);
// The same for an ODT (`suggestedName`.odt).
void exportOdt(QWidget *parent, const PaperDocument &document, const QString &suggestedName,
               PaperDocument::Privacy privacy = PaperDocument::Privacy::Shareable);

} // namespace kitetp::PaperActions
