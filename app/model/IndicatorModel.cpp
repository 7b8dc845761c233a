#include "model/IndicatorModel.h"

#include <QBrush>
#include <QFont>

namespace kitetp {

IndicatorModel::IndicatorModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Indicateur"), tr("Valeur"), tr("Définition")});
}

void IndicatorModel::setIndicators(const QList<Indicator> &indicators)
{
    removeRows(0, rowCount());
    QStandardItem *section = nullptr;
    Indicator::Section current{};
    for (const Indicator &i : indicators) {
        if (!section || i.section != current) {
            current = i.section;
            section = new QStandardItem(Indicators::sectionLabel(current));
            QFont bold = section->font();
            bold.setBold(true);
            section->setFont(bold);
            section->setEditable(false);
            appendRow({section, new QStandardItem, new QStandardItem});
        }
        auto *label = new QStandardItem(i.label);
        label->setData(i.key, Qt::UserRole);
        const QString fraction = Indicators::fractionText(i);
        auto *value = new QStandardItem(Indicators::valueText(i.value, i.unit)
                                        + (fraction.isEmpty() ? QString() : QStringLiteral(" (") + fraction + QLatin1Char(')')));
        if (!i.value) {
            QFont italic = value->font();
            italic.setItalic(true);
            value->setFont(italic);
            value->setForeground(QBrush(QColor(0x9c, 0x1c, 0x1c)));
        }
        auto *definition = new QStandardItem(i.definition);
        definition->setToolTip(i.definition);
        for (const Indicator::Row &r : i.breakdown)
            label->appendRow({new QStandardItem(r.label), new QStandardItem(Indicators::valueText(r.value, r.unit)), new QStandardItem});
        for (QStandardItem *item : {label, value, definition})
            item->setEditable(false);
        section->appendRow({label, value, definition});
    }
}

} // namespace kitetp
