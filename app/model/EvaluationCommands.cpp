// SPDX-License-Identifier: EUPL-1.2
#include "model/EvaluationCommands.h"

#include "storage/EvaluationStore.h"
#include "storage/QuestionnaireStore.h"
#include "model/ProgrammeDocument.h"
#include "model/RowChangeCommand.h"

#include <QCoreApplication>

namespace kitetp {

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

namespace EvaluationCommands {

QUndoCommand *question(ProgrammeDocument *document, std::optional<Question> before, std::optional<Question> after, const QString &text)
{
    using Command = RowChangeCommand<Question>;
    return new Command(document, CommandId::Question, EditPlace{QString::fromLatin1(PageIds::evaluation), ChangeArea::Questionnaires, 0, {}},
                       std::move(before), std::move(after), text,
                       Command::through(&document->file(), &QuestionnaireStore::addQuestion, &QuestionnaireStore::removeQuestion,
                                        &QuestionnaireStore::updateQuestion));
}

QUndoCommand *response(ProgrammeDocument *document, std::optional<QuestionnaireResponse> before,
                       std::optional<QuestionnaireResponse> after, const QString &text)
{
    using Command = RowChangeCommand<QuestionnaireResponse>;
    return new Command(document, CommandId::Response, EditPlace{QString::fromLatin1(PageIds::evaluation), ChangeArea::Questionnaires, 0, {}},
                       std::move(before), std::move(after), text,
                       Command::through(&document->file(), &QuestionnaireStore::addResponse, &QuestionnaireStore::removeResponse,
                                        &QuestionnaireStore::updateResponse));
}

} // namespace EvaluationCommands

} // namespace kitetp
