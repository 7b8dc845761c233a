// SPDX-License-Identifier: EUPL-1.2
#include "model/QuizCommands.h"

#include "model/ProgrammeDocument.h"
#include "storage/QuizStore.h"

#include <QCoreApplication>

namespace kitetp {

namespace {
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(QuizCommands)
};
} // namespace

EditQuizCommand::EditQuizCommand(ProgrammeDocument *document, qint64 seanceId, const QString &seanceCode, const Quiz &before,
                                 const Quiz &after, const QString &what)
    : GuideCommand(document, CommandId::SeanceQuiz, seanceId), m_seanceId(seanceId), m_before(before), m_after(after), m_what(what)
{
    setText(CommandText::tr("Quiz de la séance « %1 » : %2").arg(seanceCode, what));
}

void EditQuizCommand::redo()
{
    check(QuizStore(m_document->file()).setQuiz(m_seanceId, m_after));
}

void EditQuizCommand::undo()
{
    check(QuizStore(m_document->file()).setQuiz(m_seanceId, m_before));
}

bool EditQuizCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack::push() tries mergeWith() before it looks at isObsolete(): a refused edit must not merge.
    const auto *o = dynamic_cast<const EditQuizCommand *>(other);
    if (!o || o->isObsolete() || isObsolete() || o->m_seanceId != m_seanceId || o->m_what != m_what)
        return false;
    m_after = o->m_after;
    return true;
}

QuizAnswerCommand::QuizAnswerCommand(ProgrammeDocument *document, std::optional<QuizAnswer> before, std::optional<QuizAnswer> after,
                                     const QString &seanceCode)
    : EditCommand(document, CommandId::QuizAnswer,
                  EditPlace{QString::fromLatin1(PageIds::sessions), ChangeArea::Sessions, (after ? after : before).value_or(QuizAnswer()).sessionId, {}},
                  !after ? CommandText::tr("Effacer les réponses au quiz (%1)").arg(seanceCode)
                         : CommandText::tr("Saisir les réponses au quiz (%1, %2)")
                               .arg(seanceCode, QuizRules::momentLabel(after->moment).toLower())),
      m_before(std::move(before)), m_after(std::move(after))
{
}

bool QuizAnswerCommand::write(const std::optional<QuizAnswer> &from, std::optional<QuizAnswer> &to, bool score)
{
    QuizStore store(m_document->file());
    if (!to) {
        const QuizAnswer &gone = *from;
        return check(store.remove(gone.sessionId, gone.patientId, gone.moment));
    }
    return check(score ? store.record(*to) : store.restore(*to));
}

void QuizAnswerCommand::redo()
{
    // The first redo scores the answers; later ones write back that score (the quiz may have changed since).
    static_cast<void>(write(m_before, m_after, !m_after || m_after->questions == 0));
}

void QuizAnswerCommand::undo()
{
    static_cast<void>(write(m_after, m_before, false));
}

} // namespace kitetp
