// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "model/CommandIds.h"

#include <QUndoCommand>

namespace kitetp {

class ProgrammeDocument;

// The pages of the window, by the ids MainWindow registers them under.
namespace PageIds {
inline constexpr char programme[] = "programme";
inline constexpr char guides[] = "ateliers";
inline constexpr char declaration[] = "declaration";
inline constexpr char patients[] = "patients";
inline constexpr char sessions[] = "seances";
inline constexpr char evaluation[] = "evaluation";
} // namespace PageIds

// Where an edit acts: the page that shows it and the item on that page (a row id, or the key of a field).
struct EditPlace
{
    QString page;
    ChangeArea area = ChangeArea::Fields;
    qint64 row = 0;
    QString key;

    bool operator==(const EditPlace &o) const { return page == o.page && area == o.area && row == o.row && key == o.key; }
};

// The base of every undoable edit: its id (CommandId), its place, and what happens when a write fails (the document
// reports it and the command is made obsolete, so the stack drops it). The two shapes are SetValueCommand and
// RowCommand; the guide editor's and the questionnaire's commands derive from it too.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ProgrammeDocument *document, CommandId id, EditPlace place, const QString &text);

    int id() const override { return int(m_id); }
    CommandId commandId() const { return m_id; }
    const EditPlace &place() const { return m_place; }

protected:
    // False (and reported, the command made obsolete) when `error` is set.
    bool check(const FileError &error);
    void setPlaceRow(qint64 row) { m_place.row = row; }

    ProgrammeDocument *m_document;

private:
    CommandId m_id;
    EditPlace m_place;
};

} // namespace kitetp
