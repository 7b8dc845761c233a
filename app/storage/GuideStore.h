// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "core/Guides.h"
#include "storage/Store.h"

#include <optional>

class QSqlQuery;

namespace kitetp {

// Workshop guides: conducteurs, their séances (with steps and skills), and the skills catalogue.
// Every write is one transaction; changes are announced as ChangeArea::Guides.
class GuideStore : public Store
{
public:
    using Store::Store;

    // All conducteurs in order, each with its séances in order (with steps and skills).
    QList<Conducteur> conducteurs() const;
    std::optional<Conducteur> conducteur(qint64 id) const;
    std::optional<Conducteur> conducteurByCode(const QString &code) const;
    std::optional<Seance> seance(qint64 id) const;
    std::optional<Seance> seanceByCode(const QString &code) const;
    // Séances of every conducteur, in order, without loading steps (lists, pickers).
    QList<Seance> seancesBrief() const;

    // Adding with id 0 gives a new id; a non-zero id is kept (undo restores what it removed with the same ids).
    FileError addConducteur(Conducteur &conducteur);   // sets id (and its séances')
    FileError updateConducteur(const Conducteur &conducteur); // code, title, description, position
    // With its séances; refused when the calendar uses them or a patient's personalised programme plans one.
    FileError removeConducteur(qint64 id);
    FileError reorderConducteurs(const QList<qint64> &ids); // positions 0..n-1 in that order

    FileError addSeance(Seance &seance);                // sets id
    FileError updateSeance(const Seance &seance);       // every field, steps and skills replaced
    FileError removeSeance(qint64 id);                  // refused when the calendar or a patient's plan uses it
    // Puts the séance in `conducteurId` and numbers that conducteur's séances in the order of `order`.
    FileError moveSeance(qint64 seanceId, qint64 conducteurId, const QList<qint64> &order);

    QList<Skill> skills() const;
    FileError addSkill(Skill &skill);                   // id 0: new id; otherwise kept
    FileError removeSkill(qint64 id);
    // True when a patient's objective or a séance names the skill (removing it would blank them).
    bool skillInUse(qint64 id) const;

    static constexpr ChangeArea area() { return ChangeArea::Guides; }

private:
    QList<Seance> loadSeances(const QString &where, const QVariantList &values, bool withDetails) const;
    FileError writeSeanceDetails(QSqlQuery &query, const Seance &seance);
    // One statement on a row with a unique code: a code already used is refused with a message naming it.
    FileError writeUnique(const Change &change, const QString &sql, const QVariantList &values, const QString &code);
    // Removes a conducteur or a séance (`deleteSql`); refused while sessions of the calendar (`scheduledSql`) or
    // patients' personalised programmes (`plannedSql`, then `planned`: a QT_TRANSLATE_N_NOOP message with %n) use it.
    FileError removeUnused(qint64 id, const QString &scheduledSql, const QString &plannedSql, const char *planned,
                           const QString &deleteSql);
    int count(const QString &countSql, qint64 id) const;
};

} // namespace kitetp
