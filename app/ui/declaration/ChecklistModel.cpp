// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/ChecklistModel.h"

#include "ui/TableLook.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QHeaderView>
#include <QTableView>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace kitetp {

void ChecklistModel::setItems(const QList<ChecklistItem> &items)
{
    syncRows(QModelIndex(), m_rows, items, [](const ChecklistItem &i) { return i.id; }, [this](int row, const ChecklistItem &now) {
        ChecklistItem &shown = m_rows[row];
        if (shown.section == now.section && shown.label == now.label && shown.status == now.status && shown.reason == now.reason &&
            shown.step == now.step && shown.field == now.field)
            return;
        shown = now;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

QStringList ChecklistModel::columnTitles() const
{
    return {tr("Rubrique"), tr("Exigence"), tr("État"), tr("Détail (double-clic : corriger)")};
}

void ChecklistModel::setupView(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // State first and as wide as its words, the section in a narrow wrapped column, the requirement wraps in the rest;
    // the detail is in each line's tooltip.
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(State, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Section, QHeaderView::Interactive);
    header->setSectionResizeMode(Requirement, QHeaderView::Stretch);
    view->setColumnWidth(Section, view->fontMetrics().horizontalAdvance(QStringLiteral("Implication des")) + 16);
    view->setColumnHidden(Detail, true);
    header->moveSection(header->visualIndex(State), 0);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // wrapped lines are never cut
    TableLook::exclude(view); // its columns wrap: sized here, not to their contents

    // "N'afficher que les manquants", just above the table: the other lines hidden while it is ticked.
    auto *layout = view->parentWidget() ? qobject_cast<QBoxLayout *>(view->parentWidget()->layout()) : nullptr;
    auto *model = qobject_cast<ChecklistModel *>(view->model());
    if (!layout || layout->indexOf(view) < 0 || !model)
        return;
    auto *onlyMissing = new QCheckBox(tr("N'afficher que les &manquants"), view->parentWidget());
    onlyMissing->setObjectName(QStringLiteral("onlyMissing"));
    layout->insertWidget(layout->indexOf(view), onlyMissing);
    auto filter = [view, model, onlyMissing] {
        for (int row = 0; row < model->rowCount(); ++row)
            view->setRowHidden(row, onlyMissing->isChecked() && model->item(row).status != ChecklistItem::Status::Missing);
    };
    connect(onlyMissing, &QCheckBox::toggled, view, filter);
    connect(model, &QAbstractItemModel::rowsInserted, view, filter);
    connect(model, &QAbstractItemModel::dataChanged, view, filter);
    connect(model, &QAbstractItemModel::modelReset, view, filter);
}

QColor ChecklistModel::statusColor(ChecklistItem::Status status)
{
    switch (status) {
    case ChecklistItem::Status::Met: return QColor(0x1e, 0x6b, 0x30);
    case ChecklistItem::Status::Missing: return QColor(0x9c, 0x1c, 0x1c);
    case ChecklistItem::Status::ToVerify: return QColor(0x8a, 0x5a, 0x00);
    }
    return {};
}

// A coloured disc with a mark (✓ met, ! missing, ? to verify): the state reads without relying on colour alone.
QIcon ChecklistModel::statusIcon(ChecklistItem::Status status) const
{
    const int key = int(status);
    if (m_icons.contains(key))
        return m_icons.value(key);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(statusColor(status));
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (status) {
    case ChecklistItem::Status::Met: p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)})); break;
    case ChecklistItem::Status::Missing:
        p.drawLine(QPointF(16, 8.5), QPointF(16, 18));
        p.drawPoint(QPointF(16, 23.5));
        break;
    case ChecklistItem::Status::ToVerify: {
        QFont f;
        f.setPixelSize(22);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    p.end();
    QIcon icon(pixmap);
    m_icons.insert(key, icon);
    return icon;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChecklistItem &i = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == State)
        return statusColor(i.status);
    if (role == Qt::DecorationRole && index.column() == State)
        return statusIcon(i.status);
    if (role == Qt::BackgroundRole && i.status == ChecklistItem::Status::Missing)
        return QColor(0xfb, 0xea, 0xea); // a missing element stands out while scrolling
    if (role == Qt::FontRole && index.column() == State) {
        QFont bold;
        bold.setBold(i.status == ChecklistItem::Status::Missing);
        return bold;
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
