// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/EditCommand.h"

#include <functional>

namespace kitetp {

// The second shape of edit: a row inserted, updated or removed (a patient, a session, a team member...), as two
// writes through a store: redo() runs one, undo() the other. It never merges: each is one undo step.
class RowCommand : public EditCommand
{
public:
    using Write = std::function<FileError()>;
    RowCommand(ProgrammeDocument *document, CommandId id, EditPlace place, const QString &text, Write redo, Write undo);

    void redo() override;
    void undo() override;

    // The row's place once known (an insert learns its id in the first redo()).
    void placeRow(qint64 row) { setPlaceRow(row); }

private:
    Write m_redo;
    Write m_undo;
};

} // namespace kitetp
