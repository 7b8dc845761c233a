// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Attachment.h"
#include "core/Change.h"
#include "core/FileError.h"
#include "storage/Store.h"

#include <optional>

namespace kitetp {

// The pieces attached to the programme (table attachment, BLOBs). The content is checked before it comes here
// (PieceFile::read); the store checks the description, the size and the owner. Changes are announced as
// ChangeArea::Attachments.
class AttachmentStore : public Store
{
public:
    using Store::Store;

    // Every piece, by kind then owner then date, without its data.
    QList<Attachment> list() const;
    // One piece with its data.
    std::optional<Attachment> attachment(qint64 id) const;
    FileError add(Attachment &attachment);          // sets id (keeps a preset id: undo of a removal)
    FileError replace(const Attachment &attachment); // new content and description, same id
    FileError remove(qint64 id);

    static constexpr ChangeArea area() { return ChangeArea::Attachments; }
};

} // namespace kitetp
