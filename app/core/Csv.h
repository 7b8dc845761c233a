// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kitetp::Csv {

// CSV as LibreOffice and Excel read it (RFC 4180): fields quoted when they hold the separator, a quote or a line
// break; quotes doubled; lines end with CRLF; the file starts with a UTF-8 byte order mark.

// A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is
// written with a leading apostrophe, which spreadsheets show as text. unneutralise() removes it when reading back.
QString neutralise(const QString &cell);
QString unneutralise(const QString &cell);

QString quote(const QString &cell, QChar separator);
QString line(const QStringList &cells, QChar separator); // neutralised, quoted, ending with CRLF

struct Record
{
    int line = 0;       // 1-based line of the file where the record starts
    QStringList cells;
    QString error;      // set when this record could not be read (a cell too long)
};

struct Parsed
{
    QList<Record> records;
    QChar separator;
    QString error;      // the whole file is unusable (not UTF-8, unterminated quote...)
};

// Reads `data` (UTF-8 with or without BOM, or Windows-1252) whole, with CsvReader (which reads a file of any size one
// record at a time). The separator is the one of ; , and tab that the first line holds most (outside quotes). A cell longer than `maxCell` characters makes its record an error (the rest goes on).
Parsed parse(const QByteArray &data, int maxCell = 10000);

} // namespace kitetp::Csv
