// SPDX-License-Identifier: EUPL-1.2
#include "model/SetFieldCommand.h"

#include "core/ProgrammeFields.h"
#include "model/ProgrammeDocument.h"
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

} // namespace kitetp
