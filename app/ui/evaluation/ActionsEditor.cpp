// SPDX-License-Identifier: EUPL-1.2
#include "ui/evaluation/ActionsEditor.h"

#include "core/Dates.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

namespace kitetp {

ActionsEditor::ActionsEditor(QTableWidget *table, Mode mode, QObject *parent) : QObject(parent), m_table(table), m_mode(mode)
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Responsable"), tr("Échéance (JJ/MM/AAAA)"), tr("État")});
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(OwnerColumn, 200);
    m_table->setMinimumHeight(120);
    m_table->setMaximumHeight(200);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    setWritable(true);
}

void ActionsEditor::setWritable(bool writable)
{
    m_writable = writable;
    m_table->setEditTriggers(writable && m_mode == Mode::Decide ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QWidget *w = m_table->cellWidget(row, StateColumn))
            w->setEnabled(writable);
}

void ActionsEditor::setRow(int row, const EvaluationAction &a)
{
    m_table->setItem(row, TextColumn, new QTableWidgetItem(a.text));
    m_table->setItem(row, OwnerColumn, new QTableWidgetItem(a.owner));
    m_table->setItem(row, DueColumn, new QTableWidgetItem(a.due.isValid() ? a.due.toString(QStringLiteral("dd/MM/yyyy")) : QString()));
    auto *state = new QComboBox;
    for (EvaluationAction::State s : EvaluationNotes::states())
        state->addItem(EvaluationNotes::stateLabel(s), int(s));
    state->setCurrentIndex(state->findData(int(a.state)));
    state->setEnabled(m_writable);
    connect(state, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    m_table->setCellWidget(row, StateColumn, state);
}

void ActionsEditor::setActions(const QList<EvaluationAction> &actions)
{
    m_loading = true;
    m_table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row)
        setRow(row, actions.at(row));
    m_loading = false;
}

void ActionsEditor::addRow()
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, {});
    m_loading = false;
    m_table->setCurrentCell(row, TextColumn);
    m_table->editItem(m_table->item(row, TextColumn));
}

void ActionsEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_loading = true;
    m_table->removeRow(row);
    m_loading = false;
    Q_EMIT edited();
}

ActionsEditor::Content ActionsEditor::content() const
{
    Content c;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        const auto *state = qobject_cast<const QComboBox *>(m_table->cellWidget(row, StateColumn));
        EvaluationAction a{text(TextColumn), text(OwnerColumn), {},
                           state ? static_cast<EvaluationAction::State>(state->currentData().toInt()) : EvaluationAction::State::Planned};
        if (a.text.isEmpty() && a.owner.isEmpty() && text(DueColumn).isEmpty()) {
            c.pending = true; // a row just added, not filled yet
            continue;
        }
        if (!text(DueColumn).isEmpty()) {
            a.due = Dates::parseUserDate(text(DueColumn));
            if (!a.due.isValid() && c.error.isEmpty())
                c.error = tr("Échéance refusée : « %1 » n'est pas une date (JJ/MM/AAAA).").arg(text(DueColumn));
        }
        if (a.text.isEmpty())
            c.pending = true;
        c.actions << a;
    }
    return c;
}

} // namespace kitetp
