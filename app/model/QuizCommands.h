// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Quiz.h"
#include "model/EditCommand.h"
#include "model/GuideCommands.h"

#include <optional>

namespace kitetp {

class ProgrammeDocument;

// Changes the quiz of a séance (questions added, edited, removed, moved; the draft mark), written through
// QuizStore::setQuiz. `what` names the edit ("Ajouter une question", "Modifier la question 2"...); successive edits
// with the same `what` on the same séance (typing in one question's text) merge into one undo step.
class EditQuizCommand : public GuideCommand
{
public:
    EditQuizCommand(ProgrammeDocument *document, qint64 seanceId, const QString &seanceCode, const Quiz &before,
                    const Quiz &after, const QString &what);
    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    qint64 m_seanceId;
    Quiz m_before;
    Quiz m_after;
    QString m_what;
};

// Records (after set), changes or removes (after empty) a patient's quiz answers at one session and moment; undo
// puts back what was there, with its score as it was. On the Séances page, the session's row.
class QuizAnswerCommand : public EditCommand
{
public:
    QuizAnswerCommand(ProgrammeDocument *document, std::optional<QuizAnswer> before, std::optional<QuizAnswer> after,
                      const QString &seanceCode);
    void redo() override;
    void undo() override;
    // The answer as recorded by the last redo (its score), if any.
    const std::optional<QuizAnswer> &recorded() const { return m_after; }

private:
    bool write(const std::optional<QuizAnswer> &from, std::optional<QuizAnswer> &to, bool score);
    std::optional<QuizAnswer> m_before;
    std::optional<QuizAnswer> m_after;
};

} // namespace kitetp
