// SPDX-License-Identifier: EUPL-1.2
#include "model/ProgrammeDocument.h"

#include "storage/FieldStore.h"

namespace kitetp {

ProgrammeDocument::ProgrammeDocument(std::unique_ptr<ProgrammeFile> file, QObject *parent)
    : QObject(parent), m_file(std::move(file))
{
    connect(m_file.get(), &ProgrammeFile::changed, this, &ProgrammeDocument::onFileChanged);
    connect(m_file.get(), &ProgrammeFile::readFailed, this,
            [this](const FileError &error) { Q_EMIT readFailed(error.message()); });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &ProgrammeDocument::onIndexChanged);
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
    m_pushing = true;
    m_undoStack.push(command); // calls redo(); a failing command marks itself obsolete and is removed
    m_pushing = false;
    m_index = m_undoStack.index();
    return !m_lastFailed;
}

void ProgrammeDocument::reportFailure(const FileError &error)
{
    m_lastFailed = true;
    Q_EMIT writeFailed(error.message());
}

QString ProgrammeDocument::field(const QString &key) const
{
    return fields().value(key);
}

QHash<QString, QString> ProgrammeDocument::fields() const
{
    if (!m_fields)
        m_fields = FieldStore(*m_file).values();
    return *m_fields;
}

void ProgrammeDocument::onFileChanged(const Change &change)
{
    // The cache first, so that every view reading the fields in its slot reads the new values.
    if (m_fields && change.touches(ChangeArea::Fields)) {
        if (change.isWhole(ChangeArea::Fields) || change.keys(ChangeArea::Fields).isEmpty()) {
            m_fields.reset();
        } else {
            const FieldStore store(*m_file);
            for (const QString &key : change.keys(ChangeArea::Fields))
                m_fields->insert(key, store.value(key));
        }
    }
    Q_EMIT changed(change);
}

void ProgrammeDocument::onIndexChanged(int index)
{
    const int previous = std::exchange(m_index, index);
    if (m_pushing || index == previous)
        return;
    // Undo: the command now above the index was undone; redo: the one just below it was redone.
    const QUndoCommand *acted = m_undoStack.command(index < previous ? index : index - 1);
    if (const auto *edit = dynamic_cast<const EditCommand *>(acted))
        Q_EMIT revisited(edit->place());
}

} // namespace kitetp
