// SPDX-License-Identifier: EUPL-1.2
#include "core/Csv.h"

#include "core/CsvReader.h"

#include <QBuffer>

#include <algorithm>

namespace kitetp::Csv {

namespace {
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString neutralise(const QString &cell)
{
    // An apostrophe that unneutralise() would strip is doubled too, so that reading back gives the cell unchanged.
    if (!cell.isEmpty() && (isFormulaStart(cell.front()) || (cell.front() == QLatin1Char('\'') && unneutralise(cell) != cell)))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString unneutralise(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'') &&
        (isFormulaStart(cell.at(1)) || cell.at(1) == QLatin1Char('\'')))
        return cell.mid(1);
    return cell;
}

QString quote(const QString &cell, QChar separator)
{
    const bool padded = !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace());
    if (!padded && std::none_of(cell.cbegin(), cell.cend(), [separator](QChar c) {
            return c == separator || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        }))
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString line(const QStringList &cells, QChar separator)
{
    QString out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += separator;
        out += quote(neutralise(cells.at(i)), separator);
    }
    return out + QStringLiteral("\r\n");
}

Parsed parse(const QByteArray &data, int maxCell)
{
    Parsed result;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, maxCell);
    Record record;
    while (reader.next(record))
        result.records << record;
    result.separator = reader.separator();
    result.error = reader.error();
    if (!result.error.isEmpty())
        result.records.clear();
    return result;
}

} // namespace kitetp::Csv
