// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kitetp {

// The days a calendar view shows around a day: its month (six weeks from the Monday before the 1st, for a
// grid), its week (Monday to Sunday), or four weeks from that Monday (a list); the previous and next period,
// and its title.
class CalendarPeriod
{
    Q_DECLARE_TR_FUNCTIONS(CalendarPeriod)
public:
    enum class Kind { Month, Week, FourWeeks };
    static constexpr int monthGridDays = 42;

    CalendarPeriod(Kind kind, const QDate &day) : m_kind(kind), m_day(day) {}

    Kind kind() const { return m_kind; }
    QDate day() const { return m_day; }
    QDate first() const;
    QDate last() const;
    CalendarPeriod stepped(int direction) const; // -1: the previous month, week or four weeks; 1: the next
    // "décembre 2026", "semaine du 30 novembre au 6 décembre 2026", "du 30 novembre au 27 décembre 2026"
    // (QLocale).
    QString title() const;

    static QDate mondayOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

private:
    static QString span(const QDate &from, const QDate &to); // "30 novembre au 6 décembre 2026"

    Kind m_kind;
    QDate m_day;
};

} // namespace kitetp
