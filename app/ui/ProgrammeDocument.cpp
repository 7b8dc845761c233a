#include "ui/ProgrammeDocument.h"

namespace kitetp {

ProgrammeDocument::ProgrammeDocument(std::unique_ptr<ProgrammeFile> file, QObject *parent)
    : QObject(parent), m_file(std::move(file))
{
    connect(m_file.get(), &ProgrammeFile::changed, this, &ProgrammeDocument::changed);
}

ProgrammeDocument::~ProgrammeDocument()
{
    m_undoStack.clear(); // commands refer to the file: delete them first
}

bool ProgrammeDocument::push(QUndoCommand *command)
{
    if (FileError e = m_file->checkWritable()) {
        delete command;
        reportFailure(e);
        return false;
    }
    m_lastFailed = false;
    m_undoStack.push(command); // calls redo(); a failing command marks itself obsolete and is removed
    return !m_lastFailed;
}

void ProgrammeDocument::reportFailure(const FileError &error)
{
    m_lastFailed = true;
    Q_EMIT writeFailed(error.message());
}

} // namespace kitetp
