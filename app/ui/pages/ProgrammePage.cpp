// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/ProgrammePage.h"

#include "storage/AssetStore.h"
#include "ui/FileDialogs.h"
#include "ui/FieldBinder.h"
#include "model/ProgrammeDocument.h"
#include "model/SetAssetCommand.h"
#include "ui_programmepage.h"
#include "ui/Messages.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QMessageBox>

namespace kitetp {

ProgrammePage::ProgrammePage(QWidget *parent) : Page(parent), m_ui(new Ui::ProgrammePage)
{
    m_ui->setupUi(this);
    m_binder = new FieldBinder(this);
    connect(m_binder, &FieldBinder::invalid, this, [this](const QString &, const QString &reason) { Q_EMIT status(reason); });
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &ProgrammePage::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        if (document())
            document()->push(new SetAssetCommand(document(), AssetStore::logoKey(), {}, {}, tr("Retirer le logo")));
    });
}

ProgrammePage::~ProgrammePage() = default;

void ProgrammePage::showDocument()
{
    m_binder->setDocument(document());
    showLogo();
    if (!document()) {
        m_ui->fileInfo->clear();
        return;
    }
    const ProgrammeFile &file = document()->file();
    const QDateTime created = QDateTime::fromString(file.meta(QStringLiteral("created_at")), Qt::ISODate);
    QString info = tr("Fichier : %1 — créé le %2 avec Kit ETP %3.")
                       .arg(QFileInfo(file.path()).fileName(),
                            QLocale().toString(created.toLocalTime().date(), QLocale::LongFormat),
                            file.meta(QStringLiteral("created_with")));
    if (document()->isReadOnly())
        info += QLatin1Char(' ') + tr("Ouvert en lecture seule.");
    m_ui->fileInfo->setTextFormat(Qt::PlainText); // the file name is the user's
    m_ui->fileInfo->setText(info);
}

void ProgrammePage::followChange(const Change &change)
{
    if (change.touches(AssetStore::area()))
        showLogo();
}

void ProgrammePage::showLogo()
{
    const QByteArray data = document() ? AssetStore(document()->file()).data(AssetStore::logoKey()) : QByteArray();
    const QImage logo = QImage::fromData(data);
    if (logo.isNull())
        m_ui->logoPreview->setText(tr("Pas de logo"));
    else
        m_ui->logoPreview->setPixmap(QPixmap::fromImage(logo.scaled(160, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    const bool editable = document() && !document()->isReadOnly();
    m_ui->chooseLogoButton->setEnabled(editable);
    m_ui->removeLogoButton->setEnabled(editable && !logo.isNull());
}

QString ProgrammePage::setLogoFromFile(const QString &path)
{
    if (!document())
        return {};
    QFile file(path);
    if (QFileInfo(path).size() > AssetStore::maxSize)
        return tr("L'image est trop grande (2 Mo au plus).");
    if (!file.open(QIODevice::ReadOnly))
        return tr("Le fichier « %1 » ne peut pas être lu.").arg(QFileInfo(path).fileName());
    const QByteArray data = file.readAll();
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg" && format != "jpg")
        return tr("« %1 » n'est pas une image PNG ou JPEG.").arg(QFileInfo(path).fileName());
    if (reader.read().isNull())
        return tr("L'image « %1 » est illisible.").arg(QFileInfo(path).fileName());
    const QString mime = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    document()->push(new SetAssetCommand(document(), AssetStore::logoKey(), mime, data, tr("Changer le logo")));
    return {};
}

void ProgrammePage::chooseLogo()
{
    const QString path = FileDialogs::askOpenPath(this, tr("Choisir un logo"), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    const QString problem = setLogoFromFile(path);
    if (!problem.isEmpty())
        Messages::warning(this, tr("Logo refusé"), problem);
}

} // namespace kitetp
