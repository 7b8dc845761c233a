// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Patients.h"
#include "storage/PatientCsv.h"

#include <optional>

class QUndoCommand;

namespace kitetp {

class ProgrammeDocument;
class Progress;

// The undoable edits of the patients and sessions rooms, each a RowCommand (a letter template: a SetValueCommand) with its French name. The caller
// checks the rules (core/PatientPath, core/SessionRules) before building one, then pushes it on the document.
namespace PatientCommands {

QUndoCommand *addPatient(ProgrammeDocument *doc, const Patient &patient);
QUndoCommand *editPatient(ProgrammeDocument *doc, const Patient &before, const Patient &after);
QUndoCommand *removePatient(ProgrammeDocument *doc, qint64 patientId);

// Adding an exit also sets the patient's status to the reason; removing it puts "active" back.
QUndoCommand *addEvent(ProgrammeDocument *doc, const PathEvent &event);
QUndoCommand *editEvent(ProgrammeDocument *doc, const PathEvent &before, const PathEvent &after);
QUndoCommand *removeEvent(ProgrammeDocument *doc, const PathEvent &event);

QUndoCommand *addObjective(ProgrammeDocument *doc, const Objective &objective);
QUndoCommand *editObjective(ProgrammeDocument *doc, const Objective &before, const Objective &after);
QUndoCommand *removeObjective(ProgrammeDocument *doc, const Objective &objective);

QUndoCommand *setPlan(ProgrammeDocument *doc, qint64 patientId, const QList<qint64> &before, const QList<qint64> &after);
// Imports the CSV at `path` streamed, in one transaction (PatientCsv::importFile); `accepted` is the number of rows
// its check accepted: a file that changed since imports nothing. Refused lines are skipped (the window asked the user,
// "importer les lignes valides", before pushing it). Undo removes the patients it added; redo reads the
// file again. `progress`, when given, follows the first import (and may cancel it: nothing is then imported).
QUndoCommand *importPatients(ProgrammeDocument *doc, const QString &path, const QDate &today, int accepted,
                             Progress *progress = nullptr);
QUndoCommand *setTemplate(ProgrammeDocument *doc, const QString &key, const QString &before, const QString &after);

QUndoCommand *addSession(ProgrammeDocument *doc, const Session &session);
// Refuses (FileError::InvalidInput, SessionRules::checkReschedule) to move a session holding recorded attendance to
// a time still to come.
QUndoCommand *editSession(ProgrammeDocument *doc, const Session &before, const Session &after);
// The same edit, named for what moved: "Déplacer C1S2 du mar. 3 mars 14:00 au jeu. 5 mars 14:00" (`label`: the séance).
QUndoCommand *moveSession(ProgrammeDocument *doc, const Session &before, const Session &after, const QString &label);
QUndoCommand *removeSession(ProgrammeDocument *doc, qint64 sessionId);
// `before` empty: the patient was not enrolled (undo removes the enrolment).
QUndoCommand *setAttendance(ProgrammeDocument *doc, const Attendance &after, std::optional<Attendance::Status> before);
QUndoCommand *removeAttendance(ProgrammeDocument *doc, const Attendance &attendance);

} // namespace PatientCommands
} // namespace kitetp
