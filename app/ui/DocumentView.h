// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPointer>
#include <QWidget>

namespace kitetp {

class Change;
class ProgrammeDocument;

// A widget that shows the open programme and follows its changes (the pages, the patient's view, the attachments
// panel). setDocument() keeps the document, leaves the previous one, calls showDocument(), then connects the new
// one's changed() to followChange(); a subclass says only what it shows and what it does with a change.
class DocumentView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Shows `document` (nullptr: none) and follows its changes.
    virtual void setDocument(ProgrammeDocument *document);
    // The document shown (nullptr when none, or once it is deleted).
    ProgrammeDocument *document() const;

protected:
    // Shows document(), just set (it may be nullptr).
    virtual void showDocument() {}
    // One change of the document shown.
    virtual void followChange(const Change &change);

private:
    QPointer<ProgrammeDocument> m_document;
};

} // namespace kitetp
