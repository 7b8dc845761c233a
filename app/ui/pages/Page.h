// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/DocumentView.h"

namespace kitetp {

// A part of a programme in the main window's navigation (Programme, Ateliers, Déclaration ARS, Patients,
// Séances, Évaluation). The window hands every page the open document (or nullptr when it closes) with
// setDocument() (DocumentView: the page shows it in showDocument() and follows it in followChange()).
class Page : public DocumentView
{
    Q_OBJECT
public:
    using DocumentView::DocumentView;

    // What the window's Imprimer and PDF (toolbar, Ctrl+P) act on: the document of what the page shows.
    // hasPaper() is false when it shows nothing printable; paperChanged() says when that may have changed.
    enum class PaperAction { Print, Pdf };
    virtual bool hasPaper() const { return false; }
    virtual void paper(PaperAction action) { Q_UNUSED(action) }
    // The page's search field, given the focus by Ctrl+F (nullptr: the page has none).
    virtual QWidget *searchField() const { return nullptr; }

protected:
    // A page hidden behind another in the window's stack does no work for it: a change only marks it stale
    // (reloadOrMarkStale(), and reloadStale() runs once when the page is shown) and a whole load waits (deferLoad()
    // returns true; loadDeferred() runs when the page is shown). Opening a large programme loads the page in view only.
    void reloadOrMarkStale();
    virtual void reloadStale() {}
    bool deferLoad();
    virtual void loadDeferred() {}
    // Catches up on ShowToParent: sent when the window's stack shows this page, whether or not the window itself
    // is on screen yet.
    bool event(QEvent *event) override;

Q_SIGNALS:
    // Asks the window to show another page (e.g. a flowchart step that links to where it is done).
    void navigateTo(const QString &pageId);
    // A short message for the status bar.
    void status(const QString &message);
    // The printable thing shown changed (selection...): the window updates Imprimer / PDF.
    void paperChanged();
    // Asks the window to show the user guide at the section whose heading is `heading` (a wizard's "?").
    void helpRequested(const QString &heading);

private:
    bool isBehindAnother() const { return parentWidget() && isHidden(); }
    bool m_changedWhileHidden = false;
    bool m_loadDeferred = false;
};

} // namespace kitetp
