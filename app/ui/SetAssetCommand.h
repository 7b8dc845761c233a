#pragma once

#include <QByteArray>
#include <QUndoCommand>

namespace kitetp {

class ProgrammeDocument;

// Sets (or, with empty data, removes) an image kept in the programme file, such as the team's logo.
class SetAssetCommand : public QUndoCommand
{
public:
    SetAssetCommand(ProgrammeDocument *document, const QString &key, const QString &mimeType, const QByteArray &data,
                    const QString &text);
    void redo() override;
    void undo() override;

private:
    void write(const QString &mimeType, const QByteArray &data);

    ProgrammeDocument *m_document;
    QString m_key;
    QString m_oldMime;
    QByteArray m_oldData;
    QString m_newMime;
    QByteArray m_newData;
};

} // namespace kitetp
