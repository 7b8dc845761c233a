// SPDX-License-Identifier: EUPL-1.2
#include "documents/PdfAssembly.h"

#include "documents/QpdfBytes.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <list>
#include <memory>

namespace kitetp::PdfAssembly {

QByteArray insert(const QByteArray &base, const QList<Insertion> &insertions, QString *error)
{
    try {
        QPDF out;
        out.setSuppressWarnings(true);
        out.processMemoryFile("dossier", base.constData(), size_t(base.size()));
        QPDFPageDocumentHelper pages(out);
        const std::vector<QPDFPageObjectHelper> basePages = pages.getAllPages();
        // The inserted documents must live until the output is written: their objects are copied then.
        std::list<std::unique_ptr<QPDF>> sources;
        std::list<QByteArray> buffers;
        // From the last insertion point backwards, so that the base pages keep their places.
        QList<Insertion> sorted = insertions;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Insertion &a, const Insertion &b) { return a.afterPage > b.afterPage; });
        for (const Insertion &ins : sorted) {
            if (ins.afterPage < 1 || size_t(ins.afterPage) > basePages.size())
                continue;
            buffers.push_back(ins.pdf);
            auto source = std::make_unique<QPDF>();
            source->setSuppressWarnings(true);
            source->processMemoryFile("piece", buffers.back().constData(), size_t(buffers.back().size()));
            std::vector<QPDFPageObjectHelper> added = QPDFPageDocumentHelper(*source).getAllPages();
            const QPDFPageObjectHelper &ref = basePages.at(size_t(ins.afterPage - 1));
            // Each page after the reference, last first: they end up in their order.
            for (auto it = added.rbegin(); it != added.rend(); ++it)
                pages.addPageAt(*it, false, ref);
            sources.push_back(std::move(source));
        }
        return qpdfBytes(out);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return {};
    }
}

} // namespace kitetp::PdfAssembly
