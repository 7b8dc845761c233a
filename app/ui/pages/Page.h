#pragma once

#include <QWidget>

namespace kitetp {

class ProgrammeDocument;

// A part of a programme in the main window's navigation (Programme, Ateliers, Déclaration ARS, Patients,
// Séances, Évaluation). The window hands every page the open document (or nullptr when it closes).
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setDocument(ProgrammeDocument *document) = 0;

    // True when a change arrived while the page was hidden behind another one: it reloads when shown.
    bool isStale() const { return m_changedWhileHidden; }

Q_SIGNALS:
    // Asks the window to show another page (e.g. a flowchart step that links to where it is done).
    void navigateTo(const QString &pageId);
    // A short message for the status bar.
    void status(const QString &message);

protected:
    // What the page does with a change it shows: reload now when the page is on screen (or not in a window's
    // stack: a page on its own), otherwise only mark it stale; showing it then reloads it once.
    void reloadOrMarkStale();
    virtual void reloadStale() {}
    void showEvent(QShowEvent *event) override;

private:
    bool m_changedWhileHidden = false;
};

} // namespace kitetp
