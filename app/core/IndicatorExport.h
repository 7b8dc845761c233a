// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Indicators.h"
#include "core/SheetTable.h"

#include <QByteArray>
#include <QString>

namespace kitetp {

// The indicators of one period as text, JSON or CSV (kitetp indicators). No identity ever: only counts, rates and
// the labels of séances, professions and questions. The JSON shape is documented in docs/indicators.md.
namespace IndicatorExport {

QString text(const Period &period, const QList<Indicator> &indicators);
QByteArray json(const Period &period, const QString &programme, const QList<Indicator> &indicators);
// One line per indicator and one per breakdown row (header line first; "," separator, "." decimals, RFC 4180
// quoting; an empty value means no data).
QByteArray csv(const Period &period, const QList<Indicator> &indicators);
// The same lines for a spreadsheet a French user opens directly (core/Csv: ";" separator, decimal comma, UTF-8 byte
// order mark, CRLF, formulas neutralised): headers, sections and units in the user's language, values as numbers
// ("83,33"), the numerator and denominator of proportions; an empty value means no data.
// Dates dd/mm/yyyy.
QByteArray spreadsheet(const Period &period, const QList<Indicator> &indicators);
// The same table with its columns typed, for an XLSX sheet (storage/XlsxFile): dates, numbers, text.
SheetTable table(const Period &period, const QList<Indicator> &indicators);

} // namespace IndicatorExport
} // namespace kitetp
