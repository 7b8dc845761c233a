// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace kitetp {

class ProgrammeFile;

// Small helpers shared by the stores (storage/ only). Every statement a store runs goes through them: writes turn a
// failure into the file's FileError and announce a typed Change; reads report a failure to the file
// (ProgrammeFile::readFailure) instead of passing an empty list off as an empty programme.
namespace Sql {

// Runs a prepared query; on failure returns the file's write error with SQLite's text.
FileError exec(QSqlQuery &query, const ProgrammeFile &file);
// Runs a query with positional values bound in order.
FileError exec(QSqlQuery &query, const ProgrammeFile &file, const QString &sql, const QVariantList &values);

// Inside a write: the links of one row become `ids`, the rows of `table` whose `ownerColumn` is `owner` replaced by
// one per id in `column` (an id twice is kept once). Table and column names are the store's, never the user's.
FileError replaceLinks(QSqlQuery &query, const ProgrammeFile &file, const char *table, const char *ownerColumn, qint64 owner,
                       const char *column, const QList<qint64> &ids);

// One write: refuses a read-only file, runs `body` in a Transaction (which joins the caller's), turns a failed commit
// into the file's write error and announces `change` after the outermost commit. `body` gets a query on the file.
using Body = std::function<FileError(QSqlQuery &query)>;
FileError write(ProgrammeFile &file, const Change &change, const Body &body);
// One statement as one write (a lone statement is atomic in SQLite: no BEGIN/COMMIT around it).
FileError writeOne(ProgrammeFile &file, const Change &change, const QString &sql, const QVariantList &values);
// One INSERT as one write; `id` receives the new row's id. The change names `owner` when given (the patient of a
// path event), the new row otherwise.
FileError insertOne(ProgrammeFile &file, ChangeArea area, const QString &sql, const QVariantList &values, qint64 &id,
                    qint64 owner = 0);

// An INSERT whose new row's id insertedId() reads once it has run: `RETURNING id` on PostgreSQL, which has no
// lastInsertId() (storage/Engine.h).
QString returningId(const ProgrammeFile &file, const QString &insert);
qint64 insertedId(QSqlQuery &query, const ProgrammeFile &file);

// Runs a read with values bound in order. On failure reports it to the file and returns false.
bool select(QSqlQuery &query, const ProgrammeFile &file, const QString &sql, const QVariantList &values = {});
// Runs again a read the caller prepared once, with these values bound in order.
bool rerun(QSqlQuery &query, const ProgrammeFile &file, const QVariantList &values);
// The first column of the first row; a null QVariant when there is none (or the read failed, reported).
QVariant value(const ProgrammeFile &file, const QString &sql, const QVariantList &values = {});
// Every row, turned into a T by `row`.
template<typename T, typename Row>
QList<T> rows(const ProgrammeFile &file, const QString &sql, const QVariantList &values, Row row);
// The one of `list` whose id is `id` (a store that reads a row through the list of its day or its date).
template<typename T>
std::optional<T> withId(const QList<T> &list, qint64 id);

// Multi-line lists are stored one item per line.
QString joinLines(const QStringList &items);
QStringList splitLines(const QString &text);

// The columns of a result row, read in the order of the SELECT, each into a field of the type it has:
// `Sql::Row(q) >> m.id >> m.name >> m.active;` (no column numbers to keep in step with the column list).
class Row
{
public:
    explicit Row(const QSqlQuery &query) : m_query(query) {}

    Row &operator>>(qint64 &value) { value = next().toLongLong(); return *this; }
    Row &operator>>(int &value) { value = next().toInt(); return *this; }
    Row &operator>>(bool &value) { value = next().toBool(); return *this; }
    Row &operator>>(QString &value) { value = next().toString(); return *this; }
    Row &operator>>(QStringList &value) { value = splitLines(next().toString()); return *this; } // one item a line
    Row &operator>>(QDate &value); // stored as text (Dates::toStored)
    // The next column as text (an enum's stored word, converted by the caller).
    QString text() { return next().toString(); }

private:
    QVariant next() { return m_query.value(m_column++); }

    const QSqlQuery &m_query;
    int m_column = 0;
};

// A NULL for 0 / empty, the value otherwise (optional foreign keys, optional years).
QVariant nullIfZero(qint64 value);

// Text for a NOT NULL column: a null QString would be bound as NULL.
inline QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

// A unique-constraint violation (a code already used).
bool isUniqueViolation(const QSqlQuery &query);

// A query on the file's connection, forward only (reads walk their rows once).
QSqlQuery query(const ProgrammeFile &file);

template<typename T, typename Row>
QList<T> rows(const ProgrammeFile &file, const QString &sql, const QVariantList &values, Row row)
{
    QList<T> out;
    QSqlQuery q = query(file);
    if (select(q, file, sql, values))
        while (q.next())
            out << row(q);
    return out;
}

template<typename T>
std::optional<T> withId(const QList<T> &list, qint64 id)
{
    for (const T &item : list)
        if (item.id == id)
            return item;
    return std::nullopt;
}

} // namespace Sql
} // namespace kitetp
