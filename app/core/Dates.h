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

} // namespace kitetp::Dates
