// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace kitetp {

// What headerData() answers for a table whose columns are titled `titles`, in column order.
inline QVariant columnHeader(const QStringList &titles, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= titles.size())
        return {};
    return titles.at(section);
}

// A table over a list of rows (checklist items, team members...) with a fixed number of columns: the list, its
// size, and a reset when it is replaced. A subclass says what a cell shows (data()) and titles its columns
// (columnTitles(), in column order). RowTableModel adds following a document row by row.
template<typename T>
class ListTableModel : public QAbstractTableModel
{
public:
    ListTableModel(int columns, QObject *parent) : QAbstractTableModel(parent), m_columns(columns) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        return columnHeader(columnTitles(), section, orientation, role);
    }

protected:
    // The columns' titles, in column order (none: the view numbers them).
    virtual QStringList columnTitles() const { return {}; }

    void resetRows(const QList<T> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    QList<T> m_rows;

private:
    int m_columns;
};

} // namespace kitetp
