// SPDX-License-Identifier: EUPL-1.2
#include "ui/WindowActions.h"

#include "core/Language.h"
#include "ui/HelpDock.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/pages/Page.h"

#include <QAction>
#include <QHash>
#include <QLineEdit>
#include <QMenu>
#include <QToolBar>

namespace kitetp {

WindowActions::WindowActions(MainWindow *window, HelpDock *help, const Existing &existing)
    : QObject(window), m_window(window), m_helpDock(help), m_existing(existing), m_toolBar(new QToolBar(window)),
      m_print(new QAction(window)), m_pdf(new QAction(window)), m_search(new QAction(window)), m_help(new QAction(window))
{
    existing.newProgramme->setIcon(Icons::themed(QStringLiteral("document-new"), QStringLiteral("new")));
    existing.open->setIcon(Icons::themed(QStringLiteral("document-open"), QStringLiteral("open")));
    existing.undo->setIcon(Icons::themed(QStringLiteral("edit-undo"), QStringLiteral("undo")));
    existing.redo->setIcon(Icons::themed(QStringLiteral("edit-redo"), QStringLiteral("redo")));
    m_print->setIcon(Icons::themed(QStringLiteral("document-print"), QStringLiteral("print")));
    m_print->setShortcut(QKeySequence::Print);
    m_pdf->setIcon(Icons::themed(QStringLiteral("application-pdf"), QStringLiteral("pdf")));
    m_search->setIcon(Icons::themed(QStringLiteral("edit-find"), QStringLiteral("search")));
    m_search->setShortcut(QKeySequence::Find);
    m_help->setIcon(Icons::themed(QStringLiteral("help-contents"), QStringLiteral("help")));
    m_help->setShortcut(QKeySequence::HelpContents);
    retranslate();
    connect(m_print, &QAction::triggered, this, [this] { paper(true); });
    connect(m_pdf, &QAction::triggered, this, [this] { paper(false); });
    connect(m_search, &QAction::triggered, this, &WindowActions::search);
    connect(m_help, &QAction::triggered, this, [this] {
        if (m_helpDock)
            m_helpDock->showSection(helpSection(m_window->document() ? m_window->currentPageId() : QString()));
    });

    existing.file->insertAction(existing.beforePrint, m_print);
    existing.file->insertAction(existing.beforePrint, m_pdf);
    existing.file->insertSeparator(existing.beforePrint);
    existing.edit->addSeparator();
    existing.edit->addAction(m_search);
    existing.help->insertAction(existing.help->actions().value(0), m_help);

    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // remembered by saveState()
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(existing.newProgramme);
    m_toolBar->addAction(existing.open);
    m_toolBar->addSeparator();
    m_toolBar->addAction(existing.undo);
    m_toolBar->addAction(existing.redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_print);
    m_toolBar->addAction(m_pdf);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_search);
    m_toolBar->addAction(m_help);
    window->addToolBar(Qt::TopToolBarArea, m_toolBar);

    connectPages();
    connect(window, &MainWindow::pageShown, this, &WindowActions::update);
    addPageKeys();
    update();
}

void WindowActions::retranslate()
{
    m_toolBar->setWindowTitle(tr("Barre d'outils principale"));
    m_existing.newProgramme->setIconText(tr("Nouveau"));
    m_existing.open->setIconText(tr("Ouvrir"));
    // Their text names the edit ("Annuler : …"); the toolbar keeps the short word, the tooltip the whole text.
    m_existing.undo->setIconText(tr("Annuler"));
    m_existing.redo->setIconText(tr("Rétablir"));
    m_print->setText(tr("&Imprimer…"));
    m_print->setIconText(tr("Imprimer"));
    m_print->setToolTip(tr("Imprimer ce que montre la page (Ctrl+P)"));
    m_pdf->setText(tr("Enregistrer en P&DF…"));
    m_pdf->setIconText(tr("PDF"));
    m_pdf->setToolTip(tr("Enregistrer en PDF ce que montre la page"));
    m_search->setText(tr("&Rechercher"));
    updateSearchTip();
    m_help->setText(tr("&Guide d'utilisation"));
    m_help->setIconText(tr("Aide"));
    m_help->setToolTip(tr("Le guide d'utilisation, à la partie sur cette page (F1)"));
}

