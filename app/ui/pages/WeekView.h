// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/pages/CalendarView.h"

namespace kitetp {

// The week with an hour grid: Monday to Sunday in columns, the hours from 08:00 to 19:00 (wider when a
// session of the week starts earlier or ends later) in rows, each session a block at its start, as tall as
// its duration; sessions that overlap share their day's width side by side. A drag moves a session to another
// day and hour, snapped to the quarter hour; a double-click on an empty place plans one at that quarter hour.
class WeekView : public CalendarView
{
    Q_OBJECT
public:
    using CalendarView::CalendarView;

    static constexpr int snapMinutes = 15;

    void setWeek(const QDate &day); // the week of `day`
    int dayCount() const override { return 7; }
    QRect dayRect(const QDate &day) const override;
    // The point of the grid at `at` (its day's column, the height of its time), for hit-testing.
    QPoint pointAt(const QDateTime &at) const;
    int firstHour() const { return m_fromHour; }
    int lastHour() const { return m_toHour; }

protected:
    void layoutItems() override;
    void paintGrid(QPainter &painter) override;
    QDateTime dropStart(const CalendarItem &item, const QPoint &pressed,
                        const QPoint &released) const override;
    QRect dropRect(const CalendarItem &item, const QDateTime &start) const override;
    QDateTime slotAt(const QPoint &point) const override;

private:
    int headerHeight() const;
    int gutter() const;
    int columnLeft(int day) const;
    double minuteHeight() const;
    int yOf(int minuteOfDay) const;
    QRect blockRect(int day, int startMinute, int minutes) const;

    int m_fromHour = 8;
    int m_toHour = 19;
};

} // namespace kitetp
