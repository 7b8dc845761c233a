#include "model/SetFieldCommand.h"

#include "core/ProgrammeFields.h"
#include "model/ProgrammeDocument.h"
#include "storage/AssetStore.h"
#include "storage/FieldStore.h"

#include <QCoreApplication>

namespace kitetp {

SetFieldCommand::SetFieldCommand(ProgrammeDocument *document, const QString &key, const QString &newValue)
    : SetValueCommand(
          document, CommandId::ProgrammeField, EditPlace{QString::fromLatin1(PageIds::programme), ChangeArea::Fields, 0, key},
          document->field(key), newValue,
          [file = &document->file(), key](const QVariant &value, bool restoring) {
              FieldStore fields(*file);
              return restoring ? fields.restoreValue(key, value.toString()) : fields.setValue(key, value.toString());
          },
          QCoreApplication::translate("SetFieldCommand", "Modifier « %1 »").arg(ProgrammeFields::label(key)))
{
}

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
