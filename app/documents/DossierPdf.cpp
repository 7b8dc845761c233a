// SPDX-License-Identifier: EUPL-1.2
#include "documents/DossierDocument.h"

#include "storage/OutputFile.h"

#include "documents/PdfMetadata.h"

#include <QCoreApplication>

namespace kitetp::DossierPdf {

QByteArray render(const PaperDocument &document)
{
    return document.toPdf();
}

FileError save(const QByteArray &bytes, const QString &path, bool personal)
{
    // The one door out: every byte checked, flushed and renamed; on a full disk the previous file stays whole.
    return OutputFile::save(path, bytes, personal ? OutputFile::Privacy::Personal : OutputFile::Privacy::Shareable);
}

FileError write(ProgrammeFile &file, const QString &path, const QDate &today, const QString &addressee)
{
    const DossierDocument::Built built = DossierDocument::buildWithPieces(file, today, addressee);
    QByteArray pdf = render(*built.document);
    if (pdf.isEmpty())
        return FileError(FileError::WriteFailed, path, QCoreApplication::translate("DossierPdf", "Le PDF n'a pas pu être dessiné."));
    if (!built.insertions.isEmpty()) {
        QString why;
        pdf = PdfAssembly::insert(pdf, built.insertions, &why);
        if (pdf.isEmpty())
            return FileError(FileError::WriteFailed, path,
                             QCoreApplication::translate("DossierPdf", "Les pièces jointes n'ont pas pu être insérées (%1).").arg(why));
        // The pieces are PDFs from elsewhere (scans, forms): the assembled file keeps its title, author, subject and
        // language but no longer claims PDF/A-1b, which nothing here can check for them.
        pdf = PdfMetadata::apply(pdf, built.document->metadata(false), &why);
        if (pdf.isEmpty())
            return FileError(FileError::WriteFailed, path,
                             QCoreApplication::translate("DossierPdf", "Les pièces jointes n'ont pas pu être insérées (%1).").arg(why));
    }
    return save(pdf, path);
}

} // namespace kitetp::DossierPdf
