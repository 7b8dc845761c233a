// SPDX-License-Identifier: EUPL-1.2
#include "model/IndicatorModel.h"

#include <QBrush>
#include <QFont>
#include <QSet>

namespace kitetp {

namespace {

constexpr int sectionRole = Qt::UserRole + 1;      // on a section's item: its Indicator::Section
constexpr int breakdownKeyRole = Qt::UserRole + 2; // on a breakdown row's item: the row's key (Qt::UserRole: indicators')

QStandardItem *readOnly(QStandardItem *item)
{
    item->setEditable(false);
    return item;
}

// The sections in order, each with its indicators' keys: the shape of the tree.
QList<QPair<int, QStringList>> shapeOf(const QList<Indicator> &indicators)
{
    QList<QPair<int, QStringList>> shape;
    for (const Indicator &i : indicators) {
        if (shape.isEmpty() || shape.last().first != int(i.section))
            shape.append(qMakePair(int(i.section), QStringList()));
        shape.last().second << i.key;
    }
    return shape;
}

} // namespace

IndicatorModel::IndicatorModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Indicateur"), tr("Valeur"), tr("Définition")});
}

void IndicatorModel::setIndicators(const QList<Indicator> &indicators)
{
    const QList<QPair<int, QStringList>> shape = shapeOf(indicators);
    QList<QPair<int, QStringList>> shown;
    for (int s = 0; s < rowCount(); ++s) {
        QStringList keys;
        for (int r = 0; r < item(s)->rowCount(); ++r)
            keys << item(s)->child(r, 0)->data(Qt::UserRole).toString();
        shown.append(qMakePair(item(s)->data(sectionRole).toInt(), keys));
    }
    if (shape != shown) {
        rebuild(indicators);
        return;
    }
    // The same indicators in the same places: each row's cells are set again; QStandardItem announces a cell only
    // when its value differs.
    int at = 0;
    for (int s = 0; s < rowCount(); ++s) {
        QStandardItem *section = item(s);
        for (int r = 0; r < section->rowCount(); ++r, ++at)
            fill(section->child(r, 0), section->child(r, 1), section->child(r, 2), indicators.at(at));
    }
}

// The first fill, or another set of indicators: the sections are built again (rows removed, then inserted).
void IndicatorModel::rebuild(const QList<Indicator> &indicators)
{
    removeRows(0, rowCount());
    QStandardItem *section = nullptr;
    for (const Indicator &i : indicators) {
        if (!section || section->data(sectionRole).toInt() != int(i.section)) {
            section = readOnly(new QStandardItem(Indicators::sectionLabel(i.section)));
            section->setData(int(i.section), sectionRole);
            QFont bold = section->font();
            bold.setBold(true);
            section->setFont(bold);
            appendRow({section, readOnly(new QStandardItem), readOnly(new QStandardItem)});
        }
        auto *label = readOnly(new QStandardItem);
        auto *value = readOnly(new QStandardItem);
        auto *definition = readOnly(new QStandardItem);
        fill(label, value, definition, i);
        section->appendRow({label, value, definition});
    }
}

void IndicatorModel::fill(QStandardItem *label, QStandardItem *value, QStandardItem *definition, const Indicator &i)
{
    label->setText(i.label);
    label->setData(i.key, Qt::UserRole);
    const QString fraction = Indicators::fractionText(i);
    value->setText(Indicators::valueText(i.value, i.unit) + (fraction.isEmpty() ? QString() : QStringLiteral(" (") + fraction + QLatin1Char(')')));
    if (!i.value) { // no data: said in italics, in red
        QFont italic = value->font();
        italic.setItalic(true);
        value->setFont(italic);
        value->setForeground(QBrush(QColor(0x9c, 0x1c, 0x1c)));
    } else {
        // QStandardItem announces setting an absent role to nothing as a change: only a role present is cleared.
        for (int role : {int(Qt::FontRole), int(Qt::ForegroundRole)})
            if (value->data(role).isValid())
                value->setData(QVariant(), role);
    }
    definition->setText(i.definition);
    definition->setToolTip(i.definition);
    fillBreakdown(label, i.breakdown);
}

// The breakdown rows under an indicator, matched by key: a row that stays is updated, one that is new is inserted
// where it goes, one that is gone is removed.
void IndicatorModel::fillBreakdown(QStandardItem *label, const QList<Indicator::Row> &rows)
{
    const auto keyOf = [](const Indicator::Row &r) { return r.key.isEmpty() ? r.label : r.key; };
    QSet<QString> wanted;
    for (const Indicator::Row &r : rows)
        wanted.insert(keyOf(r));
    if (wanted.size() != rows.size()) { // keys that do not tell the rows apart: the rows are set again in order
        label->removeRows(0, label->rowCount());
        wanted.clear();
    }
    for (int i = label->rowCount() - 1; i >= 0; --i)
        if (!wanted.contains(label->child(i, 0)->data(breakdownKeyRole).toString()))
            label->removeRow(i);
    for (int i = 0; i < rows.size(); ++i) {
        const Indicator::Row &r = rows.at(i);
        if (i >= label->rowCount() || label->child(i, 0)->data(breakdownKeyRole).toString() != keyOf(r)) {
            for (int j = i + 1; j < label->rowCount(); ++j)
                if (label->child(j, 0)->data(breakdownKeyRole).toString() == keyOf(r)) {
                    label->removeRow(j); // further down: it comes up here
                    break;
                }
            auto *name = readOnly(new QStandardItem);
            name->setData(keyOf(r), breakdownKeyRole);
            label->insertRow(i, {name, readOnly(new QStandardItem), readOnly(new QStandardItem)});
        }
        label->child(i, 0)->setText(r.label);
        label->child(i, 1)->setText(Indicators::valueText(r.value, r.unit));
    }
}

} // namespace kitetp
