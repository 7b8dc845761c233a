#pragma once

#include "core/Declaration.h"
#include "core/FileError.h"

#include <QUndoCommand>
#include <functional>

namespace kitetp {

class ProgrammeDocument;

// An undoable write through a store: redo() and undo() each run one store call. A failing write reports through
// ProgrammeDocument::reportFailure() and makes the command obsolete (dropped from the stack).
class StoreCommand : public QUndoCommand
{
public:
    using Write = std::function<FileError()>;
    StoreCommand(ProgrammeDocument *document, const QString &text, Write redo, Write undo);
    void redo() override;
    void undo() override;

private:
    void run(const Write &write);
    ProgrammeDocument *m_document;
    Write m_redo;
    Write m_undo;
};

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
} // namespace DeclarationCommands

} // namespace kitetp
