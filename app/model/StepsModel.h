// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kitetp {

class Change;
class ProgrammeDocument;

// A séance's step plan as an editable table (duration, activity, technique, materials). Edits are not applied
// here: stepsEdited() hands the new list to the page, which pushes an EditSeanceCommand; the change that command's
// write announces (it names the séance) brings the table up to date row by row: the rows that differ get
// dataChanged, a step added or removed rowsInserted or rowsRemoved.
class StepsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Duration, Activity, Technique, Materials, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    // Follows the changes of `document` (nullptr: none) for the séance shown.
    void setDocument(ProgrammeDocument *document);
    // Shows séance `seance`'s steps. The same séance again: the rows that differ are updated; another séance: its
    // plan replaces the table (a reset: every row is another one).
    void showSeance(const Seance &seance);
    qint64 seanceId() const { return m_seanceId; }
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
    void apply(const Change &change);
    // Brings the rows to `steps`: the common beginning and end stay, the middle is changed, inserted or removed.
    void sync(const QList<SeanceStep> &steps);

    QPointer<ProgrammeDocument> m_document;
    qint64 m_seanceId = 0;
    QList<SeanceStep> m_steps;
};

} // namespace kitetp
