#include "documents/DossierDocument.h"

#include "storage/OutputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace kitetp::DossierPdf {

QByteArray render(const PaperDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    bool ok = false;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("Kit ETP"));
        writer.setResolution(300);
        ok = document.render(&writer);
    }
    return ok ? bytes : QByteArray();
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
    }
    return save(pdf, path);
}

} // namespace kitetp::DossierPdf
