// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kitetp {

// A table for a spreadsheet (storage/XlsxFile writes it, one sheet per table): a header, the kind of each column, and
// rows of text with dates as yyyy-mm-dd or dd/mm/yyyy and numbers with a "." (a cell of a date or number column that
// is anything else, several dates or a month, stays text; an empty cell means no data).
struct SheetTable
{
    enum class Kind { Text, Date, Number };
    QString name;
    QStringList header;
    QList<Kind> kinds;
    QList<QStringList> rows;
};

} // namespace kitetp
