// SPDX-License-Identifier: EUPL-1.2
#include "storage/EvaluationStore.h"

#include "core/Dates.h"
#include "core/ProgrammeFields.h"
#include "storage/DeclarationStore.h"
#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

namespace kitetp {

QString EvaluationStore::note(const QString &period, const QString &key) const
{
    return Sql::value(m_file, QStringLiteral("SELECT value FROM evaluation_note WHERE period = ? AND key = ?"), {period, key}).toString();
}

QMap<QString, QString> EvaluationStore::notes(const QString &period) const
{
    QMap<QString, QString> out;
    QSqlQuery q = Sql::query(m_file);
    if (Sql::select(q, m_file, QStringLiteral("SELECT key, value FROM evaluation_note WHERE period = ?"), {period}))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

FileError EvaluationStore::setNote(const QString &period, const QString &key, const QString &value)
{
    const QString reason = EvaluationNotes::check(key, value);
    if (!reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    const Change change(area(), QStringList{period + QLatin1Char('/') + key});
    if (value.isEmpty())
        return Sql::writeOne(m_file, change, QStringLiteral("DELETE FROM evaluation_note WHERE period = ? AND key = ?"), {period, key});
    return Sql::writeOne(m_file, change,
                         QStringLiteral("INSERT INTO evaluation_note(period, key, value) VALUES (?, ?, ?) "
                                        "ON CONFLICT(period, key) DO UPDATE SET value = excluded.value"),
                         {period, key, value});
}

QList<EvaluationAction> EvaluationStore::actions(const QString &period) const
{
    return EvaluationNotes::actionsFromStored(note(period, EvaluationNotes::actionsKey()));
}

FileError EvaluationStore::setActions(const QString &period, const QList<EvaluationAction> &actions)
{
    const QString reason = EvaluationNotes::checkActions(actions);
    if (!reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    return setNote(period, EvaluationNotes::actionsKey(), actions.isEmpty() ? QString() : EvaluationNotes::actionsToStored(actions));
}

QList<CriterionAppraisal> EvaluationStore::appraisals(const QString &period) const
{
    return EvaluationNotes::appraisalsFromStored(note(period, EvaluationNotes::criteriaKey()));
}

ProgrammeCalendar EvaluationStore::calendar(bool calendarYears, const QDate &today) const
{
    const QDate effective = DeclarationTimeline(DeclarationStore(m_file).events()).effective(today);
    const QDate start = Dates::fromStored(FieldStore(m_file).value(QStringLiteral("programme.start")));
    return ProgrammeCalendar(effective, start, calendarYears);
}

} // namespace kitetp