void WindowActions::connectPages()
{
    for (const QString &id : m_window->pageIds()) {
        Page *page = m_window->page(id);
        connect(page, &Page::paperChanged, this, &WindowActions::update, Qt::UniqueConnection);
        connect(page, &Page::helpRequested, this, [this](const QString &heading) {
            if (m_helpDock)
                m_helpDock->showSection(heading);
        });
    }
    update();
}

// Ctrl+1 the first page of the navigation, Ctrl+2 the second...: as many keys as pages (up to 9).
void WindowActions::addPageKeys()
{
    const QStringList ids = m_window->pageIds();
    for (int i = 0; i < ids.size() && i < 9; ++i) {
        auto *show = new QAction(m_window);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        show->setShortcutContext(Qt::WindowShortcut);
        const QString &id = ids.at(i); // copied by the lambda
        connect(show, &QAction::triggered, this, [this, id] {
            if (m_window->document())
                m_window->showPage(id);
        });
        m_window->addAction(show);
    }
}

QString WindowActions::helpSection(const QString &pageId)
{
    // Page id -> the heading of its part in the guide the window shows: docs/guide-utilisateur.md in French,
    // docs/user-guide.md in English (HelpDock loads the guide of the interface's language). "" is the welcome page,
    // "wizards" the declaration wizards; any other id (the To do page) the part on the window.
    struct Section
    {
        const char *id;
        const char *french;
        const char *english;
    };
    static const Section sections[] = {
        {"", "Créer ou ouvrir un programme", "Creating or opening a programme"},
        {"window", "La fenêtre", "The window"},
        {"programme", "Programme", "Programme"},
        {"ateliers", "Ateliers", "Workshops"},
        {"declaration", "Déclaration ARS", "ARS declaration"},
        {"wizards", "Les assistants", "The wizards"},
        {"patients", "Patients", "Patients"},
        {"seances", "Séances", "Sessions"},
        {"evaluation", "Évaluation", "Evaluation"},
    };
    const bool english = Language::current() == QLatin1String("en");
    const Section *found = &sections[1];
    for (const Section &section : sections)
        if (pageId == QLatin1String(section.id))
            found = &section;
    return QString::fromUtf8(english ? found->english : found->french);
}

void WindowActions::update()
{
    Page *page = m_window->document() ? m_window->page(m_window->currentPageId()) : nullptr;
    const bool printable = page && page->hasPaper();
    m_print->setEnabled(printable);
    m_pdf->setEnabled(printable);
    updateSearchTip();
}

void WindowActions::updateSearchTip()
{
    // A page without a search field of its own (Programme, Déclaration, Évaluation): Ctrl+F searches the guide, and
    // the tooltip says so.
    Page *page = m_window->document() ? m_window->page(m_window->currentPageId()) : nullptr;
    m_search->setToolTip(page && page->searchField() ? tr("Rechercher sur la page (Ctrl+F)")
                                                     : tr("Rechercher dans le guide d'utilisation (Ctrl+F)"));
}

void WindowActions::search()
{
    Page *page = m_window->document() ? m_window->page(m_window->currentPageId()) : nullptr;
    if (QWidget *field = page ? page->searchField() : nullptr; field && field->isVisible() && field->isEnabled()) {
        field->setFocus(Qt::ShortcutFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
        return;
    }
    if (m_helpDock)
        m_helpDock->focusSearch();
}

void WindowActions::paper(bool print)
{
    Page *page = m_window->document() ? m_window->page(m_window->currentPageId()) : nullptr;
    if (page && page->hasPaper())
        page->paper(print ? Page::PaperAction::Print : Page::PaperAction::Pdf);
}

} // namespace kitetp
