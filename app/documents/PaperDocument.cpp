// SPDX-License-Identifier: EUPL-1.2
#include "documents/PaperDocument.h"

#include "core/Html.h"
#include "documents/PageSetup.h"
#include "documents/PdfMetadata.h"
#include "storage/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>

namespace kitetp {

namespace {

// Layout resolution: 96 dots per inch, whatever the device; painting scales to the device.
constexpr qreal layoutDpi = 96.0;
constexpr qreal headerMm = 12.0;
constexpr qreal footerMm = 10.0;

qreal mmToLayout(qreal mm)
{
    return mm * layoutDpi / 25.4;
}

QPaintDevice *layoutDevice()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        i.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
        i.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
        return i;
    }();
    return &image;
}

// Ligatures (fi, fl) would reach the PDF's text layer as single characters ("ﬁctif"): a search or a copy of
// "fictif" would miss. Qt shapes without ligatures when letter spacing is not the default, so every font of a
// document gets an invisible 0.01 % extra spacing.
void disableLigatures(QFont &font)
{
    font.setLetterSpacing(QFont::PercentageSpacing, 100.01);
}

QFont pixelFont(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    disableLigatures(f);
    f.setPixelSize(qRound(points * layoutDpi / 72.0));
    f.setBold(bold);
    return f;
}

// Qt's ODF writer turns a character's vertical alignment "top" (what `vertical-align: top` on a table cell gives its
// text) into style:text-position="100%", which a word processor shows as superscript: small raised text in every
// cell. The cell keeps its own vertical alignment; its characters lose theirs (superscript and subscript stay).
void clearCharacterAlignment(QTextDocument &doc)
{
    QTextCursor cursor(&doc);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            const auto align = format.verticalAlignment();
            if (align != QTextCharFormat::AlignTop && align != QTextCharFormat::AlignMiddle && align != QTextCharFormat::AlignBottom)
                continue;
            format.clearProperty(QTextFormat::TextVerticalAlignment);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
}

} // namespace

PaperDocument::PaperDocument(QString title)
    : m_title(std::move(title)), m_language(PdfMetadata::currentLanguage()), m_layout(PageSetup::defaultLayout())
{
}

PaperDocument::~PaperDocument()
{
    delete m_doc;
}

std::unique_ptr<PaperDocument> PaperDocument::copy() const
{
    auto twin = std::make_unique<PaperDocument>(m_title);
    twin->m_html = m_html;
    twin->m_headerLeft = m_headerLeft;
    twin->m_headerRight = m_headerRight;
    twin->m_footerNote = m_footerNote;
    twin->m_logo = m_logo;
    twin->m_basePt = m_basePt;
    twin->m_showHeader = m_showHeader;
    twin->m_author = m_author;
    twin->m_subject = m_subject;
    twin->m_language = m_language;
    twin->m_layout = m_layout;
    twin->m_pageNumbers = m_pageNumbers;
    twin->m_pageTotal = m_pageTotal;
    return twin;
}

