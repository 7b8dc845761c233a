// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Evaluation.h"
#include "core/Indicators.h"
#include "documents/EvaluationReports.h"

#include <QCoreApplication>

namespace kitetp {

// HTML pieces shared by the evaluation reports (documents/ only). All user text goes through Html::escape.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationReports)
public:
    // A table of the indicators of `section`: label, value ("pas de données" when none) and definition, then the
    // breakdown rows indented.
    static QString indicatorTable(const QList<Indicator> &indicators, Indicator::Section section);
    // The chart `id` as an image of the width of the text, or nothing when absent.
    static QString chart(const QList<ReportChart> &charts, const QString &id);
    // A note of the team, or "À compléter." in the house's missing style (a part is never dropped).
    static QString note(const QString &text);
    static QString toComplete();
    // Actions with owner, due date and state; `periodColumn` adds a first column from `periods`.
    static QString actionsTable(const QList<EvaluationAction> &actions, const QString &periodColumn = {},
                                const QStringList &periods = {});
    // A label/value table row for a programme field; an empty field reads "à compléter".
    static QString fieldRow(const QString &label, const QString &value);
    // The paragraph that flags a report whose period is not over on `today`; empty otherwise.
    static QString partialNotice(const Period &period, const QDate &today);
    // Indicators across several periods: a row per key, a column per period ("pas de données" where none).
    static QString trendTable(const QList<QList<Indicator>> &periods, const QStringList &columns, const QStringList &keys);
    static QString tableStart();
};

} // namespace kitetp
