// SPDX-License-Identifier: EUPL-1.2
#include "documents/QpdfBytes.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>

namespace kitetp {

QByteArray qpdfBytes(QPDF &document, bool pdfA)
{
    QPDFWriter writer(document);
    writer.setOutputMemory();
    if (pdfA)
        writer.setObjectStreamMode(qpdf_o_disable);
    writer.setStaticID(false);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

} // namespace kitetp
