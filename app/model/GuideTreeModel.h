// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "model/RowSyncModel.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace kitetp {

class Change;
class ProgrammeDocument;

// The conducteurs and their séances as a two-level tree (column 0: "C1 — title"). Read-only: edits go through
// commands; the tree follows the document's typed changes row by row (the conducteurs and séances a change names
// are read again: dataChanged, rowsInserted, rowsRemoved, rowsMoved), so a view keeps its selection and what is
// expanded. Drag and drop does not change the model; it asks the page to move (conducteurMoveRequested /
// seanceMoveRequested), which pushes the command.
class GuideTreeModel : public RowSyncModel<QAbstractItemModel>
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, IsSeanceRole };

    using RowSyncModel::RowSyncModel;
    // Shows the guides of `document` (none when it is nullptr) and follows its changes. With `loadNow` false the
    // tree stays empty until load(): a page hidden behind another reads the guides when it is first shown.
    void setDocument(ProgrammeDocument *document, bool loadNow = true);
    void load(); // reads every conducteur (a reset: the first time), unless already done
    bool isLoaded() const { return m_loaded; }
    const QList<Conducteur> &conducteurs() const { return m_conducteurs; }

    QModelIndex conducteurIndex(qint64 id) const;
    QModelIndex seanceIndex(qint64 id) const;
    const Conducteur *conducteurAt(const QModelIndex &index) const; // the conducteur, or the séance's conducteur
    const Seance *seanceAt(const QModelIndex &index) const;         // nullptr on a conducteur

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    void conducteurMoveRequested(qint64 conducteurId, int toRow);
    void seanceMoveRequested(qint64 seanceId, qint64 toConducteurId, int toRow);

private:
    void apply(const Change &change);
    // Brings the tree to `target` (the conducteurs in order, with their séances) with row signals, never a reset.
    void sync(const QList<Conducteur> &target);
    void syncSeances(int row, const QList<Seance> &target);
    int rowOfConducteur(qint64 id) const;

    QPointer<ProgrammeDocument> m_document;
    bool m_loaded = false;
    QList<Conducteur> m_conducteurs;
};

} // namespace kitetp
