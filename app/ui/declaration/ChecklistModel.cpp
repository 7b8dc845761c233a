#include "ui/declaration/ChecklistModel.h"

#include <QColor>

namespace kitetp {

void ChecklistModel::setItems(const QList<ChecklistItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Section: return tr("Rubrique");
    case Requirement: return tr("Exigence");
    case State: return tr("État");
    case Detail: return tr("Détail (double-clic : corriger)");
    }
    return {};
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ChecklistItem &i = m_items.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (i.status) {
        case ChecklistItem::Status::Met: return QColor(0x1e, 0x6b, 0x30);
        case ChecklistItem::Status::Missing: return QColor(0x9c, 0x1c, 0x1c);
        case ChecklistItem::Status::ToVerify: return QColor(0x8a, 0x5a, 0x00);
        }
    }
    if (role == Qt::ToolTipRole)
        return i.reason.isEmpty() ? i.label : i.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Section: return i.section;
    case Requirement: return i.label;
    case State: return ChecklistItem::statusLabel(i.status);
    case Detail: return i.reason;
    }
    return {};
}

} // namespace kitetp
