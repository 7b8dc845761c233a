// SPDX-License-Identifier: EUPL-1.2
#include "documents/PieceFile.h"

#include "documents/PdfMetadata.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace kitetp::PieceFile {

namespace {

QString typeOf(const QByteArray &data)
{
    if (data.left(1024).contains("%PDF-"))
        return QStringLiteral("application/pdf");
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

// Pages of a PDF as qpdf reads it, without recovering a damaged file; -1 with the reason when it cannot.
int pages(const QByteArray &pdf, QString *reason)
{
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.setAttemptRecovery(false);
        q.processMemoryFile("piece", pdf.constData(), size_t(pdf.size()));
        return int(QPDFPageDocumentHelper(q).getAllPages().size());
    } catch (const std::exception &e) {
        if (reason)
            *reason = QString::fromLocal8Bit(e.what());
        return -1;
    }
}

} // namespace

QString checkContent(const QByteArray &data, QString *mimeType)
{
    if (data.isEmpty())
        return AttachmentText::tr("Le fichier est vide.");
    if (data.size() > Attachment::maxSize)
        return AttachmentText::tooLarge(data.size());
    const QString type = typeOf(data);
    if (type.isEmpty())
        return AttachmentText::tr("Ce fichier n'est ni un PDF, ni une image PNG ou JPEG : seuls ces formats peuvent être joints.");
    if (type == QLatin1String("application/pdf")) {
        QString why;
        const int n = pages(data, &why);
        if (n < 0)
            return AttachmentText::tr("Ce PDF est illisible ou endommagé ; enregistrez-le de nouveau (par exemple « Imprimer en PDF ») "
                                      "puis joignez-le.");
        if (n == 0)
            return AttachmentText::tr("Ce PDF n'a aucune page.");
    } else {
        QBuffer buffer;
        buffer.setData(data);
        QImageReader reader(&buffer, type == QLatin1String("image/png") ? "png" : "jpeg");
        const QImage image = reader.read();
        if (image.isNull())
            return AttachmentText::tr("Cette image est illisible ou endommagée (%1).").arg(reader.errorString());
    }
    if (mimeType)
        *mimeType = type;
    return {};
}

FileError read(const QString &path, Attachment::Piece piece, Attachment &out)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileError(FileError::NotFound, path);
    if (!info.isFile())
        return FileError(FileError::InvalidInput, path, AttachmentText::tr("« %1 » n'est pas un fichier ordinaire.").arg(path));
    if (info.size() > Attachment::maxSize)
        return FileError(FileError::InvalidInput, path, info.fileName() + QStringLiteral(" : ") + AttachmentText::tooLarge(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError(FileError::Unreadable, path, file.errorString());
    const QByteArray data = file.read(Attachment::maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return FileError(FileError::Unreadable, path, file.errorString());
    QString type;
    if (const QString reason = checkContent(data, &type); !reason.isEmpty())
        return FileError(FileError::InvalidInput, path, info.fileName() + QStringLiteral(" : ") + reason);
    out.piece = piece;
    out.data = data;
    out.size = data.size();
    out.mimeType = type;
    out.fileName = info.fileName();
    out.addedOn = QDate::currentDate();
    return {};
}

FileError readMaterial(const QString &path, Material &out)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileError(FileError::NotFound, path);
    if (!info.isFile())
        return FileError(FileError::InvalidInput, path, AttachmentText::tr("« %1 » n'est pas un fichier ordinaire.").arg(path));
    if (info.size() > Material::maxSize)
        return FileError(FileError::InvalidInput, path, info.fileName() + QStringLiteral(" : ") + MaterialText::tooLarge(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError(FileError::Unreadable, path, file.errorString());
    const QByteArray data = file.read(Material::maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return FileError(FileError::Unreadable, path, file.errorString());
    if (data.size() > Material::maxSize)
        return FileError(FileError::InvalidInput, path, info.fileName() + QStringLiteral(" : ") + MaterialText::tooLarge(data.size()));
    const QString type = Material::detectType(data, info.fileName());
    if (type.isEmpty())
        return FileError(FileError::InvalidInput, path,
                         info.fileName() + QStringLiteral(" : ") +
                             MaterialText::tr("ce fichier n'est ni un PDF, ni une image PNG, JPEG ou SVG, ni un document ODP, ODT, PPTX ou DOCX."));
    if (type == QLatin1String("application/pdf") || type == QLatin1String("image/png") || type == QLatin1String("image/jpeg")) {
        QString checked;
        if (const QString reason = checkContent(data, &checked); !reason.isEmpty())
            return FileError(FileError::InvalidInput, path, info.fileName() + QStringLiteral(" : ") + reason);
    }
    out.data = data;
    out.mimeType = type;
    out.fileName = info.fileName();
    if (out.title.trimmed().isEmpty())
        out.title = info.completeBaseName().left(Material::maxTitle);
    out.seal();
    return {};
}

int pdfPageCount(const QByteArray &pdf)
{
    return std::max(0, pages(pdf, nullptr));
}

QByteArray toPdf(const Attachment &a, QString *error)
{
    if (a.isPdf())
        return a.data;
    const QImage image = QImage::fromData(a.data);
    if (image.isNull()) {
        if (error)
            *error = AttachmentText::tr("Cette image est illisible ou endommagée.");
        return {};
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(a.displayTitle());
        writer.setCreator(QStringLiteral("Kit ETP"));
        writer.setResolution(150);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(image.width() > image.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = AttachmentText::tr("La page de l'image n'a pas pu être dessinée.");
            return {};
        }
        const QRect page = painter.viewport();
        const QSize fitted = image.size().scaled(page.size(), Qt::KeepAspectRatio);
        const QRect target(page.x() + (page.width() - fitted.width()) / 2, page.y() + (page.height() - fitted.height()) / 2,
                           fitted.width(), fitted.height());
        painter.drawImage(target, image);
        painter.end();
    }
    // Its title and language like every PDF Kit ETP writes; no PDF/A claim: the image is the team's own scan.
    return PdfMetadata::apply(bytes, {a.displayTitle(), {}, {}, PdfMetadata::currentLanguage(), PdfMetadata::now(), false}, error);
}

} // namespace kitetp::PieceFile
