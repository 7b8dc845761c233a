#include "ui/StoreCommand.h"

#include "ui/ProgrammeDocument.h"

namespace kitetp {

StoreCommand::StoreCommand(ProgrammeDocument *document, const QString &text, Write redo, Write undo)
    : m_document(document), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

void StoreCommand::run(const Write &write)
{
    if (FileError e = write()) {
        setObsolete(true);
        m_document->reportFailure(e);
    }
}

void StoreCommand::redo()
{
    run(m_redo);
}

void StoreCommand::undo()
{
    run(m_undo);
}

} // namespace kitetp
