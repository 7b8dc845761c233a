#pragma once

#include "core/FileError.h"

#include <QImage>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace kitetp {

// Every printed document goes through this class: a builder (GuideDocument, DossierDocument, ...) writes an HTML
// body — user text always through Html::escape — and PaperDocument lays it out on pages with the house style,
// a header (logo, programme, date) and a footer (title, "page N / M"), then paints it on any paged device:
// QPdfWriter for PDF, QPrinter for printing and print preview. The layout is done at a fixed resolution, so the
// same document has the same pages in the preview, on paper and in the PDF (tables of contents rely on it).
class PaperDocument
{
public:
    enum class Privacy { Shareable, Personal }; // Personal: the PDF holds patient data, readable by its owner only

    struct Heading
    {
        int level;
        QString text;
        int page; // 1-based
    };

    explicit PaperDocument(QString title);
    ~PaperDocument();
    PaperDocument(const PaperDocument &) = delete;
    PaperDocument &operator=(const PaperDocument &) = delete;

    const QString &title() const { return m_title; }
    void setBodyHtml(const QString &html);
    void setHeader(const QString &left, const QString &right);
    void setFooterNote(const QString &note); // printed at the bottom left, before the title
    void setLogo(const QImage &logo);
    void setBaseFontSize(qreal points);       // 10.5 by default; patient handouts use 14
    void setPageLayout(const QPageLayout &layout);
    const QPageLayout &pageLayout() const { return m_layout; }
    void setShowHeader(bool show) { m_showHeader = show; }
    // The numbers printed in the footer when pages from elsewhere are inserted between this document's pages (the
    // dossier's attached pieces): `numbers[i]` for page i + 1, out of `total`. Empty: 1..pageCount().
    void setPageNumbers(const QList<int> &numbers, int total);

    int pageCount() const;
    // The headings (h1..h3) and the page each starts on, for tables of contents.
    QList<Heading> headings() const;

    // Paints every page on `device` (a QPdfWriter or a QPrinter, already set up). Returns false if painting failed.
    bool render(QPagedPaintDevice *device) const;
    // Writes the PDF atomically (QSaveFile): the file is whole or unchanged.
    FileError writePdf(const QString &path, Privacy privacy = Privacy::Shareable) const;

    // The house style sheet (resources/documents/document.css).
    static QString styleSheet();

private:
    void layout() const;

    QString m_title;
    QString m_html;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerNote;
    QImage m_logo;
    qreal m_basePt = 10.5;
    bool m_showHeader = true;
    QPageLayout m_layout;
    QList<int> m_pageNumbers;
    int m_pageTotal = 0;
    mutable QTextDocument *m_doc = nullptr;
    mutable bool m_dirty = true;
};

} // namespace kitetp
