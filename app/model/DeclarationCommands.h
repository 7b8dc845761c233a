// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Declaration.h"
#include "core/FileError.h"

#include <QUndoCommand>

namespace kitetp {

class ProgrammeDocument;

// The declaration's edits, each one undo step with a French name.
namespace DeclarationCommands {
QUndoCommand *addMember(ProgrammeDocument *document, const TeamMember &member);
QUndoCommand *editMember(ProgrammeDocument *document, const TeamMember &before, const TeamMember &after);
QUndoCommand *removeMember(ProgrammeDocument *document, const TeamMember &member);
QUndoCommand *addFunding(ProgrammeDocument *document, const Funding &funding);
QUndoCommand *editFunding(ProgrammeDocument *document, const Funding &before, const Funding &after);
QUndoCommand *removeFunding(ProgrammeDocument *document, const Funding &funding);
// Sets (or clears, with an invalid date) the one dated event of `kind`.
QUndoCommand *setDate(ProgrammeDocument *document, DeclarationEvent::Kind kind, const QDate &date);
QUndoCommand *addEvent(ProgrammeDocument *document, const DeclarationEvent &event);
// The attached pieces: `attachment` carries its data; undoing a removal or a replacement puts the old content back.
QUndoCommand *addAttachment(ProgrammeDocument *document, const Attachment &attachment);
QUndoCommand *replaceAttachment(ProgrammeDocument *document, const Attachment &before, const Attachment &after);
QUndoCommand *removeAttachment(ProgrammeDocument *document, const Attachment &attachment);
} // namespace DeclarationCommands

} // namespace kitetp
