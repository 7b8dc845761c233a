// SPDX-License-Identifier: EUPL-1.2
#include "storage/GuideTransfer.h"

#include "core/GuideRules.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace kitetp::GuideTransfer {

namespace {

QString skillKey(const Skill &s)
{
    return familyToStored(s.family) + QLatin1Char('|') + s.label;
}

} // namespace

GuideBundle collect(ProgrammeFile &file, const QStringList &codes)
{
    GuideStore store(file);
    GuideBundle bundle;
    QSet<qint64> used;
    for (const Conducteur &c : store.conducteurs()) {
        if (!codes.isEmpty() && !codes.contains(c.code))
            continue;
        bundle.conducteurs << c;
        for (const Seance &s : c.seances)
            for (qint64 id : s.skillIds)
                used.insert(id);
    }
    for (const Skill &s : store.skills())
        if (used.contains(s.id))
            bundle.skills << s;
    return bundle;
}

Result import(ProgrammeFile &file, const GuideBundle &bundle, GuideExchange::Mode mode)
{
    Result result;
    if ((result.error = file.checkWritable()))
        return result;
    GuideStore store(file);
    Transaction tx(file);

    // Skills: the file's ids → this programme's ids.
    QHash<QString, qint64> known;
    int position = 0;
    for (const Skill &s : store.skills()) {
        known.insert(skillKey(s), s.id);
        position = std::max(position, s.position + 1);
    }
    QHash<qint64, qint64> skillMap;
    for (Skill s : bundle.skills) {
        const qint64 fileId = s.id;
        if (!known.contains(skillKey(s))) {
            s.id = 0;
            s.position = position++;
            if ((result.error = store.addSkill(s)))
                return result;
            known.insert(skillKey(s), s.id);
            result.addedSkills << s.id;
            result.report.added << QCoreApplication::translate("GuideTransfer", "compétence « %1 » au catalogue").arg(s.label);
        }
        skillMap.insert(fileId, known.value(skillKey(s)));
    }

    const QList<Conducteur> existing = store.conducteurs();
    if (mode == GuideExchange::Mode::Replace) {
        for (const Conducteur &c : existing) {
            if ((result.error = store.removeConducteur(c.id)))
                return result;
            result.removed << c;
        }
    }
    ImportPlan plan = GuideExchange::plan(bundle, existing, mode);
    int next = 0;
    if (mode == GuideExchange::Mode::Merge)
        for (const Conducteur &c : existing)
            next = std::max(next, c.position + 1);
    for (Conducteur &c : plan.conducteurs) {
        c.id = 0;
        c.position = next++;
        for (Seance &s : c.seances) {
            s.id = 0;
            QList<qint64> ids;
            for (qint64 id : s.skillIds)
                if (skillMap.contains(id))
                    ids << skillMap.value(id);
            s.skillIds = ids;
        }
        if ((result.error = store.addConducteur(c)))
            return result;
        result.addedConducteurs << c.id;
    }
    if (!tx.commit()) {
        result.error = file.writeError({});
        return result;
    }
    result.report.added += plan.report.added;
    result.report.renamed = plan.report.renamed;
    result.report.refused = plan.report.refused;
    return result;
}

FileError revert(ProgrammeFile &file, const Result &result)
{
    GuideStore store(file);
    Transaction tx(file);
    for (qint64 id : result.addedConducteurs)
        if (FileError e = store.removeConducteur(id))
            return e;
    for (qint64 id : result.addedSkills) {
        if (store.skillInUse(id)) // a patient's objective (or a séance) adopted it since: keep it
            continue;
        if (FileError e = store.removeSkill(id))
            return e;
    }
    for (Conducteur c : result.removed)
        if (FileError e = store.addConducteur(c))
            return e;
    if (!tx.commit())
        return file.writeError({});
    return {};
}

FileError seedSkills(ProgrammeFile &file)
{
    GuideStore store(file);
    QSet<QString> present;
    for (const Skill &s : store.skills())
        present.insert(skillKey(s));
    Transaction tx(file);
    for (Skill s : GuideRules::defaultSkills())
        if (!present.contains(skillKey(s)))
            if (FileError e = store.addSkill(s))
                return e;
    if (!tx.commit())
        return file.writeError({});
    return {};
}

} // namespace kitetp::GuideTransfer
