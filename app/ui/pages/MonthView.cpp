// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/MonthView.h"

#include <QLocale>
#include <QPainter>

namespace kitetp {

void MonthView::setMonth(const QDate &day)
{
    m_month = QDate(day.year(), day.month(), 1);
    setFirstDay(m_month.addDays(1 - m_month.dayOfWeek()));
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthView::lineHeight() const
{
    return fontMetrics().height() + 4;
}

QRect MonthView::dayRect(const QDate &day) const
{
    const qint64 index = m_first.daysTo(day);
    if (!m_first.isValid() || index < 0 || index >= dayCount())
        return {};
    const int column = int(index % 7);
    const int row = int(index / 7);
    const int top = headerHeight();
    const int left = column * width() / 7;
    const int right = (column + 1) * width() / 7;
    const int y = top + row * (height() - top) / 6;
    const int bottom = top + (row + 1) * (height() - top) / 6;
    return QRect(left, y, right - left, bottom - y);
}

void MonthView::layoutItems()
{
    m_rects.clear();
    m_hidden.clear();
    const int line = lineHeight();
    int k = 0;
    for (int i = 0; i < m_items.size(); i = k) {
        const QDate day = m_items.at(i).start.date();
        for (k = i; k < m_items.size() && m_items.at(k).start.date() == day;)
            ++k;
        const QRect cell = dayRect(day);
        if (cell.isEmpty())
            continue;
        const int top = cell.top() + fontMetrics().height() + 4;
        const int fits = std::max(0, (cell.bottom() - top - 1) / (line + 1));
        const int count = k - i;
        const int shown = count > fits ? std::max(0, fits - 1) : count;
        if (shown < count)
            m_hidden.insert(day, count - shown);
        for (int n = 0; n < shown; ++n)
            m_rects.insert(m_items.at(i + n).id,
                           QRect(cell.left() + 2, top + n * (line + 1), cell.width() - 4, line));
    }
}

void MonthView::paintGrid(QPainter &painter)
{
    const QLocale locale;
    const QFontMetrics fm = painter.fontMetrics();
    const QColor grid = palette().color(QPalette::Mid);
    painter.fillRect(QRect(0, 0, width(), headerHeight()), palette().color(QPalette::Window));
    for (int d = 0; d < 7; ++d) {
        const QRect header(d * width() / 7, 0, width() / 7, headerHeight());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(
            header, Qt::AlignCenter,
            fm.elidedText(locale.dayName(d + 1, QLocale::LongFormat), Qt::ElideRight, header.width() - 4));
    }
    const QDate today = QDate::currentDate();
    for (int i = 0; i < dayCount(); ++i) {
        const QDate day = m_first.addDays(i);
        const QRect cell = dayRect(day);
        if (day.month() != m_month.month())
            painter.fillRect(cell, palette().color(QPalette::AlternateBase));
        painter.setPen(grid);
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
        const QRect number(cell.left() + 4, cell.top() + 2, cell.width() - 8, fm.height());
        QFont font = painter.font();
        font.setBold(day == today);
        painter.setFont(font);
        painter.setPen(day == today
                           ? palette().color(QPalette::Highlight)
                           : (day.month() == m_month.month() ? palette().color(QPalette::Text)
                                                             : palette().color(QPalette::PlaceholderText)));
        painter.drawText(number, Qt::AlignLeft | Qt::AlignVCenter,
                         day.day() == 1 ? locale.toString(day, QStringLiteral("d MMM"))
                                        : QString::number(day.day()));
        font.setBold(false);
        painter.setFont(font);
        if (const int hidden = m_hidden.value(day)) {
            const int shown = int(std::count_if(m_items.cbegin(), m_items.cend(), [&](const CalendarItem &x) {
                return x.start.date() == day && m_rects.contains(x.id);
            }));
            const QRect more(cell.left() + 6, cell.top() + fm.height() + 4 + shown * (lineHeight() + 1),
                             cell.width() - 8, lineHeight());
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(more, Qt::AlignLeft | Qt::AlignVCenter, tr("+%1").arg(hidden));
        }
    }
    for (const CalendarItem &item : std::as_const(m_items))
        if (const QRect r = m_rects.value(item.id); !r.isEmpty())
            paintItem(painter, item, r, true);
}

QDateTime MonthView::dropStart(const CalendarItem &item, const QPoint &, const QPoint &released) const
{
    const QDate day = dayAt(released);
    return day.isValid() ? QDateTime(day, item.start.time()) : QDateTime();
}

QRect MonthView::dropRect(const CalendarItem &, const QDateTime &start) const
{
    const QRect cell = dayRect(start.date());
    return QRect(cell.left() + 2, cell.top() + fontMetrics().height() + 4, cell.width() - 4, lineHeight());
}

QDateTime MonthView::slotAt(const QPoint &point) const
{
    const QDate day = dayAt(point);
    return day.isValid() ? QDateTime(day, QTime(14, 0)) : QDateTime();
}

} // namespace kitetp
