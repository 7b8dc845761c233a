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
    // A note of the team, or "Non renseigné" in the house's missing style.
    static QString note(const QString &text);
    static QString actionsTable(const QList<EvaluationAction> &actions, const QString &yearColumn = {},
                                const QList<int> &years = {});
};

} // namespace kitetp
