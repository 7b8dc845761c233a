#include "model/EvaluationCommands.h"

#include "storage/EvaluationStore.h"
#include "storage/QuestionnaireStore.h"
#include "model/ProgrammeDocument.h"

#include <QCoreApplication>

namespace kitetp {

namespace {

// Makes the file hold `to` instead of `from`: added (no `from`), removed (no `to`) or changed. An added row keeps
// the id the store gave it, so that the next redo puts it back with the same id.
template<typename T, typename Add, typename Remove, typename Update>
FileError applyRow(const std::optional<T> &from, std::optional<T> &to, Add add, Remove remove, Update update)
{
    if (!from && to)
        return add(*to);
    if (from && !to)
        return remove(from->id);
    if (from && to)
        return update(*to);
    return {};
}

} // namespace

SetEvaluationNoteCommand::SetEvaluationNoteCommand(ProgrammeDocument *document, const QString &period, const QString &key,
                                                   const QString &value)
    : SetValueCommand(
          document, CommandId::EvaluationNote,
          EditPlace{QString::fromLatin1(PageIds::evaluation), ChangeArea::Evaluation, 0, period + QLatin1Char('/') + key},
          EvaluationStore(document->file()).note(period, key), value,
          [file = &document->file(), period, key](const QVariant &note, bool) {
              return EvaluationStore(*file).setNote(period, key, note.toString());
          },
          QCoreApplication::translate("EvaluationCommands", "Modifier « %1 » (%2)").arg(EvaluationNotes::label(key), period))
{
}

QuestionCommand::QuestionCommand(ProgrammeDocument *document, std::optional<Question> before, std::optional<Question> after,
                                 const QString &text)
    : EditCommand(document, CommandId::Question,
                  EditPlace{QString::fromLatin1(PageIds::evaluation), ChangeArea::Questionnaires, (after ? after : before).value_or(Question()).id, {}},
                  text),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void QuestionCommand::apply(const std::optional<Question> &from, std::optional<Question> &to)
{
    QuestionnaireStore store(m_document->file());
    check(applyRow(from, to, [&store](Question &q) { return store.addQuestion(q); },
                   [&store](qint64 id) { return store.removeQuestion(id); }, [&store](const Question &q) { return store.updateQuestion(q); }));
}

void QuestionCommand::redo() { apply(m_before, m_after); }
void QuestionCommand::undo() { apply(m_after, m_before); }

ReorderQuestionsCommand::ReorderQuestionsCommand(ProgrammeDocument *document, const QList<Question> &before,
                                                 const QList<qint64> &order, const QString &text)
    : EditCommand(document, CommandId::QuestionOrder, EditPlace{QString::fromLatin1(PageIds::evaluation), ChangeArea::Questionnaires, 0, {}},
                  text),
      m_before(before)
{
    for (qsizetype i = 0; i < order.size(); ++i)
        for (Question q : before)
            if (q.id == order.at(i)) {
                q.position = int(i);
                m_after << q;
            }
}

void ReorderQuestionsCommand::apply(const QList<Question> &positions)
{
    check(QuestionnaireStore(m_document->file()).setPositions(positions));
}

void ReorderQuestionsCommand::redo() { apply(m_after); }
void ReorderQuestionsCommand::undo() { apply(m_before); }

ResponseCommand::ResponseCommand(ProgrammeDocument *document, std::optional<QuestionnaireResponse> before,
                                 std::optional<QuestionnaireResponse> after, const QString &text)
    : EditCommand(document, CommandId::Response,
                  EditPlace{QString::fromLatin1(PageIds::evaluation), ChangeArea::Questionnaires, (after ? after : before).value_or(QuestionnaireResponse()).id, {}},
                  text),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void ResponseCommand::apply(const std::optional<QuestionnaireResponse> &from, std::optional<QuestionnaireResponse> &to)
{
    QuestionnaireStore store(m_document->file());
    check(applyRow(from, to, [&store](QuestionnaireResponse &r) { return store.addResponse(r); },
                   [&store](qint64 id) { return store.removeResponse(id); },
                   [&store](const QuestionnaireResponse &r) { return store.updateResponse(r); }));
}

void ResponseCommand::redo() { apply(m_before, m_after); }
void ResponseCommand::undo() { apply(m_after, m_before); }

} // namespace kitetp
