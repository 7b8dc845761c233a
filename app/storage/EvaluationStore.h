// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/Evaluation.h"
#include "core/FileError.h"
#include "core/ProgrammeCalendar.h"
#include "storage/Store.h"

#include <QMap>

namespace kitetp {

// The team's qualitative analysis (evaluation_note), per period and key. Changes are announced as "evaluation".
class EvaluationStore : public Store
{
public:
    using Store::Store;

    QString note(const QString &period, const QString &key) const;
    QMap<QString, QString> notes(const QString &period) const;
    // An empty value removes the note. Refuses values EvaluationNotes::check() refuses.
    FileError setNote(const QString &period, const QString &key, const QString &value);

    QList<EvaluationAction> actions(const QString &period) const;
    FileError setActions(const QString &period, const QList<EvaluationAction> &actions);

    QList<CriterionAppraisal> appraisals(const QString &period) const;

    // The programme's own year: anchored on the declaration's effective date (as of `today`), else on the
    // programme's start date (programme.start); calendar years when `calendarYears` or neither is recorded.
    ProgrammeCalendar calendar(bool calendarYears, const QDate &today = QDate::currentDate()) const;

    static constexpr ChangeArea area() { return ChangeArea::Evaluation; }
};

} // namespace kitetp
