// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QWidget;

namespace kitetp {

class ProgrammeDocument;

// A session dropped on another slot of the calendar: the same checks as the session dialog, then one undoable
// command. An invalid start is refused with the rule's message; recorded attendance is never moved to a time
// still to come (SessionRules::checkReschedule: refused, with a message saying what to do); a conflict
// (place, facilitator, patient) is asked about, "Non" by default.
class SessionMove
{
    Q_DECLARE_TR_FUNCTIONS(SessionMove)
public:
    // What happened, for the status bar.
    static QString run(QWidget *parent, ProgrammeDocument &document, qint64 sessionId,
                       const QDateTime &start);
};

} // namespace kitetp
