// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/ChartData.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace kitetp {

// One chart of the Évaluation page with its two actions: save as PNG or SVG, copy to the clipboard.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    void setData(const ChartData &data);
    const ChartData &data() const { return m_data; }
    QChartView *view() const { return m_view; }

    void saveAs();
    void copy();

private:
    ChartData m_data;
    QChartView *m_view;
};

} // namespace kitetp
