// SPDX-License-Identifier: EUPL-1.2
#include "demo/DemoGenerator.h"

#include "demo/DemoParts.h"

#include "core/Dates.h"
#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kitetp {

DemoGenerator::DemoGenerator(ProgrammeFile &file, const DemoOptions &options)
    : m_file(file), m_options(options), m_random(options.seed)
{
    if (m_options.lastYear == 0)
        m_options.lastYear = QDate::currentDate().year();
}

FileError DemoGenerator::fill()
{
    Transaction tx(m_file);
    if (FileError e = fillProgramme())
        return e;
    if (FileError e = fillDemoGuides(m_file, m_random, m_options))
        return e;
    if (FileError e = fillDemoTeam(m_file, m_random, m_options))
        return e;
    if (FileError e = fillDemoPatients(m_file, m_random, m_options))
        return e;
    if (FileError e = fillDemoQuizzes(m_file, m_options))
        return e;
    if (FileError e = m_file.setMeta(QStringLiteral("template"), QStringLiteral("demo")))
        return e;
    if (!tx.commit())
        return m_file.writeError({});
    return {};
}

// The programme's fields: the fictional texts of resources/demo/fields.json (field key -> text, compiled in) and
// the first day of the years asked for.
FileError DemoGenerator::fillProgramme()
{
    QFile json(QStringLiteral(":/demo/fields.json"));
    const QJsonObject texts = json.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(json.readAll()).object() : QJsonObject();
    if (texts.isEmpty()) // only a broken build lacks it
        return FileError(FileError::InvalidInput, m_file.path(),
                         QCoreApplication::translate("DemoGenerator", "Les textes du programme de démonstration manquent."));
    QHash<QString, QString> values;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        values.insert(it.key(), it.value().toString());
    values.insert(QStringLiteral("programme.start"), Dates::toStored(QDate(m_options.lastYear - m_options.years + 1, 1, 15)));
    return FieldStore(m_file).setValues(values);
}

} // namespace kitetp
