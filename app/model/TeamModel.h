// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Team.h"

#include "core/Change.h"
#include "model/RowTableModel.h"


namespace kitetp {

class ProgrammeDocument;

// The team as an editable table. An edit becomes an undoable command; a value TeamMember::check() refuses changes
// nothing and is reported through rejected(). The table follows the changes of ChangeArea::Team row by row (including undo).
class TeamModel : public RowTableModel<TeamMember>
{
    Q_OBJECT
public:
    // Active: unticked for a member who left; kept (with the sessions and patients' steps they did) but no longer offered.
    enum Column { Name, Active, Profession, Role, Coordinator, PatientPartner, Hours, Body, Year, Certificate, Charter, Email, ColumnCount };

    explicit TeamModel(QObject *parent = nullptr);
    void reload() override;
    void apply(const Change &change) override;
    const TeamMember &member(int row) const { return m_rows.at(row); }

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Adds a new member named "Nouvel intervenant" and returns its row (-1 on failure).
    int addMember();
    void removeMember(int row);

Q_SIGNALS:
    void rejected(const QString &reason);
};

} // namespace kitetp
