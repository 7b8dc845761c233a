// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Indicators.h"

#include <QStandardItemModel>

namespace kitetp {

// The indicators of a period as a tree: sections, their indicators (label, value, definition), breakdown rows.
// The indicators are computed (from patients, sessions, the team...), not rows a change names: the page computes
// them again and setIndicators() updates the rows in place when the same indicators come back (every refresh: the
// values and breakdowns change, dataChanged only for the cells that differ, breakdown rows inserted or removed);
// only a different set of indicators rebuilds the sections.
class IndicatorModel : public QStandardItemModel
{
    Q_OBJECT
public:
    explicit IndicatorModel(QObject *parent = nullptr);
    void setIndicators(const QList<Indicator> &indicators);

private:
    void rebuild(const QList<Indicator> &indicators);
    static void fill(QStandardItem *label, QStandardItem *value, QStandardItem *definition, const Indicator &indicator);
    static void fillBreakdown(QStandardItem *label, const QList<Indicator::Row> &rows);
};

} // namespace kitetp
