// SPDX-License-Identifier: EUPL-1.2
#include "model/SetValueCommand.h"

namespace kitetp {

SetValueCommand::SetValueCommand(ProgrammeDocument *document, CommandId id, EditPlace place, QVariant before, QVariant after,
                                 Write write, const QString &text)
    : EditCommand(document, id, std::move(place), text), m_before(std::move(before)), m_after(std::move(after)),
      m_write(std::move(write))
{
}

void SetValueCommand::redo()
{
    check(m_write(m_after, false));
}

void SetValueCommand::undo()
{
    check(m_write(m_before, true));
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetValueCommand *>(other);
    // QUndoStack::push() tries mergeWith() before it looks at isObsolete(): a refused edit must not merge.
    if (!next || next->id() != id() || !(next->place() == place()) || next->isObsolete() || isObsolete())
        return false;
    m_after = next->m_after;
    // Back where it started: the stack drops the step.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace kitetp
