// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>

class QGridLayout;
class QWidget;

namespace kitetp {

// Lays `items` out in `grid` (the layout of `host`) in as many columns, up to `maxColumns`, as the host's width
// holds at `columnWidth` pixels each, and lays them out again whenever the host is resized: charts side by side on a
// wide screen, one under the other on a 1280-pixel one, where their axis labels then show whole.
void reflowGrid(QWidget *host, QGridLayout *grid, const QList<QWidget *> &items, int columnWidth, int maxColumns);

} // namespace kitetp
