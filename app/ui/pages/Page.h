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

private:
    bool isBehindAnother() const { return parentWidget() && isHidden(); }
    bool m_changedWhileHidden = false;
    bool m_loadDeferred = false;
};

} // namespace kitetp
