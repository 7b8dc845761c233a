// SPDX-License-Identifier: EUPL-1.2
#include "demo/Templates.h"

#include "core/GuideExchange.h"
#include "core/ProgrammeFields.h"
#include "storage/FieldStore.h"
#include "storage/GuideTransfer.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QFile>

namespace kitetp::Templates {

QStringList names()
{
    return {QStringLiteral("empty"), QStringLiteral("oncoplet")};
}

QString label(const QString &name)
{
    if (name == QLatin1String("empty"))
        return QCoreApplication::translate("Templates", "Programme vide");
    if (name == QLatin1String("oncoplet"))
        return QCoreApplication::translate("Templates", "ONCOPLET — traitements anticancéreux oraux (3 conducteurs, 8 séances)");
    return name;
}

QString defaultTitle(const QString &name)
{
    if (name == QLatin1String("oncoplet"))
        return QCoreApplication::translate("Templates", "Programme d'ETP — traitements anticancéreux oraux (ONCOPLET)");
    return QCoreApplication::translate("Templates", "Nouveau programme d'ETP");
}

std::optional<GuideBundle> guides(const QString &name, QString *error)
{
    QFile f(QStringLiteral(":/templates/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Templates", "Le modèle « %1 » n'a pas de guides.").arg(name);
        return std::nullopt;
    }
    return GuideExchange::parse(f.readAll(), error);
}

FileError apply(ProgrammeFile &file, const QString &name)
{
    if (!names().contains(name))
        return FileError(FileError::InvalidInput, file.path(),
                         QCoreApplication::translate("Templates", "Modèle inconnu « %1 » (modèles : %2).")
                             .arg(name, names().join(QStringLiteral(", "))));
    Transaction tx(file);
    if (FileError e = GuideTransfer::seedSkills(file))
        return e;
    if (name == QLatin1String("oncoplet")) {
        QString error;
        const auto bundle = guides(name, &error);
        if (!bundle)
            return FileError(FileError::InvalidInput, file.path(), error);
        if (FileError e = GuideTransfer::import(file, *bundle, GuideExchange::Mode::Merge).error)
            return e;
    }
    if (FileError e = file.setMeta(QStringLiteral("template"), name))
        return e;
    if (!tx.commit())
        return file.writeError({});
    return {};
}

ProgrammeFile::OpenResult create(const QString &path, const QString &name, const QString &title)
{
    return ProgrammeFile::create(path, [&](ProgrammeFile &file) {
        if (FileError error = apply(file, name))
            return error;
        return FieldStore(file).setValue(ProgrammeFields::title(), title);
    });
}

} // namespace kitetp::Templates
