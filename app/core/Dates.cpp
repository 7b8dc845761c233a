#include "core/Dates.h"

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

} // namespace kitetp::Dates
