// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Attachment.h"
#include "core/FileError.h"
#include "core/Material.h"

namespace kitetp {

// A piece as it comes in from disk and goes out as PDF. read() refuses what is not a regular file, heavier than
// Attachment::maxSize, or neither a PDF that qpdf can read nor a PNG/JPEG image that Qt can decode; each refusal is
// one clear sentence. toPdf() gives the pages to append to the dossier or to upload: the PDF itself, or the image
// drawn on an A4 page of its own.
namespace PieceFile {
// Reads `path` into an attachment of kind `piece` (data, mime type, file name, size, today's date).
FileError read(const QString &path, Attachment::Piece piece, Attachment &out);
// Checks content already in memory (the same rules as read()); sets the mime type. A translated reason, or empty.
QString checkContent(const QByteArray &data, QString *mimeType);
// The piece as a PDF document; empty (with `error` set) if it cannot be converted.
QByteArray toPdf(const Attachment &attachment, QString *error = nullptr);
// The number of pages of a PDF (0 when qpdf cannot read it).
int pdfPageCount(const QByteArray &pdf);
// Reads `path` as a teaching material's file (data, type, file name; the title the file name's base when empty):
// a regular file of at most Material::maxSize, of a type Material::detectType() knows; a PDF must be one qpdf reads
// and a PNG or JPEG one Qt decodes (the same checks as a piece's).
FileError readMaterial(const QString &path, Material &out);
} // namespace PieceFile

} // namespace kitetp
