#pragma once

#include <QEvent>
#include <QWidget>

#include <utility>

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

protected:
    // A page that the window keeps hidden behind another loads nothing (opening a large programme loads the page
    // in view only): deferLoad() notes that the page is stale and returns true; the page catches up in
    // loadDeferred() when the window shows it.
    bool deferLoad()
    {
        if (!parentWidget() || !isHidden())
            return false;
        m_loadDeferred = true;
        return true;
    }
    virtual void loadDeferred() {}
    bool event(QEvent *event) override
    {
        const bool handled = QWidget::event(event);
        // Sent when the window's stack shows this page, whether or not the window itself is on screen yet.
        if (event->type() == QEvent::ShowToParent && std::exchange(m_loadDeferred, false))
            loadDeferred();
        return handled;
    }

Q_SIGNALS:
    // Asks the window to show another page (e.g. a flowchart step that links to where it is done).
    void navigateTo(const QString &pageId);
    // A short message for the status bar.
    void status(const QString &message);

private:
    bool m_loadDeferred = false;
};

} // namespace kitetp
