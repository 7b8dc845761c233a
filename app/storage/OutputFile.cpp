#include "storage/OutputFile.h"

#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace kitetp {

bool OutputFile::isProgrammeFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".etp.lock")) || path.endsWith(QLatin1String(".etp-journal")))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(72);
    return header.size() == 72 && header.startsWith(QByteArray("SQLite format 3", 16)) &&
           qFromBigEndian<qint32>(header.constData() + 68) == AppInfo::applicationId;
}

bool OutputFile::open(OpenMode mode)
{
    if (isProgrammeFile(fileName())) {
        setErrorString(QCoreApplication::translate("OutputFile",
                                                   "« %1 » est un fichier de programme Kit ETP : un export ne le "
                                                   "remplace jamais. Choisissez un autre nom.")
                           .arg(QFileInfo(fileName()).fileName()));
        return false;
    }
    return QSaveFile::open(mode);
}

} // namespace kitetp
