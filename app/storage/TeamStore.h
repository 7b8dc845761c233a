// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "core/Team.h"
#include "storage/Store.h"

#include <QList>
#include <optional>

namespace kitetp {

// The programme's team. Changes are announced as ChangeArea::Team.
class TeamStore : public Store
{
public:
    using Store::Store;

    QList<TeamMember> members() const;
    std::optional<TeamMember> member(qint64 id) const;
    FileError add(TeamMember &member); // sets id
    FileError update(const TeamMember &member);
    // Refused (InvalidInput) when the member facilitates sessions or is named on patients' path events: their
    // history would be lost; the message says to mark them inactive instead.
    FileError remove(qint64 id);
    // Puts back a removed member with its old id, as it was (undo of a removal): not checked again, so a member
    // entered before a rule existed comes back.
    FileError insert(const TeamMember &member);
    // add() and update() refuse a member that TeamMember::check() refuses, with its reason.

    static constexpr ChangeArea area() { return ChangeArea::Team; }

private:
    int count(const QString &countSql, qint64 id) const;
};

} // namespace kitetp
