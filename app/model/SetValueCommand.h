// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/EditCommand.h"

#include <QVariant>

#include <functional>

namespace kitetp {

// The first shape of edit: a value set on a keyed field (a programme field, a logo, a note, a letter template, a
// declaration date). redo() writes the new value, undo() puts back the old one (`restoring`: no check of yesterday's
// value against today's rules). The next edit of the same field merges into this one, so a field edited several
// times in a row is one undo step; coming back to the old value leaves nothing to undo.
class SetValueCommand : public EditCommand
{
public:
    using Write = std::function<FileError(const QVariant &value, bool restoring)>;
    SetValueCommand(ProgrammeDocument *document, CommandId id, EditPlace place, QVariant before, QVariant after, Write write,
                    const QString &text);

    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand *other) override;

    const QVariant &before() const { return m_before; }
    const QVariant &after() const { return m_after; }

private:
    QVariant m_before;
    QVariant m_after;
    Write m_write;
};

} // namespace kitetp
