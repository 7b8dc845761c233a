#include "demo/DemoGenerator.h"

#include "demo/DemoParts.h"

#include "core/Dates.h"
#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"

#include <QDate>

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
    if (FileError e = m_file.setMeta(QStringLiteral("template"), QStringLiteral("demo")))
        return e;
    if (!tx.commit())
        return m_file.writeError({});
    return {};
}

FileError DemoGenerator::fillProgramme()
{
    const QDate start(m_options.lastYear - m_options.years + 1, 1, 15);
    FieldStore fields(m_file);
    return fields.setValues({
        {QStringLiteral("programme.title"), QStringLiteral("Programme de démonstration — traitements anticancéreux oraux")},
        {QStringLiteral("programme.summary"),
         QStringLiteral("Programme fictif créé par Kit ETP pour essayer l'application. "
                        "Toutes les personnes et tous les lieux sont inventés.")},
        {QStringLiteral("programme.condition"), QStringLiteral("Cancers traités par thérapie orale")},
        {QStringLiteral("programme.start"), Dates::toStored(start)},
        {QStringLiteral("structure.name"), QStringLiteral("Centre hospitalier fictif de Belleville-sur-Loire")},
        {QStringLiteral("structure.finess"), QStringLiteral("000000000")},
        {QStringLiteral("structure.status"), QStringLiteral("Établissement public de santé (fictif)")},
        {QStringLiteral("structure.address"), QStringLiteral("1 rue Imaginaire\n99999 Belleville-sur-Loire")},
        {QStringLiteral("structure.places"), QStringLiteral("Hôpital de jour d'oncologie, salle d'éducation")},
        {QStringLiteral("contact.name"), QStringLiteral("Camille Exemple (fictive)")},
        {QStringLiteral("contact.role"), QStringLiteral("Infirmière coordinatrice")},
        {QStringLiteral("contact.phone"), QStringLiteral("01 00 00 00 00")},
        {QStringLiteral("contact.email"), QStringLiteral("etp@exemple.invalid")},
    });
}

} // namespace kitetp
