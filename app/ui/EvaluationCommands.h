#pragma once

#include "core/Evaluation.h"

#include <QUndoCommand>

#include <optional>

namespace kitetp {

class ProgrammeDocument;

// Changes one note of the team's analysis (evaluation_note) of one period; the actions are one note (JSON).
class SetEvaluationNoteCommand : public QUndoCommand
{
public:
    SetEvaluationNoteCommand(ProgrammeDocument *document, const QString &period, const QString &key, const QString &value);
    void redo() override;
    void undo() override;

private:
    void write(const QString &value);
    ProgrammeDocument *m_document;
    QString m_period;
    QString m_key;
    QString m_old;
    QString m_new;
};

// Adds (before empty), changes, or removes (after empty) a question of the satisfaction questionnaire.
class QuestionCommand : public QUndoCommand
{
public:
    QuestionCommand(ProgrammeDocument *document, std::optional<Question> before, std::optional<Question> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Question> &from, std::optional<Question> &to);
    ProgrammeDocument *m_document;
    std::optional<Question> m_before;
    std::optional<Question> m_after;
};

// Puts the questions in a new order, numbered 0..n-1 (whatever gaps the old positions had); undo restores the old
// positions exactly.
class ReorderQuestionsCommand : public QUndoCommand
{
public:
    ReorderQuestionsCommand(ProgrammeDocument *document, const QList<Question> &before, const QList<qint64> &order, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<Question> &positions);
    ProgrammeDocument *m_document;
    QList<Question> m_before;
    QList<Question> m_after;
};

// Adds, changes or removes a questionnaire response (with its answers).
class ResponseCommand : public QUndoCommand
{
public:
    ResponseCommand(ProgrammeDocument *document, std::optional<QuestionnaireResponse> before,
                    std::optional<QuestionnaireResponse> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<QuestionnaireResponse> &from, std::optional<QuestionnaireResponse> &to);
    ProgrammeDocument *m_document;
    std::optional<QuestionnaireResponse> m_before;
    std::optional<QuestionnaireResponse> m_after;
};

} // namespace kitetp
