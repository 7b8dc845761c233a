#pragma once

#include "core/Guides.h"

#include <QAbstractItemModel>

namespace kitetp {

// The conducteurs and their séances as a two-level tree (column 0: "C1 — title"). Read-only: edits go through
// commands, then setConducteurs() reloads. Drag and drop does not change the model; it asks the page to move
// (conducteurMoveRequested / seanceMoveRequested), which pushes the command.
class GuideTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, IsSeanceRole };

    using QAbstractItemModel::QAbstractItemModel;
    void setConducteurs(const QList<Conducteur> &conducteurs);
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
    QList<Conducteur> m_conducteurs;
};

} // namespace kitetp
