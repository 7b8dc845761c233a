// SPDX-License-Identifier: EUPL-1.2
#include "core/Dates.h"

#include <QStringList>

#include <algorithm>

namespace kitetp::Dates {

QString toStored(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromStored(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QDate earliestPlausible()
{
    return {1990, 1, 1};
}

QDate latestPlausible()
{
    return {2100, 12, 31};
}

bool isPlausible(const QDate &date)
{
    return date.isValid() && date >= earliestPlausible() && date <= latestPlausible();
}

QDate parseUserDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
    return isPlausible(d) ? d : QDate();
}

QDate parseImportedDate(const QString &text, const QDate &today)
{
    if (const QDate d = parseUserDate(text); d.isValid())
        return d;
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.at(2).size() != 2 || parts.at(0).isEmpty() || parts.at(0).size() > 2 ||
        parts.at(1).isEmpty() || parts.at(1).size() > 2)
        return {};
    int numbers[3] = {};
    for (int i = 0; i < 3; ++i) {
        const QString &p = parts.at(i);
        if (!std::all_of(p.cbegin(), p.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
            return {};
        numbers[i] = p.toInt();
    }
    QDate d(2000 + numbers[2], numbers[1], numbers[0]);
    if (d.isValid() && d > today)
        d = QDate(1900 + numbers[2], numbers[1], numbers[0]);
    return isPlausible(d) ? d : QDate();
}

} // namespace kitetp::Dates
