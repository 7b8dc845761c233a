// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Period.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kitetp {

// The programme's own year (evaluation.md, "Dates that matter"): the annual self-evaluation is due at each
// anniversary of the declaration's effective date, the four-year evaluation at every fourth. Periods are anchored on
// that date, falling back to the programme's start date (with a note saying so), or on calendar years when asked
// (--calendar) or when neither date is recorded.
class ProgrammeCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCalendar)
public:
    enum class Anchor { Effective, Start, None };

    ProgrammeCalendar() = default;
    ProgrammeCalendar(const QDate &effective, const QDate &start, bool calendarYears);

    Anchor anchor() const { return m_anchor; }
    QDate anchorDate() const { return m_date; }
    // The first day of the programme as far as the file says (effective date, else start date); invalid if neither.
    QDate programmeStart() const { return m_date; }
    // True when periods are calendar years (asked for, or no date to anchor on).
    bool calendarYears() const { return m_calendar || m_anchor == Anchor::None; }
    void setCalendarYears(bool calendarYears) { m_calendar = calendarYears; }
    // One sentence for the reports and the page: what the periods are anchored on, and why.
    QString anchorNote() const;

    // The year (programme or calendar) that contains `date`; its number is set for programme years (1 = the first
    // year from the anchor; 0 or less before it).
    Period yearContaining(const QDate &date) const;
    // The year labelled by `calendarYear`: that calendar year, or the programme year beginning in it.
    Period yearStartingIn(int calendarYear) const;
    // The year before `period` (same kind).
    Period previous(const Period &period) const;
    // Up to four consecutive years ending with `last`, oldest first, none before the programme started.
    QList<Period> fourYears(const Period &last) const;
    // The years a report on `period` shows as trends: the four years ending with it, or for a free period with the
    // year containing its end.
    QList<Period> trendYears(const Period &period) const;
    // Whether `period` begins before the programme did.
    bool beforeProgramme(const Period &period) const;

    // The next anniversary of the anchor strictly after `today`, and the next fourth one (invalid without anchor).
    QDate nextAnniversary(const QDate &today) const;
    QDate nextFourYearDeadline(const QDate &today) const;

private:
    Period programmeYear(int number) const; // number >= 1 from the anchor

    Anchor m_anchor = Anchor::None;
    QDate m_date;
    bool m_calendar = false;
};

} // namespace kitetp
