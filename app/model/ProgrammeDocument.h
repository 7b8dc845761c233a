// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "model/EditCommand.h"
#include "storage/ProgrammeFile.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

class QUndoCommand;

namespace kitetp {

// One open programme, for the window and the command line: the file and its undo stack. Every edit is a command
// pushed here; the command writes to the file in its redo()/undo(), so the file on disk is always the truth. A
// command whose write fails reports it through writeFailed() and is dropped from the stack.
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

    // The programme fields (core/ProgrammeFields), read once and then kept up to date by the changes: only the
    // keys a change names are read again. The field editors, the window's title and SetFieldCommand read them here.
    QString field(const QString &key) const;
    QHash<QString, QString> fields() const;

Q_SIGNALS:
    void writeFailed(const QString &message);
    // Forwarded from the file, once per committed write: the areas and rows that changed.
    void changed(const kitetp::Change &change);
    // Forwarded from the file: a read failed (the view shows less than the file holds).
    void readFailed(const QString &message);
    // After an undo or a redo (not a first push): where that edit acts, so the window can show it.
    void revisited(const kitetp::EditPlace &place);

private:
    void onFileChanged(const Change &change);
    void onIndexChanged(int index);

    std::unique_ptr<ProgrammeFile> m_file;
    QUndoStack m_undoStack;
    bool m_lastFailed = false;
    bool m_pushing = false;
    int m_index = 0;
    mutable std::optional<QHash<QString, QString>> m_fields;
};

} // namespace kitetp
