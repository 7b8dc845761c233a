// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/ListTableModel.h"
#include "model/ProgrammeDocument.h"

#include <QPointer>

#include <algorithm>
#include <optional>

namespace kitetp {

// A table of rows with ids (TeamMember, Funding...) that follows typed changes row by row: the rows a change names
// are read again and announced with dataChanged, rowsInserted or rowsRemoved, so a view keeps its selection and
// scroll position; only a change of the whole area resets the table.
template<typename T>
class RowTableModel : public ListTableModel<T>
{
public:
    RowTableModel(int columns, QObject *parent) : ListTableModel<T>(columns, parent) {}

    // Shows the rows of `document` (none when it is nullptr) and follows its changes.
    void setDocument(ProgrammeDocument *document)
    {
        if (m_document)
            QObject::disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        if (m_document)
            QObject::connect(m_document, &ProgrammeDocument::changed, this, [this](const Change &change) { apply(change); });
        reload();
    }
    // Reads every row again.
    virtual void reload() = 0;
    // Follows a change: only the rows it names, unless it names the whole area.
    virtual void apply(const Change &change) = 0;

protected:
    // Brings the rows `ids` up to date. `fetch(id)` returns the row as stored now (nothing: it is gone); a new row
    // goes where `less` orders it.
    template<typename Fetch, typename Less>
    void updateRows(const QList<qint64> &ids, Fetch fetch, Less less)
    {
        for (qint64 id : ids) {
            const std::optional<T> now = fetch(id);
            const auto found = std::find_if(this->m_rows.cbegin(), this->m_rows.cend(), [id](const T &r) { return r.id == id; });
            const int row = found == this->m_rows.cend() ? -1 : int(found - this->m_rows.cbegin());
            if (row >= 0 && now) {
                this->m_rows[row] = *now;
                Q_EMIT this->dataChanged(this->index(row, 0), this->index(row, this->columnCount() - 1));
            } else if (row >= 0) {
                this->beginRemoveRows({}, row, row);
                this->m_rows.removeAt(row);
                this->endRemoveRows();
            } else if (now) {
                const int at = int(std::upper_bound(this->m_rows.cbegin(), this->m_rows.cend(), *now, less) - this->m_rows.cbegin());
                this->beginInsertRows({}, at, at);
                this->m_rows.insert(at, *now);
                this->endInsertRows();
            }
        }
    }

    QPointer<ProgrammeDocument> m_document;
};

} // namespace kitetp
