// SPDX-License-Identifier: EUPL-1.2
#include "ui/evaluation/CriteriaEditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

namespace kitetp {

CriteriaEditor::CriteriaEditor(QTableWidget *table, QObject *parent) : QObject(parent), m_table(table)
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Critère déclaré"), tr("Indicateur rapproché"), tr("Appréciation de l'équipe")});
    m_table->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AppraisalColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(IndicatorColumn, 280);
    m_table->setMinimumHeight(100);
    m_table->setMaximumHeight(220);
    m_table->setWordWrap(true);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
}

void CriteriaEditor::setWritable(bool writable)
{
    m_writable = writable;
    m_table->setEditTriggers(writable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QWidget *w = m_table->cellWidget(row, IndicatorColumn))
            w->setEnabled(writable);
}

void CriteriaEditor::setContent(const QStringList &criteria, const QList<Indicator> &indicators, const QList<CriterionAppraisal> &stored)
{
    m_loading = true;
    m_table->setRowCount(int(criteria.size()));
    for (int row = 0; row < criteria.size(); ++row) {
        CriterionAppraisal a;
        for (const CriterionAppraisal &s : stored)
            if (s.criterion == criteria.at(row))
                a = s;
        auto *criterion = new QTableWidgetItem(criteria.at(row));
        criterion->setFlags(criterion->flags() & ~Qt::ItemIsEditable);
        criterion->setToolTip(criteria.at(row));
        m_table->setItem(row, CriterionColumn, criterion);
        auto *combo = new QComboBox;
        combo->setAccessibleName(tr("Indicateur rapproché de « %1 »").arg(criteria.at(row)));
        combo->addItem(tr("— aucun —"), QString());
        for (const Indicator &i : indicators)
            combo->addItem(QStringLiteral("%1 (%2)").arg(i.label, Indicators::valueText(i.value, i.unit)), i.key);
        combo->setCurrentIndex(std::max(0, combo->findData(a.indicator)));
        combo->setEnabled(m_writable);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
        m_table->setCellWidget(row, IndicatorColumn, combo);
        m_table->setItem(row, AppraisalColumn, new QTableWidgetItem(a.appraisal));
    }
    m_table->resizeRowsToContents();
    m_loading = false;
}

QList<CriterionAppraisal> CriteriaEditor::appraisals() const
{
    QList<CriterionAppraisal> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *combo = qobject_cast<const QComboBox *>(m_table->cellWidget(row, IndicatorColumn));
        const QTableWidgetItem *appraisal = m_table->item(row, AppraisalColumn);
        out << CriterionAppraisal{m_table->item(row, CriterionColumn)->text(), combo ? combo->currentData().toString() : QString(),
                                  appraisal ? appraisal->text().trimmed() : QString()};
    }
    return out;
}

} // namespace kitetp
