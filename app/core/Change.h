// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFlags>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>

namespace kitetp {

// The parts of a programme a write can touch. A store names its area when it writes; views listen for the areas
// they show (ProgrammeFile::changed, ProgrammeDocument::changed).
enum class ChangeArea : quint32 {
    Fields = 0x1,         // programme_field (rows named by key)
    Guides = 0x2,         // conducteurs, séances, steps (rows: the conducteur or séance id written)
    Team = 0x4,           // team_member
    Declaration = 0x8,    // funding, structures, declaration events
    Patients = 0x10,      // patients and their path (rows: patient ids)
    Sessions = 0x20,      // group sessions and attendance (rows: session ids)
    Questionnaires = 0x40,
    Evaluation = 0x80,    // evaluation notes and actions
    Assets = 0x100,       // images kept in the file (rows named by key)
    Templates = 0x200,    // document templates (letters)
    Attachments = 0x400,  // the pieces attached to the declaration (rows: attachment ids)
    Directory = 0x800,    // a regional directory's cards (a .etpannuaire file; rows: card ids)
};
Q_DECLARE_FLAGS(ChangeAreas, ChangeArea)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeAreas)

// What one committed write changed: the areas, and for each area either the rows touched (ids, or keys for the
// key/value areas) or "the whole area" when a write cannot name them (an import, a bulk update). Changes made in
// one transaction are merged and announced once, after the outermost commit.
class Change
{
public:
    Change() = default;
    // The whole area.
    explicit Change(ChangeArea area);
    // These rows of the area (ids).
    Change(ChangeArea area, const QList<qint64> &rows);
    // These keys of a key/value area (fields, assets).
    Change(ChangeArea area, const QStringList &keys);

    ChangeAreas areas() const { return m_areas; }
    bool isEmpty() const { return m_areas == ChangeAreas(); }
    bool touches(ChangeAreas areas) const { return (m_areas & areas) != ChangeAreas(); }
    // True when the area changed without naming its rows: a view must reload all of it.
    bool isWhole(ChangeArea area) const { return m_whole.testFlag(area); }
    QList<qint64> rows(ChangeArea area) const { return m_rows.value(area); }
    QStringList keys(ChangeArea area) const { return m_keys.value(area); }

    void merge(const Change &other);

private:
    ChangeAreas m_areas;
    ChangeAreas m_whole;
    QMap<ChangeArea, QList<qint64>> m_rows;
    QMap<ChangeArea, QStringList> m_keys;
};

} // namespace kitetp

Q_DECLARE_METATYPE(kitetp::Change)
