// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "documents/PdfMetadata.h"

#include <QImage>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace kitetp {

// Every printed document goes through this class: a builder (GuideDocument, DossierDocument, ...) writes an HTML
// body — user text always through Html::escape — and PaperDocument lays it out on pages with the house style,
// a header (logo, programme, date) and a footer (title, "page N / M"), then paints it on any paged device:
// QPdfWriter for PDF, QPrinter for printing and print preview. The layout is done at a fixed resolution, so the
// same document has the same pages in the preview, on paper and in the PDF (tables of contents rely on it).
// The same body is also written as ODT (OpenDocument text, for a word processor), where the word processor lays
// out the pages: the letterhead becomes the body's first lines, the footer (title, page numbers) is not kept.
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

    // What this document prints (its body, letterhead, logo, page layout, page numbers...), to be laid out anew:
    // a document is laid out and painted on one thread, so a PDF written on a thread of its own (ui/LongWork)
    // writes a copy.
    std::unique_ptr<PaperDocument> copy() const;

    const QString &title() const { return m_title; }
    void setBodyHtml(const QString &html);
    void setHeader(const QString &left, const QString &right);
    void setFooterNote(const QString &note); // printed at the bottom left, before the title
    void setLogo(const QImage &logo);
    void setBaseFontSize(qreal points);       // 10.5 by default; patient handouts use 14
    void setPageLayout(const QPageLayout &layout);
    const QPageLayout &pageLayout() const { return m_layout; }
    void setShowHeader(bool show) { m_showHeader = show; }
    // What the PDF says about itself (PdfMetadata): the author (the structure) and the subject (the programme),
    // set by Letterhead::apply, and the language the builder wrote in (by default the interface's).
    void setAuthor(const QString &author) { m_author = author; }
    void setSubject(const QString &subject) { m_subject = subject; }
    void setLanguage(const QString &language) { m_language = language; }
    const QString &author() const { return m_author; }
    const QString &subject() const { return m_subject; }
    const QString &language() const { return m_language; }
    // The numbers printed in the footer when pages from elsewhere are inserted between this document's pages (the
    // dossier's attached pieces): `numbers[i]` for page i + 1, out of `total`. Empty: 1..pageCount().
    void setPageNumbers(const QList<int> &numbers, int total);

    int pageCount() const;
    // The headings (h1..h3) and the page each starts on, for tables of contents.
    QList<Heading> headings() const;

    // Paints every page on `device` (a QPdfWriter or a QPrinter, already set up). Returns false if painting failed.
    bool render(QPagedPaintDevice *device) const;
    // The PDF in memory, PDF/A-1b (Qt's PdfVersion_A1b: sRGB output intent, no transparency) with its metadata
    // (PdfMetadata: title, author, subject, language, creation date); empty when painting failed. `archival` false:
    // the same metadata without the PDF/A identification (for a PDF that will receive pages from elsewhere).
    QByteArray toPdf(bool archival = true) const;
    // The metadata toPdf() writes, dated now.
    PdfMetadata::Info metadata(bool archival = true) const;
    // Writes the PDF atomically (OutputFile): the file is whole or unchanged.
    FileError writePdf(const QString &path, Privacy privacy = Privacy::Shareable) const;
    // Writes the document as ODT (QTextDocumentWriter, format "ODF") atomically, through the same OutputFile rules:
    // the letterhead (logo, programme, date) as the first lines, the body with its images; no page footer.
    FileError writeOdt(const QString &path, Privacy privacy = Privacy::Shareable) const;

    // The house style sheet (resources/documents/document.css).
    static QString styleSheet();

private:
    void layout() const;
    // `doc` set up with the house font and style sheet, holding `html` as its body.
    void fill(QTextDocument &doc, const QString &html) const;
    // The letterhead as HTML, for the ODT's first lines (the logo as the image resource "kitetp-logo").
    QString letterheadHtml() const;

    QString m_title;
    QString m_html;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerNote;
    QImage m_logo;
    qreal m_basePt = 10.5;
    bool m_showHeader = true;
    QString m_author;
    QString m_subject;
    QString m_language;
    QPageLayout m_layout;
    QList<int> m_pageNumbers;
    int m_pageTotal = 0;
    mutable QTextDocument *m_doc = nullptr;
    mutable bool m_dirty = true;
};

} // namespace kitetp
