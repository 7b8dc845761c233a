// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/RowCommand.h"

#include <functional>
#include <optional>
#include <utility>

namespace kitetp {

// A RowCommand over a row that its store adds, updates and removes (a conducteur, a séance, a question, a
// questionnaire response): the row added (no `before`), changed, or removed (no `after`). redo() makes the file hold
// `after`, undo() `before`. An added row keeps the id the store gave it, so that the next redo puts it back with the
// same id. The command's place names the row (the place given says the page and the area).
template<typename T>
class RowChangeCommand : public RowCommand
{
public:
    // The store's three writes; add() gives a row of id 0 a new id and keeps any other.
    struct Writes
    {
        std::function<FileError(T &)> add;
        std::function<FileError(qint64)> remove;
        std::function<FileError(const T &)> update;
    };
    // The writes of a Store made on `file` for each (GuideStore, QuestionnaireStore...), by its three members.
    template<typename Store, typename File>
    static Writes through(File *file, FileError (Store::*add)(T &), FileError (Store::*remove)(qint64),
                          FileError (Store::*update)(const T &))
    {
        return {[file, add](T &row) { return (Store(*file).*add)(row); },
                [file, remove](qint64 id) { return (Store(*file).*remove)(id); },
                [file, update](const T &row) { return (Store(*file).*update)(row); }};
    }

    RowChangeCommand(ProgrammeDocument *document, CommandId id, EditPlace place, std::optional<T> before,
                     std::optional<T> after, const QString &text, Writes writes)
        : RowCommand(
              document, id, std::move(place), text, [this] { return apply(m_before, m_after); },
              [this] { return apply(m_after, m_before); }),
          m_before(std::move(before)), m_after(std::move(after)), m_writes(std::move(writes))
    {
        placeRow((m_after ? m_after : m_before).value_or(T()).id);
    }

    // The row as redo() leaves it (nothing: removed); an added row has its id once redo() has run.
    const std::optional<T> &after() const { return m_after; }

private:
    FileError apply(const std::optional<T> &from, std::optional<T> &to)
    {
        if (!from && to) {
            FileError error = m_writes.add(*to);
            if (!error)
                placeRow(to->id);
            return error;
        }
        if (from && !to)
            return m_writes.remove(from->id);
        if (from && to)
            return m_writes.update(*to);
        return {};
    }

    std::optional<T> m_before;
    std::optional<T> m_after;
    Writes m_writes;
};

} // namespace kitetp
