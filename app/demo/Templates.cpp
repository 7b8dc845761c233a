#include "demo/Templates.h"

#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>

namespace kitetp::Templates {

QStringList names()
{
    return {QStringLiteral("empty")};
}

QString label(const QString &name)
{
    if (name == QLatin1String("empty"))
        return QCoreApplication::translate("Templates", "Programme vide");
    return name;
}

QString defaultTitle(const QString &name)
{
    Q_UNUSED(name)
    return QCoreApplication::translate("Templates", "Nouveau programme d'ETP");
}

FileError apply(ProgrammeFile &file, const QString &name)
{
    if (!names().contains(name))
        return FileError(FileError::InvalidInput, file.path(),
                         QCoreApplication::translate("Templates", "Modèle inconnu « %1 » (modèles : %2).")
                             .arg(name, names().join(QStringLiteral(", "))));
    return file.setMeta(QStringLiteral("template"), name);
}

} // namespace kitetp::Templates
