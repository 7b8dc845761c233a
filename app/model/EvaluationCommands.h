// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Evaluation.h"
#include "model/SetValueCommand.h"

#include <optional>

namespace kitetp {

class ProgrammeDocument;

// Changes one note of the team's analysis (evaluation_note) of one period; the actions are one note (JSON).
class SetEvaluationNoteCommand : public SetValueCommand
{
public:
    SetEvaluationNoteCommand(ProgrammeDocument *document, const QString &period, const QString &key, const QString &value);
};

// Puts the questions in a new order, numbered 0..n-1 (whatever gaps the old positions had); undo restores the old
// positions exactly.
class ReorderQuestionsCommand : public EditCommand
{
public:
    ReorderQuestionsCommand(ProgrammeDocument *document, const QList<Question> &before, const QList<qint64> &order, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<Question> &positions);
    QList<Question> m_before;
    QList<Question> m_after;
};

namespace EvaluationCommands {
// Adds (before empty), changes, or removes (after empty) a question of the satisfaction questionnaire.
QUndoCommand *question(ProgrammeDocument *document, std::optional<Question> before, std::optional<Question> after, const QString &text);
// Adds, changes or removes a questionnaire response (with its answers).
QUndoCommand *response(ProgrammeDocument *document, std::optional<QuestionnaireResponse> before,
                       std::optional<QuestionnaireResponse> after, const QString &text);
} // namespace EvaluationCommands

} // namespace kitetp
