#pragma once

#include "core/DeclarationChecklist.h"
#include "model/RowSyncModel.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>

class QTableView;

namespace kitetp {

// The completeness check as a read-only table: section, requirement, state (coloured), detail. The check is
// computed again after a change; setItems() updates the rows in place, matched by their stable id (dataChanged for
// a requirement whose state or detail changed, rows inserted or removed when requirements come or go), never a reset.
class ChecklistModel : public RowSyncModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column { Section, Requirement, State, Detail, ColumnCount };
    using RowSyncModel::RowSyncModel;
    void setItems(const QList<ChecklistItem> &items);
    const ChecklistItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The one way to show a checklist (the page's tab and the "check" wizard page): no horizontal scrolling.
    static void setupView(QTableView *view);
    static QColor statusColor(ChecklistItem::Status status);
    QIcon statusIcon(ChecklistItem::Status status) const;

private:
    QList<ChecklistItem> m_items;
    mutable QHash<int, QIcon> m_icons; // drawn once per state, freed with the model (before the application)
};

} // namespace kitetp
