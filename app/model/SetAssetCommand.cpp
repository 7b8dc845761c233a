// SPDX-License-Identifier: EUPL-1.2
#include "model/SetAssetCommand.h"

#include "model/ProgrammeDocument.h"
#include "storage/AssetStore.h"

namespace kitetp {

namespace {

// An asset as one value: its type and its bytes (empty: no asset).
QVariant assetValue(const QString &mimeType, const QByteArray &data)
{
    return QVariantList{mimeType, data};
}

} // namespace

SetAssetCommand::SetAssetCommand(ProgrammeDocument *document, const QString &key, const QString &mimeType, const QByteArray &data,
                                 const QString &text)
    : SetValueCommand(
          document, CommandId::Asset, EditPlace{QString::fromLatin1(PageIds::programme), ChangeArea::Assets, 0, key},
          assetValue(AssetStore(document->file()).mimeType(key), AssetStore(document->file()).data(key)), assetValue(mimeType, data),
          [file = &document->file(), key](const QVariant &value, bool) {
              const QVariantList asset = value.toList();
              const QByteArray bytes = asset.value(1).toByteArray();
              AssetStore assets(*file);
              return bytes.isEmpty() ? assets.remove(key) : assets.set(key, asset.value(0).toString(), bytes);
          },
          text)
{
}

} // namespace kitetp