QString PaperDocument::styleSheet()
{
    QFile f(QStringLiteral(":/documents/document.css"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void PaperDocument::setBodyHtml(const QString &html)
{
    m_html = html;
    m_dirty = true;
}

void PaperDocument::setHeader(const QString &left, const QString &right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

void PaperDocument::setFooterNote(const QString &note)
{
    m_footerNote = note;
}

void PaperDocument::setLogo(const QImage &logo)
{
    m_logo = logo;
}

void PaperDocument::setBaseFontSize(qreal points)
{
    m_basePt = points;
    m_dirty = true;
}

void PaperDocument::setPageNumbers(const QList<int> &numbers, int total)
{
    m_pageNumbers = numbers;
    m_pageTotal = total;
}

void PaperDocument::setPageLayout(const QPageLayout &layout)
{
    m_layout = layout;
    m_dirty = true;
}

void PaperDocument::layout() const
{
    if (!m_dirty && m_doc)
        return;
    delete m_doc;
    m_doc = new QTextDocument;
    m_doc->documentLayout()->setPaintDevice(layoutDevice());
    fill(*m_doc, m_html);
    const QRectF paint = m_layout.paintRect(QPageLayout::Millimeter);
    const qreal bodyMm = paint.height() - headerMm - footerMm;
    m_doc->setPageSize(QSizeF(mmToLayout(paint.width()), mmToLayout(bodyMm)));
    m_dirty = false;
}

void PaperDocument::fill(QTextDocument &doc, const QString &html) const
{
    doc.setDocumentMargin(0);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(m_basePt);
    disableLigatures(base);
    doc.setDefaultFont(base);
    doc.setDefaultStyleSheet(styleSheet());
    doc.setMetaInformation(QTextDocument::DocumentTitle, m_title);
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
}

int PaperDocument::pageCount() const
{
    layout();
    return m_doc->pageCount();
}

QList<PaperDocument::Heading> PaperDocument::headings() const
{
    layout();
    QList<Heading> out;
    const qreal pageHeight = m_doc->pageSize().height();
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level < 1 || level > 3)
            continue;
        // The page of the heading's first line (a block moved by a page break starts with the blank end of the
        // previous page in its bounding rectangle, so the rectangle's top is on the page before).
        const QRectF r = m_doc->documentLayout()->blockBoundingRect(b);
        qreal y = r.top();
        if (b.layout() && b.layout()->lineCount() > 0) {
            const QTextLine line = b.layout()->lineAt(0);
            y += line.y() + line.height() / 2;
        }
        out.append({level, b.text().trimmed(), int(y / pageHeight) + 1});
    }
    return out;
}

bool PaperDocument::render(QPagedPaintDevice *device) const
{
    layout();
    device->setPageLayout(m_layout);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = device->logicalDpiY() / layoutDpi;
    const QRectF paintMm = m_layout.paintRect(QPageLayout::Millimeter);
    const qreal width = mmToLayout(paintMm.width());
    const qreal header = mmToLayout(headerMm);
    const qreal pageHeight = m_doc->pageSize().height();
    const int pages = m_doc->pageCount();

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        painter.save();
        painter.scale(scale, scale);

        if (m_showHeader) {
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.setFont(pixelFont(8.5));
            qreal textLeft = 0;
            if (!m_logo.isNull()) {
                const QImage logo = m_logo.scaledToHeight(int(header * 0.7 * scale), Qt::SmoothTransformation);
                const QRectF target(0, 0, logo.width() / scale, logo.height() / scale);
                painter.drawImage(target, logo);
                textLeft = target.width() + mmToLayout(3);
            }
            const QRectF headerRect(textLeft, 0, width - textLeft, header * 0.7);
            // The left text (programme — organisation) is elided so that it never runs into the date.
            const qreal rightWidth = painter.fontMetrics().horizontalAdvance(m_headerRight) + mmToLayout(4);
            const QString left = painter.fontMetrics().elidedText(m_headerLeft, Qt::ElideRight, int(headerRect.width() - rightWidth));
            painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, left);
            painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, m_headerRight);
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
            painter.drawLine(QPointF(0, header * 0.8), QPointF(width, header * 0.8));
        }

        painter.save();
        painter.translate(0, header - page * pageHeight);
        const QRectF view(0, page * pageHeight, width, pageHeight);
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext ctx;
        // Lines the layout placed a fraction of a pixel before this page's end belong to the next page: leave them
        // out here, or they would also be in this page's text layer (clipped, but still copied by a reader).
        ctx.clip = view.adjusted(0, 0, 0, -1.0);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        m_doc->documentLayout()->draw(&painter, ctx);
        painter.restore();

        const qreal footerTop = header + pageHeight + mmToLayout(2);
        const QRectF footerRect(0, footerTop, width, mmToLayout(footerMm - 2));
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
        painter.drawLine(QPointF(0, footerTop), QPointF(width, footerTop));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.setFont(pixelFont(8));
        const QString left = m_footerNote.isEmpty() ? m_title : m_footerNote + QStringLiteral(" — ") + m_title;
        const QString pageText = QCoreApplication::translate("PaperDocument", "Page %1 / %2")
                                     .arg(m_pageNumbers.value(page, page + 1))
                                     .arg(m_pageTotal > 0 ? m_pageTotal : pages);
        const QRectF leftRect = footerRect.adjusted(0, 0, -mmToLayout(25), 0);
        painter.drawText(leftRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(left, Qt::ElideRight, int(leftRect.width())));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, pageText);
        painter.restore();
    }
    return painter.end();
}

PdfMetadata::Info PaperDocument::metadata(bool archival) const
{
    return {m_title, m_author, m_subject, m_language, PdfMetadata::now(), archival};
}

QByteArray PaperDocument::toPdf(bool archival) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    bool ok = false;
    {
        QPdfWriter writer(&buffer);
        // PDF/A-1b as Qt 6.4 writes it: an sRGB output intent, opacity and soft masks left out (the documents use
        // neither), the fonts embedded.
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Kit ETP"));
        writer.setResolution(300);
        ok = render(&writer);
    }
    if (!ok)
        return {};
    return PdfMetadata::apply(bytes, metadata(archival));
}

FileError PaperDocument::writePdf(const QString &path, Privacy privacy) const
{
    const QByteArray pdf = toPdf();
    if (pdf.isEmpty())
        return FileError(FileError::ExportFailed, path, QCoreApplication::translate("PaperDocument", "la mise en page a échoué."));
    // OutputFile checks that every byte reached the disk before the PDF takes its name.
    return OutputFile::save(path, pdf, privacy == Privacy::Personal ? OutputFile::Privacy::Personal : OutputFile::Privacy::Shareable);
}

QString PaperDocument::letterheadHtml() const
{
    if (!m_showHeader)
        return {};
    const QString logo = m_logo.isNull() ? QString() : QStringLiteral("<td width=\"1%\"><img src=\"kitetp-logo\"/></td>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>%1<td>%2</td><td align=\"right\">%3</td></tr>"
                          "</table><hr/>")
        .arg(logo, Html::escape(m_headerLeft), Html::escape(m_headerRight));
}

FileError PaperDocument::writeOdt(const QString &path, Privacy privacy) const
{
    QTextDocument doc;
    if (!m_logo.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("kitetp-logo")),
                        m_logo.scaledToHeight(48, Qt::SmoothTransformation));
    fill(doc, letterheadHtml() + m_html);
    clearCharacterAlignment(doc);
    // QTextDocumentWriter closes its device when done, which a QSaveFile forbids: the ODT is made in memory, then
    // goes through OutputFile like every export (temporary file, every byte checked, fsync, rename).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !QTextDocumentWriter(&buffer, "ODF").write(&doc))
        return FileError(FileError::ExportFailed, path, QCoreApplication::translate("PaperDocument", "le document ODT n'a pas pu être écrit."));
    return OutputFile::save(path, bytes, privacy == Privacy::Personal ? OutputFile::Privacy::Personal : OutputFile::Privacy::Shareable);
}

} // namespace kitetp
