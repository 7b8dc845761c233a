// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace kitetp {

// QUndoCommand::id() of every command: one list so that ids never collide. A value set on a keyed field
// (SetValueCommand) merges with the next edit of the same field; a row command (RowCommand) never merges.
enum class CommandId : int {
    // Values on a keyed field.
    ProgrammeField = 1000,
    Asset,
    EvaluationNote,
    DocumentTemplate,
    DeclarationDate,
    SeanceField,
    SeanceQuiz,
    // Rows inserted, updated or removed.
    Patient = 2000,
    PathEvent,
    Objective,
    Plan,
    PatientImport,
    Session,
    Attendance,
    TeamMember,
    Funding,
    DeclarationEvent,
    Conducteur,
    Seance,
    GuideOrder,
    GuideImport,
    Question,
    QuestionOrder,
    Response,
    Attachment,
    Material,
    Sending,
    QuizAnswer,
};

} // namespace kitetp
