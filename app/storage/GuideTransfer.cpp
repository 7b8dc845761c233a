// SPDX-License-Identifier: EUPL-1.2
#include "storage/GuideTransfer.h"

#include "core/GuideRules.h"
#include "storage/GuideStore.h"
#include "storage/MaterialStore.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace kitetp::GuideTransfer {

namespace {

QString originKey(const GuideOrigin &o)
{
    return o.programme + QLatin1Char('\x1f') + o.structure + QLatin1Char('\x1f') + o.code;
}

QString skillKey(const Skill &s)
{
    return familyToStored(s.family) + QLatin1Char('|') + s.label;
}

} // namespace

GuideBundle collect(ProgrammeFile &file, const QStringList &codes, bool withData)
{
    GuideStore store(file);
    MaterialStore materials(file);
    GuideBundle bundle;
    QSet<qint64> used;
    for (Conducteur c : store.conducteurs()) {
        if (!codes.isEmpty() && !codes.contains(c.code))
            continue;
        c.origin = materials.origin(c.id);
        for (Seance &s : c.seances) {
            s.supports = withData ? materials.withData(s.id) : materials.list(s.id);
            for (qint64 id : s.skillIds)
                used.insert(id);
        }
        bundle.conducteurs << c;
    }
    for (const Skill &s : store.skills())
        if (used.contains(s.id))
            bundle.skills << s;
    return bundle;
}

namespace {

// The materials and origin of a conducteur just added (its séances have their ids).
FileError addExtras(ProgrammeFile &file, const Conducteur &c, bool keepIds)
{
    MaterialStore materials(file);
    for (const Seance &s : c.seances)
        for (Material m : s.supports) {
            if (!keepIds)
                m.id = 0;
            m.seanceId = s.id;
            if (FileError e = materials.add(m))
                return e;
        }
    if (!c.origin.isEmpty())
        return materials.setOrigin(c.id, c.origin);
    return {};
}

} // namespace

Result import(ProgrammeFile &file, const GuideBundle &incoming, GuideExchange::Mode mode)
{
    Result result;
    if ((result.error = file.checkWritable()))
        return result;
    for (const Conducteur &c : incoming.conducteurs)
        for (const Seance &s : c.seances)
            for (const Material &m : s.supports)
                if (!m.isLink() && m.data.isEmpty()) {
                    result.error = FileError(FileError::InvalidInput, file.path(),
                                             QCoreApplication::translate("GuideTransfer", "Ce fichier de guides renvoie à des supports qu'il ne contient "
                                                                                          "pas (« %1 ») : importez le paquet .etpkit.")
                                                 .arg(m.title));
                    return result;
                }
    GuideBundle bundle = incoming;
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

    QList<Conducteur> existing = collect(file, {}, true).conducteurs;
    int next = 0;
    for (const Conducteur &c : std::as_const(existing))
        next = std::max(next, c.position + 1);
    QHash<QString, int> updatedPositions; // origin code → the place of the guide it updates
    QStringList updated;
    if (mode == GuideExchange::Mode::Replace) {
        for (const Conducteur &c : std::as_const(existing)) {
            if ((result.error = store.removeConducteur(c.id)))
                return result;
            result.removed << c;
        }
        next = 0;
    } else {
        // A later package of a guide imported before: the new version takes the old one's place.
        for (Conducteur &c : bundle.conducteurs) {
            const auto old = std::find_if(existing.begin(), existing.end(), [&c](const Conducteur &e) { return e.origin.sameGuide(c.origin); });
            if (old == existing.end())
                continue;
            if ((result.error = store.removeConducteur(old->id)))
                return result;
            updated << QCoreApplication::translate("GuideTransfer", "%1 « %2 » mis à jour (même origine : %3)")
                           .arg(old->code, old->title, c.origin.programme);
            c.code = old->code;
            updatedPositions.insert(originKey(c.origin), old->position);
            result.removed << *old;
            existing.erase(old);
        }
    }
    ImportPlan plan = GuideExchange::plan(bundle, existing, mode);
    // The plan reports each conducteur it keeps as added, in order; an update is reported as such instead.
    for (qsizetype i = plan.conducteurs.size() - 1; i >= 0; --i)
        if (!plan.conducteurs.at(i).origin.isEmpty() && updatedPositions.contains(originKey(plan.conducteurs.at(i).origin)) &&
            i < plan.report.added.size())
            plan.report.added.removeAt(i);
    for (Conducteur &c : plan.conducteurs) {
        c.id = 0;
        c.position = !c.origin.isEmpty() && updatedPositions.contains(originKey(c.origin)) ? updatedPositions.value(originKey(c.origin)) : next++;
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
        if ((result.error = addExtras(file, c, false)))
            return result;
        result.addedConducteurs << c.id;
    }
    if (!tx.commit()) {
        result.error = file.writeError({});
        return result;
    }
    result.report.added += plan.report.added;
    result.report.updated = updated;
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
    for (Conducteur c : result.removed) {
        if (FileError e = store.addConducteur(c))
            return e;
        if (FileError e = addExtras(file, c, true))
            return e;
    }
    if (!tx.commit())
        return file.writeError({});
    return {};
}

Seance withMaterials(ProgrammeFile &file, Seance seance)
{
    seance.supports = MaterialStore(file).withData(seance.id);
    return seance;
}

Conducteur withMaterials(ProgrammeFile &file, Conducteur conducteur)
{
    conducteur.origin = MaterialStore(file).origin(conducteur.id);
    for (Seance &s : conducteur.seances)
        s = withMaterials(file, s);
    return conducteur;
}

FileError addWithMaterials(ProgrammeFile &file, Seance &seance)
{
    Transaction tx(file);
    if (FileError e = GuideStore(file).addSeance(seance))
        return e;
    MaterialStore materials(file);
    for (Material &m : seance.supports) {
        m.seanceId = seance.id;
        if (FileError e = materials.add(m))
            return e;
    }
    if (!tx.commit())
        return file.writeError({});
    return {};
}

FileError addWithMaterials(ProgrammeFile &file, Conducteur &conducteur)
{
    Transaction tx(file);
    if (FileError e = GuideStore(file).addConducteur(conducteur))
        return e;
    if (FileError e = addExtras(file, conducteur, true))
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
