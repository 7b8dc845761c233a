// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/SetValueCommand.h"

namespace kitetp {

// Changes one programme field (core/ProgrammeFields), on the Programme page. The new value is checked by
// FieldStore; undo puts back the old one unchecked. Edits of the same field in a row are one undo step.
class SetFieldCommand : public SetValueCommand
{
public:
    SetFieldCommand(ProgrammeDocument *document, const QString &key, const QString &newValue);
};

} // namespace kitetp
