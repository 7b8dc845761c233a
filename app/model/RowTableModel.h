#pragma once

#include "model/ProgrammeDocument.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <algorithm>
#include <optional>

namespace kitetp {

// A table of rows with ids (TeamMember, Funding...) that follows typed changes row by row: the rows a change names
// are read again and announced with dataChanged, rowsInserted or rowsRemoved, so a view keeps its selection and
// scroll position; only a change of the whole area resets the table.
template<typename T>
class RowTableModel : public QAbstractTableModel
{
public:
    RowTableModel(int columns, QObject *parent) : QAbstractTableModel(parent), m_columns(columns) {}

    // Shows the rows of `document` (none when it is nullptr) and follows its changes.
    void setDocument(ProgrammeDocument *document)
    {
        if (m_document)
            disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        if (m_document)
            connect(m_document, &ProgrammeDocument::changed, this, [this](const Change &change) { apply(change); });
        reload();
    }
    // Reads every row again.
    virtual void reload() = 0;
    // Follows a change: only the rows it names, unless it names the whole area.
    virtual void apply(const Change &change) = 0;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    void resetRows(const QList<T> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    // Brings the rows `ids` up to date. `fetch(id)` returns the row as stored now (nothing: it is gone); a new row
    // goes where `less` orders it.
    template<typename Fetch, typename Less>
    void updateRows(const QList<qint64> &ids, Fetch fetch, Less less)
    {
        for (qint64 id : ids) {
            const std::optional<T> now = fetch(id);
            const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const T &r) { return r.id == id; });
            const int row = found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
            if (row >= 0 && now) {
                m_rows[row] = *now;
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            } else if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            } else if (now) {
                const int at = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), *now, less) - m_rows.cbegin());
                beginInsertRows({}, at, at);
                m_rows.insert(at, *now);
                endInsertRows();
            }
        }
    }

    QPointer<ProgrammeDocument> m_document;
    QList<T> m_rows;

private:
    int m_columns;
};

} // namespace kitetp
