// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;

namespace kitetp {

class HelpDock;
class MainWindow;

// What the window's toolbar and keys do on the page shown, in one place:
// - the main toolbar (Nouveau, Ouvrir, Annuler, Rétablir, Imprimer, PDF, Rechercher, Aide) and its icons;
// - Imprimer (Ctrl+P) and PDF act on what the current page shows (Page::paper), disabled when it shows nothing
//   printable;
// - Rechercher (Ctrl+F) gives the focus to the search field of the page shown, else to the guide's;
// - Guide d'utilisation (F1) opens the user guide at the section on the page shown;
// - Ctrl+1…Ctrl+N show the pages in the navigation's order (whatever pages the window has).
class WindowActions : public QObject
{
    Q_OBJECT
public:
    struct Existing
    {
        QAction *newProgramme;
        QAction *open;
        QAction *undo;
        QAction *redo;
        QMenu *file;     // Imprimer and PDF go before `beforePrint`
        QAction *beforePrint;
        QMenu *edit;     // Rechercher
        QMenu *help;     // Guide d'utilisation, first
    };
    WindowActions(MainWindow *window, HelpDock *help, const Existing &existing);

    QToolBar *toolBar() const { return m_toolBar; }
    QAction *printAction() const { return m_print; }
    QAction *pdfAction() const { return m_pdf; }
    QAction *searchAction() const { return m_search; }
    QAction *helpAction() const { return m_help; }
    // Enables Imprimer / PDF for the page shown now.
    void update();
    // After a change of language: the actions' words again.
    void retranslate();
    // Follows the window's pages (again after they were built anew).
    void connectPages();
    // The heading of the user guide's section on the page `pageId` (the window's own when no programme is open;
    // "wizards": the declaration wizards), in the language of the interface, as the guide shown is.
    static QString helpSection(const QString &pageId);

private:
    void addPageKeys();
    void search();
    void updateSearchTip();
    void paper(bool print);

    MainWindow *m_window;
    QPointer<HelpDock> m_helpDock;
    Existing m_existing;
    QToolBar *m_toolBar;
    QAction *m_print;
    QAction *m_pdf;
    QAction *m_search;
    QAction *m_help;
};

} // namespace kitetp
