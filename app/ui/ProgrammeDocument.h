#pragma once

#include "core/FileError.h"
#include "storage/ProgrammeFile.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

class QUndoCommand;

namespace kitetp {

// One open programme in the window: the file and its undo stack. Every edit is a command pushed here; the
// command writes to the file in its redo()/undo(), so the file on disk is always the truth. A command whose
// write fails reports it through writeFailed() and is dropped from the stack.
class ProgrammeDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProgrammeDocument(std::unique_ptr<ProgrammeFile> file, QObject *parent = nullptr);
    ~ProgrammeDocument() override;

    ProgrammeFile &file() { return *m_file; }
    const ProgrammeFile &file() const { return *m_file; }
    QUndoStack *undoStack() { return &m_undoStack; }
    bool isReadOnly() const { return m_file->isReadOnly(); }

    // Pushes `command` (taking ownership). Returns false (and reports) when the file is read-only or the
    // command's first redo() failed.
    bool push(QUndoCommand *command);

    // Commands call this when their write failed.
    void reportFailure(const FileError &error);

Q_SIGNALS:
    void writeFailed(const QString &message);
    // Forwarded from the file: some data of `area` changed (fields, guides, patients...).
    void changed(const QString &area);

private:
    std::unique_ptr<ProgrammeFile> m_file;
    QUndoStack m_undoStack;
    bool m_lastFailed = false;
};

} // namespace kitetp
