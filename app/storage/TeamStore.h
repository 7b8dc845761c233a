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
    // Refused (InvalidInput) when the member facilitates sessions or is named on patients' path events: their
    // history would be lost; the message says to mark them inactive instead.
    FileError remove(qint64 id);
    // Puts back a removed member with its old id, as it was (undo of a removal): not checked again, so a member
    // entered before a rule existed comes back.
    FileError insert(const TeamMember &member);
    // add() and update() refuse a member that TeamMember::check() refuses, with its reason.

    static QString area() { return QStringLiteral("team"); }

private:
    int count(const QString &countSql, qint64 id) const;
    ProgrammeFile &m_file;
};

} // namespace kitetp
