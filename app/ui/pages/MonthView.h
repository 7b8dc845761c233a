// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/CalendarPeriod.h"
#include "ui/pages/CalendarView.h"

namespace kitetp {

// The month: six weeks of days from the Monday before the 1st, each day cell listing its sessions by start
// time
// ("14:00 C1S2 Titre"), "+N" when they do not fit. Dragging a session to another day keeps its time.
class MonthView : public CalendarView
{
    Q_OBJECT
public:
    using CalendarView::CalendarView;

    void setMonth(const QDate &day); // the month of `day`
    QDate month() const { return m_month; }
    int dayCount() const override { return CalendarPeriod::monthGridDays; }
    QRect dayRect(const QDate &day) const override;
    int hiddenCount(const QDate &day) const { return m_hidden.value(day); } // the "+N" of that day

protected:
    void layoutItems() override;
    void paintGrid(QPainter &painter) override;
    QDateTime dropStart(const CalendarItem &item, const QPoint &pressed,
                        const QPoint &released) const override;
    QRect dropRect(const CalendarItem &item, const QDateTime &start) const override;
    QDateTime slotAt(const QPoint &point) const override;

private:
    int headerHeight() const;
    int lineHeight() const;

    QDate m_month;
    QHash<QDate, int> m_hidden;
};

} // namespace kitetp
