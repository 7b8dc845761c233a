// SPDX-License-Identifier: EUPL-1.2
#include "ui/GridReflow.h"

#include <QEvent>
#include <QGridLayout>
#include <QPointer>
#include <QWidget>

#include <algorithm>

namespace kitetp {

namespace {
class Reflow : public QObject
{
public:
    Reflow(QWidget *host, QGridLayout *grid, const QList<QWidget *> &items, int columnWidth, int maxColumns)
        : QObject(host), m_grid(grid), m_columnWidth(columnWidth), m_maxColumns(maxColumns)
    {
        for (QWidget *w : items)
            m_items << w;
        host->installEventFilter(this);
        layOut(host->width());
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            layOut(static_cast<QWidget *>(watched)->width());
        return QObject::eventFilter(watched, event);
    }

private:
    void layOut(int width)
    {
        const int columns = std::clamp(width / std::max(1, m_columnWidth), 1, std::max(1, m_maxColumns));
        if (columns == m_columns || !m_grid)
            return;
        m_columns = columns;
        for (const QPointer<QWidget> &w : std::as_const(m_items))
            if (w)
                m_grid->removeWidget(w);
        int i = 0;
        for (const QPointer<QWidget> &w : std::as_const(m_items))
            if (w) {
                m_grid->addWidget(w, i / columns, i % columns);
                ++i;
            }
    }

    QPointer<QGridLayout> m_grid;
    QList<QPointer<QWidget>> m_items;
    int m_columnWidth;
    int m_maxColumns;
    int m_columns = 0;
};
} // namespace

void reflowGrid(QWidget *host, QGridLayout *grid, const QList<QWidget *> &items, int columnWidth, int maxColumns)
{
    new Reflow(host, grid, items, columnWidth, maxColumns);
}

} // namespace kitetp
