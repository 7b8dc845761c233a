// SPDX-License-Identifier: EUPL-1.2
#include "ui/DocumentView.h"

#include "model/ProgrammeDocument.h"

namespace kitetp {

void DocumentView::setDocument(ProgrammeDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // Shown first, connected after: what showDocument() connects to the document (the view's own item models)
    // follows a change before the view does, so the view reads models that are already up to date.
    showDocument();
    if (m_document)
        connect(m_document, &ProgrammeDocument::changed, this, &DocumentView::followChange);
}

ProgrammeDocument *DocumentView::document() const
{
    return m_document;
}

void DocumentView::followChange(const Change &change)
{
    Q_UNUSED(change)
}

} // namespace kitetp
