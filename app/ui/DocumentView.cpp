#include "ui/DocumentView.h"

#include "model/ProgrammeDocument.h"

namespace kitetp {

void DocumentView::setDocument(ProgrammeDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProgrammeDocument::changed, this, &DocumentView::followChange);
    showDocument();
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
