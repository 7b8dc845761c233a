// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kitetp {

// What a PDF of Kit ETP says about itself, for archives and for the readers that index or read it aloud: the
// document information dictionary (pdfinfo: Title, Author, Subject, Creator, Producer, CreationDate, ModDate), the
// catalog's /Lang, and the XMP metadata stream (dc:title, dc:creator, dc:description, dc:language, xmp:CreateDate,
// xmp:ModifyDate, xmp:CreatorTool, pdf:Producer) holding the same values, as PDF/A requires. Written with qpdf
// (libqpdf) on the PDF Qt painted: Qt 6.4's QPdfWriter has no author, subject nor language of its own.
namespace PdfMetadata {
struct Info
{
    QString title;
    QString author;   // the structure; left out when empty
    QString subject;  // the programme; left out when empty
    QString language; // "fr" or "en": the language the document is written in
    QDateTime created; // UTC, whole seconds
    // PDF/A-1b identification (pdfaid:part 1, conformance B) in the XMP: only for a PDF painted by Qt in its
    // PdfVersion_A1b mode (sRGB output intent, no transparency), never for one with pages from elsewhere.
    bool archival = false;
};

// The language of the documents the builders write now: English when the interface is (Language::install sets
// the default QLocale), French otherwise.
QString currentLanguage();
// Now, in UTC and whole seconds (what a PDF date holds).
QDateTime now();

// `pdf` with `info` written into it; the other objects are kept as they are. Empty (with `error` set) when qpdf
// cannot read or write it.
QByteArray apply(const QByteArray &pdf, const Info &info, QString *error = nullptr);

// The XMP packet for `info` (`producer`: the PDF's /Producer, which the XMP must repeat).
QByteArray xmp(const Info &info, const QString &producer);
} // namespace PdfMetadata

} // namespace kitetp
