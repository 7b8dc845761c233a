#pragma once

#include "core/Indicators.h"

#include <QStandardItemModel>

namespace kitetp {

// The indicators of a period as a tree: sections, their indicators (label, value, definition), breakdown rows.
class IndicatorModel : public QStandardItemModel
{
    Q_OBJECT
public:
    explicit IndicatorModel(QObject *parent = nullptr);
    void setIndicators(const QList<Indicator> &indicators);
};

} // namespace kitetp
