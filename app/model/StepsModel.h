#pragma once

#include "core/Guides.h"

#include <QAbstractTableModel>

namespace kitetp {

// A séance's step plan as an editable table (duration, activity, technique, materials). Edits are not applied
// here: stepsEdited() hands the new list to the page, which pushes an EditSeanceCommand, then setSteps() reloads.
class StepsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Duration, Activity, Technique, Materials, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setSteps(const QList<SeanceStep> &steps);
    const QList<SeanceStep> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void stepsEdited(const QList<SeanceStep> &steps);

private:
    QList<SeanceStep> m_steps;
};

} // namespace kitetp
