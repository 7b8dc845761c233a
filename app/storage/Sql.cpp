#include "storage/Sql.h"

#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QSqlError>

namespace kitetp::Sql {

FileError exec(QSqlQuery &query, const ProgrammeFile &file)
{
    if (file.transactionFailed())
        return file.writeError(QCoreApplication::translate("Sql", "une étape précédente de cette modification a échoué"));
    if (!query.exec())
        return file.writeError(query.lastError().text());
    return {};
}

FileError exec(QSqlQuery &query, const ProgrammeFile &file, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return file.writeError(query.lastError().text());
    for (const QVariant &v : values) {
        // A null QString would bind as SQL NULL and break NOT NULL text columns: text is never NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    return exec(query, file);
}

QString joinLines(const QStringList &items)
{
    return items.join(QLatin1Char('\n'));
}

QStringList splitLines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

bool isUniqueViolation(const QSqlQuery &query)
{
    return query.lastError().nativeErrorCode() == QLatin1String("2067") ||
           query.lastError().text().contains(QLatin1String("UNIQUE"));
}

} // namespace kitetp::Sql
