#pragma once

#include "core/FileError.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace kitetp {

class ProgrammeFile;

// Small helpers shared by the stores (storage/ only).
namespace Sql {

// Runs a prepared query; on failure returns the file's write error with SQLite's text.
FileError exec(QSqlQuery &query, const ProgrammeFile &file);
// Runs a query with positional values bound in order.
FileError exec(QSqlQuery &query, const ProgrammeFile &file, const QString &sql, const QVariantList &values);

// Multi-line lists are stored one item per line.
QString joinLines(const QStringList &items);
QStringList splitLines(const QString &text);

// A NULL for 0 / empty, the value otherwise (optional foreign keys, optional years).
QVariant nullIfZero(qint64 value);

// Text for a NOT NULL column: a null QString would be bound as NULL.
inline QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

// A unique-constraint violation (a code already used).
bool isUniqueViolation(const QSqlQuery &query);

} // namespace Sql
} // namespace kitetp
