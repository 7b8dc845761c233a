#include "ui/EvaluationCommands.h"

#include "storage/EvaluationStore.h"
#include "storage/QuestionnaireStore.h"
#include "ui/ProgrammeDocument.h"

#include <QCoreApplication>

namespace kitetp {

SetEvaluationNoteCommand::SetEvaluationNoteCommand(ProgrammeDocument *document, const QString &period, const QString &key,
                                                   const QString &value)
    : m_document(document), m_period(period), m_key(key), m_new(value)
{
    m_old = EvaluationStore(document->file()).note(period, key);
    setText(QCoreApplication::translate("EvaluationCommands", "Modifier « %1 » (%2)").arg(EvaluationNotes::label(key), period));
}

void SetEvaluationNoteCommand::write(const QString &value)
{
    if (FileError e = EvaluationStore(m_document->file()).setNote(m_period, m_key, value)) {
        setObsolete(true);
        m_document->reportFailure(e);
    }
}

void SetEvaluationNoteCommand::redo() { write(m_new); }
void SetEvaluationNoteCommand::undo() { write(m_old); }

QuestionCommand::QuestionCommand(ProgrammeDocument *document, std::optional<Question> before, std::optional<Question> after,
                                 const QString &text)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

// Makes the file hold `to` instead of `from`; an added question keeps its id for the next redo.
void QuestionCommand::apply(const std::optional<Question> &from, std::optional<Question> &to)
{
    QuestionnaireStore store(m_document->file());
    FileError e;
    if (!from && to)
        e = store.addQuestion(*to);
    else if (from && !to)
        e = store.removeQuestion(from->id);
    else if (from && to)
        e = store.updateQuestion(*to);
    if (e) {
        setObsolete(true);
        m_document->reportFailure(e);
    }
}

void QuestionCommand::redo() { apply(m_before, m_after); }
void QuestionCommand::undo() { apply(m_after, m_before); }

ReorderQuestionsCommand::ReorderQuestionsCommand(ProgrammeDocument *document, const QList<Question> &before,
                                                 const QList<qint64> &order, const QString &text)
    : m_document(document), m_before(before)
{
    setText(text);
    for (qsizetype i = 0; i < order.size(); ++i)
        for (Question q : before)
            if (q.id == order.at(i)) {
                q.position = int(i);
                m_after << q;
            }
}

void ReorderQuestionsCommand::apply(const QList<Question> &positions)
{
    if (FileError e = QuestionnaireStore(m_document->file()).setPositions(positions)) {
        setObsolete(true);
        m_document->reportFailure(e);
    }
}

void ReorderQuestionsCommand::redo() { apply(m_after); }
void ReorderQuestionsCommand::undo() { apply(m_before); }

ResponseCommand::ResponseCommand(ProgrammeDocument *document, std::optional<QuestionnaireResponse> before,
                                 std::optional<QuestionnaireResponse> after, const QString &text)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void ResponseCommand::apply(const std::optional<QuestionnaireResponse> &from, std::optional<QuestionnaireResponse> &to)
{
    QuestionnaireStore store(m_document->file());
    FileError e;
    if (!from && to)
        e = store.addResponse(*to);
    else if (from && !to)
        e = store.removeResponse(from->id);
    else if (from && to)
        e = store.updateResponse(*to);
    if (e) {
        setObsolete(true);
        m_document->reportFailure(e);
    }
}

void ResponseCommand::redo() { apply(m_before, m_after); }
void ResponseCommand::undo() { apply(m_after, m_before); }

} // namespace kitetp
