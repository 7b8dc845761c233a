// SPDX-License-Identifier: EUPL-1.2
#include "core/Period.h"

#include "core/Dates.h"

#include <QLocale>

namespace kitetp {

Period Period::year(int y)
{
    return {QDate(y, 1, 1), QDate(y, 12, 31)};
}

Period Period::range(const QDate &from, const QDate &to)
{
    return {from, to};
}

bool Period::isCalendarYear() const
{
    return isValid() && from.month() == 1 && from.day() == 1 && to.year() == from.year() && to.month() == 12 && to.day() == 31;
}

QString Period::key() const
{
    if (isCalendarYear())
        return QString::number(from.year());
    return Dates::toStored(from) + QStringLiteral("..") + Dates::toStored(to);
}

QString Period::label() const
{
    if (isCalendarYear())
        return tr("année %1").arg(from.year());
    const QLocale locale;
    if (programmeYear != 0)
        return tr("année de programme %1 (du %2 au %3)")
            .arg(programmeYear)
            .arg(locale.toString(from, QLocale::LongFormat), locale.toString(to, QLocale::LongFormat));
    return tr("du %1 au %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
}

QString Period::shortLabel() const
{
    if (isCalendarYear())
        return QString::number(from.year());
    if (programmeYear != 0)
        return from.year() == to.year() ? QString::number(from.year()) : QStringLiteral("%1-%2").arg(from.year()).arg(to.year());
    const QLocale locale;
    return locale.toString(from, QLocale::ShortFormat) + QStringLiteral("–") + locale.toString(to, QLocale::ShortFormat);
}

QString Period::check(const QDate &from, const QDate &to)
{
    if (!Dates::isPlausible(from) || !Dates::isPlausible(to))
        return tr("Les dates de la période doivent être des dates réelles entre %1 et %2.")
            .arg(Dates::earliestPlausible().year())
            .arg(Dates::latestPlausible().year());
    if (from > to)
        return tr("La période commence après sa fin : la date de début doit précéder la date de fin.");
    return {};
}

} // namespace kitetp
