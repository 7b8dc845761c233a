// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Evaluation.h"

#include <QObject>

class QTableWidget;

namespace kitetp {

// Drives a table of improvement actions: action, owner, due date (JJ/MM/AAAA) and state (a drop-down). In Decide
// mode every cell is editable and rows can be added or removed; in FollowUp mode (the previous period's actions)
// only the state changes. edited() is emitted after a change the user made, never while the table is being loaded.
class ActionsEditor : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Decide, FollowUp };
    ActionsEditor(QTableWidget *table, Mode mode, QObject *parent = nullptr);

    void setActions(const QList<EvaluationAction> &actions);
    void setWritable(bool writable);
    void addRow();
    void removeCurrentRow();

    // What the table holds. `error`: a due date that is not a date (the caller says so and reloads). `pending`: a
    // row added but not described yet (kept on screen, not stored).
    struct Content
    {
        QList<EvaluationAction> actions;
        QString error;
        bool pending = false;
    };
    Content content() const;

Q_SIGNALS:
    void edited();

private:
    void setRow(int row, const EvaluationAction &action);
    enum Column { TextColumn, OwnerColumn, DueColumn, StateColumn, ColumnCount };

    QTableWidget *m_table;
    Mode m_mode;
    bool m_writable = true;
    bool m_loading = false;
};

} // namespace kitetp
