// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/SetValueCommand.h"

#include <QByteArray>

namespace kitetp {

// Sets (or, with empty data, removes) an image kept in the programme file, such as the team's logo.
class SetAssetCommand : public SetValueCommand
{
public:
    SetAssetCommand(ProgrammeDocument *document, const QString &key, const QString &mimeType, const QByteArray &data,
                    const QString &text);
};

} // namespace kitetp
