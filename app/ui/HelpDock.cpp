// SPDX-License-Identifier: EUPL-1.2
#include "ui/HelpDock.h"

#include "core/Language.h"
#include "ui/Icons.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace kitetp {

namespace {
// The guide in the language of the interface: docs/user-guide.md in English, docs/guide-utilisateur.md otherwise (the
// same parts, in the same order, with the same screenshots).
QUrl guideUrl(const QString &language)
{
    return QUrl(language == QLatin1String("en") ? QStringLiteral("qrc:/help/user-guide.md")
                                                : QStringLiteral("qrc:/help/guide-utilisateur.md"));
}
const int widestImage = 560; // pixels: a screenshot fits the dock without a horizontal scroll bar
const int mostHighlights = 500;

// "7. Patients" -> "Patients": headings are found by their words, whatever their number in the guide.
QString withoutNumber(const QString &heading)
{
    static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)*\\.?\\s+"));
    return QString(heading).remove(number).trimmed();
}
} // namespace

HelpDock::HelpDock(QWidget *parent)
    : QDockWidget(tr("Guide d'utilisation"), parent), m_browser(new QTextBrowser), m_search(new QLineEdit),
      m_found(new QLabel), m_contents(new QTreeWidget)
{
    setObjectName(QStringLiteral("helpDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *searchRow = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::themed(QStringLiteral("edit-find"), QStringLiteral("search")), QLineEdit::LeadingPosition);
    auto *previous = new QToolButton;
    m_previous = previous;
    previous->setArrowType(Qt::UpArrow);
    auto *next = new QToolButton;
    m_next = next;
    next->setArrowType(Qt::DownArrow);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(previous);
    searchRow->addWidget(next);
    searchRow->addWidget(m_found);
    layout->addLayout(searchRow);

    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setHeaderHidden(true);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    retranslate();
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    setWidget(body);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    auto *backwards = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(backwards, &QShortcut::activated, this, [this] { findNext(true); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        highlightAll(text);
        if (!text.isEmpty()) {
            m_browser->moveCursor(QTextCursor::Start);
            findNext(false);
        }
    });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        scrollTo(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        scrollTo(item->data(0, Qt::UserRole).toInt());
    });
}

void HelpDock::ensureLoaded()
{
    const QString language = Language::current();
    if (m_language == language)
        return;
    m_language = language;
    m_headings.clear();
    m_contents->clear();
    // The Markdown and its images come from the same resource folder: "images/x.png" resolves beside the guide.
    m_browser->setSource(guideUrl(language), QTextDocument::MarkdownResource);
    fitImages();
    QTreeWidgetItem *parents[4] = {nullptr, nullptr, nullptr, nullptr};
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 3)
            continue;
        m_headings.append({level, withoutNumber(block.text()), block.position()});
        QTreeWidgetItem *parent = nullptr;
        for (int up = level - 1; up >= 1 && !parent; --up)
            parent = parents[up];
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_contents);
        item->setText(0, block.text());
        item->setData(0, Qt::UserRole, block.position());
        parents[level] = item;
        for (int below = level + 1; below <= 3; ++below)
            parents[below] = nullptr;
    }
    m_contents->expandToDepth(0);
}

