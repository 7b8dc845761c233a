// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QModelIndex>
#include <QSet>

#include <algorithm>

namespace kitetp {

// An item model (Base: QAbstractItemModel, QAbstractTableModel...) that reads its rows again without a reset:
// syncRows() brings the rows under one parent to a new list, matched by key, with the row signals a view follows
// (rows removed, moved, inserted), then calls `update(row, target)` for every row kept, which emits dataChanged when
// what the row shows differs. A view keeps its selection, its scroll position and what is expanded.
template<typename Base>
class RowSyncModel : public Base
{
public:
    using Base::Base;

protected:
    template<typename T, typename Key, typename Update>
    void syncRows(const QModelIndex &parent, QList<T> &rows, const QList<T> &target, Key key, Update update)
    {
        using K = decltype(key(target.first()));
        QSet<K> wanted;
        for (const T &t : target)
            wanted.insert(key(t));
        for (int i = int(rows.size()) - 1; i >= 0; --i)
            if (!wanted.contains(key(rows.at(i)))) {
                this->beginRemoveRows(parent, i, i);
                rows.removeAt(i);
                this->endRemoveRows();
            }
        for (int i = 0; i < target.size(); ++i) {
            const K k = key(target.at(i));
            const auto found = std::find_if(rows.cbegin() + i, rows.cend(), [&](const T &r) { return key(r) == k; });
            if (found == rows.cend()) {
                this->beginInsertRows(parent, i, i);
                rows.insert(i, target.at(i));
                this->endInsertRows();
                continue;
            }
            // The rows before i already match the target: the row is found further down and moves up to i.
            if (const int from = int(found - rows.cbegin()); from != i && this->beginMoveRows(parent, from, from, parent, i)) {
                rows.move(from, i);
                this->endMoveRows();
            }
            update(i, target.at(i));
        }
        if (rows.size() > target.size()) { // keys given twice: the rows left over
            this->beginRemoveRows(parent, int(target.size()), int(rows.size()) - 1);
            rows.resize(target.size());
            this->endRemoveRows();
        }
    }
};

} // namespace kitetp
