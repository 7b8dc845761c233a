// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/WeekView.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace kitetp {

namespace {
int minuteOf(const QDateTime &at)
{
    return at.time().hour() * 60 + at.time().minute();
}
} // namespace

void WeekView::setWeek(const QDate &day)
{
    setFirstDay(day.addDays(1 - day.dayOfWeek()));
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int WeekView::gutter() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 12;
}

int WeekView::columnLeft(int day) const
{
    return gutter() + day * (width() - gutter()) / 7;
}

double WeekView::minuteHeight() const
{
    return double(height() - headerHeight()) / ((m_toHour - m_fromHour) * 60.0);
}

int WeekView::yOf(int minuteOfDay) const
{
    return headerHeight() + int(std::lround((minuteOfDay - m_fromHour * 60) * minuteHeight()));
}

QRect WeekView::dayRect(const QDate &day) const
{
    const qint64 d = m_first.daysTo(day);
    if (!m_first.isValid() || d < 0 || d >= 7)
        return {};
    return QRect(columnLeft(int(d)), headerHeight(), columnLeft(int(d) + 1) - columnLeft(int(d)),
                 height() - headerHeight());
}

QPoint WeekView::pointAt(const QDateTime &at) const
{
    const QRect day = dayRect(at.date());
    return day.isEmpty() ? QPoint() : QPoint(day.center().x(), yOf(minuteOf(at)) + 1);
}

QRect WeekView::blockRect(int day, int startMinute, int minutes) const
{
    const int top = yOf(startMinute);
    const int bottom = std::max(yOf(startMinute + minutes), top + fontMetrics().height() + 2);
    return QRect(columnLeft(day) + 2, top, columnLeft(day + 1) - columnLeft(day) - 5, bottom - top);
}

void WeekView::layoutItems()
{
    m_rects.clear();
    m_fromHour = 8;
    m_toHour = 19;
    for (const CalendarItem &i : std::as_const(m_items)) {
        m_fromHour = std::min(m_fromHour, i.start.time().hour());
        const int end = std::min(24 * 60, minuteOf(i.start) + i.minutes);
        m_toHour = std::max(m_toHour, (end + 59) / 60);
    }
    // Per day, overlapping sessions in clusters; each takes the first lane free at its start.
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_first.addDays(d);
        QList<const CalendarItem *> cluster;
        QList<int> laneEnds;
        QList<int> lanes;
        int clusterEnd = -1;
        const auto flush = [&] {
            for (int n = 0; n < cluster.size(); ++n) {
                const CalendarItem &i = *cluster.at(n);
                const QRect whole = blockRect(d, minuteOf(i.start), i.minutes);
                const int w = whole.width() / int(laneEnds.size());
                m_rects.insert(i.id,
                               QRect(whole.left() + lanes.at(n) * w, whole.top(), w - 1, whole.height()));
            }
            cluster.clear();
            laneEnds.clear();
            lanes.clear();
        };
        for (const CalendarItem &i : std::as_const(m_items)) {
            if (i.start.date() != day)
                continue;
            const int start = minuteOf(i.start);
            const int end = start + std::max(i.minutes, 1);
            if (start >= clusterEnd)
                flush();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << end;
            else
                laneEnds[lane] = end;
            cluster << &i;
            lanes << lane;
            clusterEnd = std::max(clusterEnd, end);
        }
        flush();
    }
}

void WeekView::paintGrid(QPainter &painter)
{
    const QLocale locale;
    const QFontMetrics fm = painter.fontMetrics();
    const QDate today = QDate::currentDate();
    painter.fillRect(QRect(0, 0, width(), headerHeight()), palette().color(QPalette::Window));
    painter.fillRect(QRect(0, 0, gutter(), height()), palette().color(QPalette::Window));
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_first.addDays(d);
        const QRect header(columnLeft(d), 0, columnLeft(d + 1) - columnLeft(d), headerHeight());
        QFont font = painter.font();
        font.setBold(day == today);
        painter.setFont(font);
        painter.setPen(day == today ? palette().color(QPalette::Highlight)
                                    : palette().color(QPalette::WindowText));
        painter.drawText(header, Qt::AlignCenter,
                         fm.elidedText(locale.toString(day, QStringLiteral("ddd d MMM")), Qt::ElideRight,
                                       header.width() - 4));
        font.setBold(false);
        painter.setFont(font);
        if (day.dayOfWeek() >= 6)
            painter.fillRect(dayRect(day), palette().color(QPalette::AlternateBase));
    }
    const QColor line = palette().color(QPalette::Mid);
    QColor half = line;
    half.setAlpha(70);
    for (int h = m_fromHour; h <= m_toHour; ++h) {
        const int y = yOf(h * 60);
        painter.setPen(line);
        painter.drawLine(gutter() - 4, y, width(), y);
        if (h < m_toHour) {
            painter.setPen(half);
            painter.drawLine(gutter(), yOf(h * 60 + 30), width(), yOf(h * 60 + 30));
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRect(0, y + 1, gutter() - 6, fm.height()), Qt::AlignRight | Qt::AlignTop,
                             locale.toString(QTime(h, 0), QStringLiteral("HH:mm")));
        }
    }
    painter.setPen(line);
    for (int d = 0; d <= 7; ++d)
        painter.drawLine(columnLeft(d), 0, columnLeft(d), height());
    for (const CalendarItem &item : std::as_const(m_items))
        if (const QRect r = m_rects.value(item.id); !r.isEmpty())
            paintItem(painter, item, r, r.height() < 2 * fm.height() + 2);
}

QDateTime WeekView::dropStart(const CalendarItem &item, const QPoint &pressed, const QPoint &released) const
{
    const QDate day = dayAt(released);
    if (!day.isValid())
        return {};
    const double moved = (released.y() - pressed.y()) / minuteHeight();
    int start = int(std::lround((minuteOf(item.start) + moved) / snapMinutes)) * snapMinutes;
    start = std::clamp(start, 0, 24 * 60 - snapMinutes);
    return QDateTime(day, QTime(start / 60, start % 60));
}

QRect WeekView::dropRect(const CalendarItem &item, const QDateTime &start) const
{
    return blockRect(int(m_first.daysTo(start.date())), minuteOf(start), item.minutes);
}

QDateTime WeekView::slotAt(const QPoint &point) const
{
    const QDate day = dayAt(point);
    if (!day.isValid())
        return {};
    const int minute = m_fromHour * 60 + int(std::floor((point.y() - headerHeight()) / minuteHeight()));
    const int snapped = std::clamp(minute / snapMinutes * snapMinutes, 0, 24 * 60 - snapMinutes);
    return QDateTime(day, QTime(snapped / 60, snapped % 60));
}

} // namespace kitetp
