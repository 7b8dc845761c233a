// SPDX-License-Identifier: EUPL-1.2
#include "model/EditCommand.h"

#include "model/ProgrammeDocument.h"

namespace kitetp {

EditCommand::EditCommand(ProgrammeDocument *document, CommandId id, EditPlace place, const QString &text)
    : QUndoCommand(text), m_document(document), m_id(id), m_place(std::move(place))
{
}

bool EditCommand::check(const FileError &error)
{
    if (!error)
        return true;
    setObsolete(true);
    m_document->reportFailure(error);
    return false;
}

} // namespace kitetp
