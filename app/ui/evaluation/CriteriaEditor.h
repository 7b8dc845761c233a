// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Evaluation.h"
#include "core/Indicators.h"

#include <QObject>

class QTableWidget;

namespace kitetp {

// Drives the table of the judging criteria declared in the dossier: the criterion (read-only), the indicator the
// team sets against it (a drop-down showing each indicator's value for the period) and the team's appraisal.
// edited() follows a change the user made.
class CriteriaEditor : public QObject
{
    Q_OBJECT
public:
    explicit CriteriaEditor(QTableWidget *table, QObject *parent = nullptr);

    void setContent(const QStringList &criteria, const QList<Indicator> &indicators, const QList<CriterionAppraisal> &stored);
    void setWritable(bool writable);
    QList<CriterionAppraisal> appraisals() const;

Q_SIGNALS:
    void edited();

private:
    enum Column { CriterionColumn, IndicatorColumn, AppraisalColumn, ColumnCount };
    QTableWidget *m_table;
    bool m_writable = true;
    bool m_loading = false;
};

} // namespace kitetp
