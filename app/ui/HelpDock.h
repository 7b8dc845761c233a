// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDockWidget>
#include <QList>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace kitetp {

// The user guide inside the window (F1, Aide ▸ Guide d'utilisation): docs/guide-utilisateur.md, or docs/user-guide.md
// when the interface speaks English, bundled with their screenshots, rendered from Markdown; a table of contents from
// its headings and a search field (next, previous, every match highlighted). Loaded the first time it is needed, and
// again in the other language when the interface's language changes.
class HelpDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit HelpDock(QWidget *parent = nullptr);

    // Shows the guide with the section whose heading is `heading` at the top (the heading's number, "7. ", is not
    // part of it); false, the guide shown from its top, when the guide has no such heading.
    bool showSection(const QString &heading);
    // Shows the guide with the focus in its search field.
    void focusSearch();
    // Finds the next (previous) occurrence of the search field's text, from the current one, wrapping around.
    bool findNext(bool backward = false);
    // The heading (without its number) of the section shown at the top of the view.
    QString currentSection() const;
    QStringList headings() const;
    // The language of the guide loaded ("fr", "en"); empty before it is first needed.
    QString language() const;

    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *contents() const { return m_contents; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    struct Heading
    {
        int level;
        QString text; // without its number
        int position; // in the document
    };
    void ensureLoaded();
    void fitImages();
    void highlightAll(const QString &text);
    void scrollTo(int position);
    void open();
    void reload();

    QTextBrowser *m_browser;
    QLineEdit *m_search;
    QLabel *m_found;
    QTreeWidget *m_contents;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QList<Heading> m_headings;
    QString m_language; // of the guide loaded, empty until then
    bool m_placed = false;
};

} // namespace kitetp
