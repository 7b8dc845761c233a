// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/DeclarationChecklist.h"
#include "model/ListTableModel.h"
#include "model/RowSyncModel.h"

#include <QColor>
#include <QHash>
#include <QIcon>

class QTableView;

namespace kitetp {

// The completeness check as a read-only table: section, requirement, state (coloured), detail. The check is
// computed again after a change; setItems() updates the rows in place, matched by their stable id (dataChanged for
// a requirement whose state or detail changed, rows inserted or removed when requirements come or go), never a reset.
class ChecklistModel : public RowSyncModel<ListTableModel<ChecklistItem>>
{
    Q_OBJECT
public:
    enum Column { Section, Requirement, State, Detail, ColumnCount };
    explicit ChecklistModel(QObject *parent = nullptr) : RowSyncModel(ColumnCount, parent) {}
    void setItems(const QList<ChecklistItem> &items);
    const ChecklistItem &item(int row) const { return m_rows.at(row); }
    QVariant data(const QModelIndex &index, int role) const override;

    // The one way to show a checklist (the page's tab and the "check" wizard page): no horizontal scrolling, and a
    // "N'afficher que les manquants" box above the table (the view must have its model and sit in a box layout).
    static void setupView(QTableView *view);
    static QColor statusColor(ChecklistItem::Status status);
    QIcon statusIcon(ChecklistItem::Status status) const;

private:
    QStringList columnTitles() const override;

    mutable QHash<int, QIcon> m_icons; // drawn once per state, freed with the model (before the application)
};

} // namespace kitetp
