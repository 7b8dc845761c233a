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

Q_SIGNALS:
    // Asks the window to show another page (e.g. a flowchart step that links to where it is done).
    void navigateTo(const QString &pageId);
    // A short message for the status bar.
    void status(const QString &message);
};

} // namespace kitetp
