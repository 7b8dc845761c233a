// SPDX-License-Identifier: EUPL-1.2
#include "storage/InputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kitetp::InputFile {

QString refusal(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("InputFile", "« %1 » est introuvable.").arg(path);
    if (!info.isFile())
        return QCoreApplication::translate("InputFile", "« %1 » n'est pas un fichier ordinaire (un dossier, un "
                                                        "périphérique ou un tube) : choisissez un fichier.")
            .arg(path);
    return {};
}

QByteArray read(const QString &path, qint64 maxBytes, QString *error, bool *tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    if (const QString why = refusal(path); !why.isEmpty()) {
        *error = why;
        return {};
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("InputFile", "Impossible de lire « %1 » : %2").arg(path, in.errorString());
        return {};
    }
    // Read one byte more than allowed: a file growing while it is read is still caught.
    QByteArray bytes = in.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        if (tooLarge)
            *tooLarge = true;
        *error = QCoreApplication::translate("InputFile", "« %1 » dépasse la taille permise (%2 Mo).")
                     .arg(path)
                     .arg(maxBytes / (qint64(1024) * 1024));
        return {};
    }
    if (in.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("InputFile", "Impossible de lire « %1 » : %2").arg(path, in.errorString());
        return {};
    }
    return bytes;
}

} // namespace kitetp::InputFile