// Screenshots keep their proportions but never outgrow the dock.
void HelpDock::fitImages()
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(format.name()));
            const QImage image = resource.value<QImage>();
            if (image.isNull() || image.width() <= widestImage)
                continue;
            format.setWidth(widestImage);
            format.setHeight(double(widestImage) * image.height() / image.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

void HelpDock::open()
{
    ensureLoaded();
    if (isHidden()) {
        // A window of its own over the right of the main window the first time (the pages need the width at
        // 1280 x 720); the user may dock it, the window then remembers where (saveState).
        if (!m_placed && isFloating()) {
            resize(620, 680);
            if (QWidget *window = parentWidget())
                move(window->geometry().right() - 640, window->geometry().top() + 60);
        }
        m_placed = true;
        show();
        if (auto *window = qobject_cast<QMainWindow *>(parentWidget()); window && !isFloating())
            window->resizeDocks({this}, {qMax(width(), 480)}, Qt::Horizontal);
    }
    raise();
    activateWindow();
}

bool HelpDock::showSection(const QString &heading)
{
    open();
    const QString wanted = withoutNumber(heading);
    for (const Heading &h : std::as_const(m_headings)) {
        if (h.text.compare(wanted, Qt::CaseInsensitive) == 0) {
            scrollTo(h.position);
            return true;
        }
    }
    scrollTo(0);
    return false;
}

void HelpDock::scrollTo(int position)
{
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(position);
    m_browser->setTextCursor(cursor);
    // The heading at the top of the view (blockBoundingRect lays the document out up to it first).
    const QTextBlock block = m_browser->document()->findBlock(position);
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
}

void HelpDock::focusSearch()
{
    open();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool HelpDock::findNext(bool backward)
{
    ensureLoaded();
    const QString text = m_search->text();
    if (text.isEmpty()) {
        m_found->clear();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) { // wrap around
        const QTextCursor before = m_browser->textCursor();
        m_browser->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
        found = m_browser->find(text, flags);
        if (!found)
            m_browser->setTextCursor(before);
    }
    m_found->setText(found ? QString() : tr("Introuvable"));
    return found;
}

void HelpDock::highlightAll(const QString &text)
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!text.isEmpty()) {
        QTextCursor cursor(m_browser->document());
        while (selections.size() < mostHighlights) {
            cursor = m_browser->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setBackground(QColor(0xff, 0xe0, 0x82));
            selections.append(selection);
        }
    }
    m_browser->setExtraSelections(selections);
}

QString HelpDock::currentSection() const
{
    const int top = m_browser->cursorForPosition(QPoint(2, 2)).position();
    QString section;
    for (const Heading &h : m_headings) {
        if (h.position > top)
            break;
        section = h.text;
    }
    return section;
}

QString HelpDock::language() const
{
    return m_language;
}

// After a change of language, the guide of the new language at the same part (both guides have the same headings in
// the same order), the search's highlights found again in it.
void HelpDock::reload()
{
    const int top = m_browser->cursorForPosition(QPoint(2, 2)).position();
    qsizetype shown = -1;
    for (qsizetype i = 0; i < m_headings.size() && m_headings.at(i).position <= top; ++i)
        shown = i;
    const int level = shown >= 0 ? m_headings.at(shown).level : 0;
    ensureLoaded();
    highlightAll(m_search->text());
    m_found->clear();
    if (shown >= 0 && shown < m_headings.size() && m_headings.at(shown).level == level)
        scrollTo(m_headings.at(shown).position);
    else
        scrollTo(0);
}

QStringList HelpDock::headings() const
{
    QStringList texts;
    for (const Heading &h : m_headings)
        texts << h.text;
    return texts;
}

// The window's words around the guide (the guide itself is reloaded in the new language by changeEvent).
void HelpDock::retranslate()
{
    setWindowTitle(tr("Guide d'utilisation"));
    m_search->setPlaceholderText(tr("Rechercher dans le guide…"));
    m_search->setAccessibleName(tr("Rechercher dans le guide"));
    m_previous->setToolTip(tr("Occurrence précédente (Maj+Entrée)"));
    m_previous->setAccessibleName(tr("Occurrence précédente"));
    m_next->setToolTip(tr("Occurrence suivante (Entrée)"));
    m_next->setAccessibleName(tr("Occurrence suivante"));
    m_contents->setAccessibleName(tr("Sommaire du guide"));
    m_browser->setAccessibleName(tr("Guide d'utilisation"));
}

void HelpDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_language.isEmpty() && m_language != Language::current())
            reload();
    }
    QDockWidget::changeEvent(event);
}

} // namespace kitetp
