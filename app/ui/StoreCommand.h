#pragma once

#include "core/FileError.h"

#include <QUndoCommand>

#include <functional>

namespace kitetp {

class ProgrammeDocument;

// An undoable edit made of two writes through a store: redo() and undo() each call one and report a failure to
// the document (the command is then dropped). The patients and sessions rooms build their commands with it
// (PatientCommands.h), each with its French name.
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

} // namespace kitetp
