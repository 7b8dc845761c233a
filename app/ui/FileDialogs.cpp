// SPDX-License-Identifier: EUPL-1.2
#include "ui/FileDialogs.h"

#include "ui/Messages.h"
#include "ui/Settings.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

namespace kitetp::FileDialogs {

namespace {
// The first extension of a name filter ("Tableau CSV (*.csv)" gives "csv"); none for "Tous les fichiers (*)".
QString extensionOf(const QString &filter)
{
    static const QRegularExpression glob(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    return glob.match(filter).captured(1);
}
} // namespace

QString askOpenPath(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, Settings::lastFolder(), filter);
}

QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter, QString *selectedFilter)
{
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    QFileDialog dialog(parent, title, Settings::lastFolder(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (!name.isEmpty())
        dialog.selectFile(QDir(Settings::lastFolder()).filePath(name));
    // A name typed without its extension gets the one of the chosen type (and the overwrite question is asked for
    // the name with it).
    dialog.setDefaultSuffix(extensionOf(dialog.selectedNameFilter()));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&dialog](const QString &chosen) { dialog.setDefaultSuffix(extensionOf(chosen)); });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

void announceWritten(QWidget *parent, const QString &path)
{
    auto *box = new QMessageBox(QMessageBox::Information, QCoreApplication::translate("FileDialogs", "Fichier enregistré"),
                                QCoreApplication::translate("FileDialogs", "« %1 » est enregistré dans le dossier « %2 ».")
                                    .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("writtenNotice"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *open = box->addButton(QCoreApplication::translate("FileDialogs", "&Ouvrir"), QMessageBox::ActionRole);
    QPushButton *folder = box->addButton(QCoreApplication::translate("FileDialogs", "Ouvrir le &dossier"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Close);
    QObject::connect(open, &QPushButton::clicked, box,
                     [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())); });
    QObject::connect(folder, &QPushButton::clicked, box,
                     [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    box->show();
}

QString saveAs(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
               const QString &failureTitle, const std::function<FileError(const QString &path)> &write)
{
    QString path = askSavePath(parent, title, suggestedName, filter);
    if (path.isEmpty())
        return {};
    if (FileError e = write(path)) {
        Messages::warning(parent, failureTitle, e.message());
        return {};
    }
    announceWritten(parent, path);
    return path;
}

} // namespace kitetp::FileDialogs
