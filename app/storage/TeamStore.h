#pragma once

#include "core/FileError.h"
#include "core/Team.h"

#include <QList>
#include <optional>

namespace kitetp {

class ProgrammeFile;

// The programme's team. Changes are announced as area "team".
class TeamStore
{
public:
    explicit TeamStore(ProgrammeFile &file) : m_file(file) {}

    QList<TeamMember> members() const;
    std::optional<TeamMember> member(qint64 id) const;
    FileError add(TeamMember &member); // sets id
    FileError update(const TeamMember &member);
    FileError remove(qint64 id);
    // Puts back a removed member with its old id (undo of a removal).
    FileError insert(const TeamMember &member);
    // add(), update() and insert() refuse a member that TeamMember::check() refuses, with its reason.

    static QString area() { return QStringLiteral("team"); }

private:
    ProgrammeFile &m_file;
};

} // namespace kitetp
