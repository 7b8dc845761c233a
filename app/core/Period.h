// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kitetp {

// The period an evaluation looks at: a calendar year (the default) or any range of days, both ends included.
// A date belongs to the period when from <= date <= to: a session on 31 December belongs to that year.
struct Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)
public:
    QDate from;
    QDate to;
    int programmeYear = 0; // 1, 2...: the programme's own year (ProgrammeCalendar); 0 = calendar year or free range

    static Period year(int year);
    static Period range(const QDate &from, const QDate &to);

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool isCalendarYear() const;
    bool contains(const QDate &date) const { return date.isValid() && date >= from && date <= to; }
    // The day after `to`, for half-open comparisons of date-times ("starts_at < end").
    QDate endExclusive() const { return to.addDays(1); }
    // "2025" for a calendar year, "2025-01-01..2025-06-30" otherwise (evaluation notes, file names).
    QString key() const;
    // "année 2025" / "année de programme 2 (du 15 mars 2025 au 14 mars 2026)" / "du 1 janv. 2025 au 30 juin 2025",
    // in the user's language.
    QString label() const;
    // A short name for a chart's axis or a table's column: "2025", "2025-2026", "01/03/25–30/06/25".
    QString shortLabel() const;
    // A year (calendar or programme year), as opposed to a free range of days.
    bool isYear() const { return isCalendarYear() || programmeYear != 0; }
    // The period is not over on `today` (its last day included): its figures are partial.
    bool isPartial(const QDate &today) const { return isValid() && today <= to; }

    // Checks a period typed by a user; returns a translated reason, empty when fine.
    static QString check(const QDate &from, const QDate &to);
};

} // namespace kitetp
