// SPDX-License-Identifier: EUPL-1.2
#include "core/CalendarPeriod.h"

#include <QLocale>

namespace kitetp {

namespace {
constexpr int listWeeks = 4;
} // namespace

// The year once when both ends share it.
QString CalendarPeriod::span(const QDate &from, const QDate &to)
{
    const QLocale locale;
    return tr("%1 au %2")
        .arg(locale.toString(from, from.year() == to.year() ? QStringLiteral("d MMMM")
                                                            : QStringLiteral("d MMMM yyyy")),
             locale.toString(to, QStringLiteral("d MMMM yyyy")));
}

QDate CalendarPeriod::first() const
{
    return m_kind == Kind::Month ? mondayOf(QDate(m_day.year(), m_day.month(), 1)) : mondayOf(m_day);
}

QDate CalendarPeriod::last() const
{
    return first().addDays(m_kind == Kind::Month ? monthGridDays - 1
                                                 : (m_kind == Kind::Week ? 6 : 7 * listWeeks - 1));
}

CalendarPeriod CalendarPeriod::stepped(int direction) const
{
    if (m_kind == Kind::Month)
        return {m_kind, m_day.addMonths(direction)};
    return {m_kind, m_day.addDays(qint64(direction) * (m_kind == Kind::Week ? 7 : 7 * listWeeks))};
}

QString CalendarPeriod::title() const
{
    const QLocale locale;
    switch (m_kind) {
    case Kind::Month:
        return locale.standaloneMonthName(m_day.month()) + QLatin1Char(' ') +
               locale.toString(m_day, QStringLiteral("yyyy"));
    case Kind::Week:
        return tr("semaine du %1").arg(span(first(), last()));
    case Kind::FourWeeks:
        break;
    }
    return tr("du %1").arg(span(first(), last()));
}

} // namespace kitetp
