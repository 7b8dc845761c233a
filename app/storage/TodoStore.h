// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/TodoBoard.h"
#include "storage/Store.h"

#include <QDateTime>

namespace kitetp {

// What the "À faire" board needs, read from the file: the declaration's events and the evaluation calendar (from
// their stores), counts of patients per stage computed by SQL on patient_summary (never a list of every patient), this
// week's sessions and the started ones whose attendance is not recorded, the active team. Read only.
class TodoStore : public Store
{
public:
    using Store::Store;
    // `now`: local time; a session has taken place once its start is reached (SessionRules::hasStarted()).
    TodoFacts facts(const QDateTime &now = QDateTime::currentDateTime()) const;

private:
    void readPatients(TodoFacts &facts) const;
    void readSessions(TodoFacts &facts, const QDateTime &now) const;
};

} // namespace kitetp
