// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Patients.h"

#include <QList>
#include <QSqlQuery>

namespace kitetp {

class ProgrammeFile;

// Every patient with their path as the patients CSV carries it, in code order, one patient at a time: four queries
// read side by side for the whole programme instead of four per patient, and only one patient in memory (the export
// of 100,000 patients). Events carry their kind, date and reason; objectives their label and result (no ids, no notes).
class PatientPathReader
{
public:
    struct Entry
    {
        Patient patient;
        QList<PathEvent> events;     // by date
        QList<Objective> objectives; // in the order they were added
        QList<qint64> plan;          // séance ids
        int present = 0;             // sessions attended
    };

    explicit PatientPathReader(ProgrammeFile &file);
    // The next patient; false after the last one.
    bool next(Entry &entry);

private:
    QSqlQuery m_patients, m_events, m_objectives, m_plan;
    bool m_hasEvent = false, m_hasObjective = false, m_hasPlan = false;
};

} // namespace kitetp
