#include "ui/SetAssetCommand.h"

#include "storage/AssetStore.h"
#include "ui/ProgrammeDocument.h"

namespace kitetp {

SetAssetCommand::SetAssetCommand(ProgrammeDocument *document, const QString &key, const QString &mimeType,
                                 const QByteArray &data, const QString &text)
    : QUndoCommand(text), m_document(document), m_key(key), m_newMime(mimeType), m_newData(data)
{
    const AssetStore assets(document->file());
    m_oldData = assets.data(key);
    m_oldMime = assets.mimeType(key);
}

void SetAssetCommand::write(const QString &mimeType, const QByteArray &data)
{
    AssetStore assets(m_document->file());
    const FileError e = data.isEmpty() ? assets.remove(m_key) : assets.set(m_key, mimeType, data);
    if (e) {
        setObsolete(true);
        m_document->reportFailure(e);
    }
}

void SetAssetCommand::redo()
{
    write(m_newMime, m_newData);
}

void SetAssetCommand::undo()
{
    write(m_oldMime, m_oldData);
}

} // namespace kitetp
