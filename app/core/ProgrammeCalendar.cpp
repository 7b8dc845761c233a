// SPDX-License-Identifier: EUPL-1.2
#include "core/ProgrammeCalendar.h"

#include <QLocale>

namespace kitetp {

ProgrammeCalendar::ProgrammeCalendar(const QDate &effective, const QDate &start, bool calendarYears)
    : m_calendar(calendarYears)
{
    if (effective.isValid()) {
        m_anchor = Anchor::Effective;
        m_date = effective;
    } else if (start.isValid()) {
        m_anchor = Anchor::Start;
        m_date = start;
    }
}

QString ProgrammeCalendar::anchorNote() const
{
    const QString date = QLocale().toString(m_date, QLocale::LongFormat);
    if (m_anchor == Anchor::None)
        return tr("Ni la date de prise d'effet de la déclaration ni la date de début du programme ne sont enregistrées : "
                  "les périodes sont des années civiles.");
    if (m_calendar)
        return tr("Périodes en années civiles, à la demande ; l'année du programme part du %1.").arg(date);
    if (m_anchor == Anchor::Effective)
        return tr("Années du programme comptées à partir de la prise d'effet de la déclaration, le %1.").arg(date);
    return tr("La date de prise d'effet de la déclaration n'est pas enregistrée : les années du programme sont comptées "
              "à partir de sa date de début, le %1.")
        .arg(date);
}

Period ProgrammeCalendar::programmeYear(int number) const
{
    Period p = Period::range(m_date.addYears(number - 1), m_date.addYears(number).addDays(-1));
    p.programmeYear = number;
    return p;
}

Period ProgrammeCalendar::yearContaining(const QDate &date) const
{
    if (calendarYears())
        return Period::year(date.year());
    int years = date.year() - m_date.year();
    if (m_date.addYears(years) > date)
        --years;
    return programmeYear(years + 1);
}

Period ProgrammeCalendar::yearStartingIn(int calendarYear) const
{
    if (calendarYears())
        return Period::year(calendarYear);
    return programmeYear(calendarYear - m_date.year() + 1);
}

Period ProgrammeCalendar::previous(const Period &period) const
{
    if (period.programmeYear != 0 && !calendarYears())
        return programmeYear(period.programmeYear - 1);
    if (period.isCalendarYear())
        return Period::year(period.from.year() - 1);
    const qint64 days = period.from.daysTo(period.to);
    return Period::range(period.from.addDays(-days - 1), period.from.addDays(-1));
}

bool ProgrammeCalendar::beforeProgramme(const Period &period) const
{
    if (!m_date.isValid())
        return false;
    // A calendar year counts from the year the programme started in.
    return calendarYears() ? period.to < m_date : period.from < m_date;
}

QList<Period> ProgrammeCalendar::fourYears(const Period &last) const
{
    QList<Period> out{last};
    Period p = last;
    while (out.size() < 4) {
        p = previous(p);
        if (beforeProgramme(p))
            break;
        out.prepend(p);
    }
    return out;
}

QList<Period> ProgrammeCalendar::trendYears(const Period &period) const
{
    return fourYears(period.isYear() ? period : yearContaining(period.to));
}

QDate ProgrammeCalendar::nextAnniversary(const QDate &today) const
{
    if (!m_date.isValid())
        return {};
    int years = std::max(1, today.year() - m_date.year());
    while (m_date.addYears(years) <= today)
        ++years;
    return m_date.addYears(years);
}

QDate ProgrammeCalendar::nextFourYearDeadline(const QDate &today) const
{
    if (!m_date.isValid())
        return {};
    int years = 4;
    while (m_date.addYears(years) <= today)
        years += 4;
    return m_date.addYears(years);
}

} // namespace kitetp
