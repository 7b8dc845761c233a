// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

namespace kitetp::Dates {

// Dates are stored as ISO 8601 text (yyyy-MM-dd) in programme files.
QString toStored(const QDate &date);
QDate fromStored(const QString &text);

// A date a programme can plausibly hold: from 1990 (before any ETP programme) to 2100.
// Anything else is treated as a typing error and refused with a message.
bool isPlausible(const QDate &date);
QDate earliestPlausible();
QDate latestPlausible();

// Parses a date typed by a user or read from a file: ISO (2025-03-14) or French (14/03/2025).
// Returns an invalid QDate when the text is not a plausible date.
QDate parseUserDate(const QString &text);

// A date read from a file a spreadsheet wrote (the patients CSV): what parseUserDate() reads, and also dd/mm/yy and
// d/m/yy (LibreOffice's French short date). A two-digit year is 20yy unless that date is after `today`, then 19yy
// (so "05/01/24" is 5 January 2024; one that lands before 1990 is implausible and refused). The window's DateEdit
// keeps its own typing rule (the century closest to today), made for a date being typed, not a file.
QDate parseImportedDate(const QString &text, const QDate &today);

} // namespace kitetp::Dates
