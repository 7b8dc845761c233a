#pragma once

#include <QUndoCommand>

namespace kitetp {

class ProgrammeDocument;

// Changes one programme field (core/ProgrammeFields): one undo step per confirmed edit.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(ProgrammeDocument *document, const QString &key, const QString &newValue);

    void redo() override;
    void undo() override;

private:
    bool write(const QString &value, bool restoring);

    ProgrammeDocument *m_document;
    QString m_key;
    QString m_oldValue;
    QString m_newValue;
};

} // namespace kitetp
