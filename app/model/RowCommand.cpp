// SPDX-License-Identifier: EUPL-1.2
#include "model/RowCommand.h"

namespace kitetp {

RowCommand::RowCommand(ProgrammeDocument *document, CommandId id, EditPlace place, const QString &text, Write redo, Write undo)
    : EditCommand(document, id, std::move(place), text), m_redo(std::move(redo)), m_undo(std::move(undo))
{
}

void RowCommand::redo()
{
    check(m_redo());
}

void RowCommand::undo()
{
    check(m_undo());
}

} // namespace kitetp
