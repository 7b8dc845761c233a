// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>

class QPDF;

namespace kitetp {

// What qpdf writes of `document`, in memory (without a static ID). `pdfA`: without object streams, as PDF/A-1
// (PDF 1.4) requires; qpdf then leaves the metadata stream uncompressed. Throws what QPDFWriter throws.
QByteArray qpdfBytes(QPDF &document, bool pdfA = false);

} // namespace kitetp
