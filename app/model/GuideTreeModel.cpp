#include "model/GuideTreeModel.h"

#include "core/GuideRules.h"

#include <QDataStream>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>

namespace kitetp {

namespace {
const QString mimeType = QStringLiteral("application/x-kitetp-guide-item");
constexpr quintptr topLevel = quintptr(-1); // internal id of a conducteur row; a séance's is its conducteur's row
} // namespace

void GuideTreeModel::setConducteurs(const QList<Conducteur> &conducteurs)
{
    beginResetModel();
    m_conducteurs = conducteurs;
    endResetModel();
}

QModelIndex GuideTreeModel::conducteurIndex(qint64 id) const
{
    for (int i = 0; i < m_conducteurs.size(); ++i)
        if (m_conducteurs[i].id == id)
            return index(i, 0);
    return {};
}

QModelIndex GuideTreeModel::seanceIndex(qint64 id) const
{
    for (int i = 0; i < m_conducteurs.size(); ++i)
        for (int j = 0; j < m_conducteurs[i].seances.size(); ++j)
            if (m_conducteurs[i].seances[j].id == id)
                return index(j, 0, index(i, 0));
    return {};
}

const Conducteur *GuideTreeModel::conducteurAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == topLevel ? index.row() : int(index.internalId());
    return row < m_conducteurs.size() ? &m_conducteurs[row] : nullptr;
}

const Seance *GuideTreeModel::seanceAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == topLevel)
        return nullptr;
    const Conducteur *c = conducteurAt(index);
    return c && index.row() < c->seances.size() ? &c->seances[index.row()] : nullptr;
}

QModelIndex GuideTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_conducteurs.size() ? createIndex(row, 0, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel || parent.row() >= m_conducteurs.size())
        return {};
    return row < m_conducteurs[parent.row()].seances.size() ? createIndex(row, 0, quintptr(parent.row())) : QModelIndex();
}

QModelIndex GuideTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId()), 0, topLevel);
}

int GuideTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_conducteurs.size());
    if (parent.internalId() == topLevel && parent.row() < m_conducteurs.size())
        return int(m_conducteurs[parent.row()].seances.size());
    return 0;
}

int GuideTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant GuideTreeModel::data(const QModelIndex &index, int role) const
{
    const Seance *s = seanceAt(index);
    const Conducteur *c = conducteurAt(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return s ? QStringLiteral("%1 — %2").arg(s->code, s->title) : QStringLiteral("%1 — %2").arg(c->code, c->title);
    case Qt::ToolTipRole: {
        // The whole title first: long titles are cut in the list.
        const QString name = data(index, Qt::DisplayRole).toString();
        QString note;
        if (s && !s->stepsMatchDuration())
            note = tr("Les étapes durent %1 min, la séance %2 min.").arg(s->stepsDurationMin()).arg(s->durationMin);
        else
            note = s ? (s->draft ? tr("Brouillon à relire") : QString()) : tr("%n séance(s)", nullptr, int(c->seances.size()));
        return note.isEmpty() ? name : name + QLatin1Char('\n') + note;
    }
    case Qt::DecorationRole:
        if (s && !s->stepsMatchDuration())
            return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        return QIcon::fromTheme(s ? QStringLiteral("text-x-generic") : QStringLiteral("folder"));
    case IdRole:
        return s ? s->id : c->id;
    case IsSeanceRole:
        return s != nullptr;
    default:
        return {};
    }
}

Qt::ItemFlags GuideTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.internalId() == topLevel)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList GuideTreeModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *GuideTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << data(indexes.first(), IsSeanceRole).toBool() << data(indexes.first(), IdRole).toLongLong();
    auto *mime = new QMimeData;
    mime->setData(mimeType, bytes);
    return mime;
}

bool GuideTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(mimeType))
        return false;
    QDataStream in(data->data(mimeType));
    bool isSeance = false;
    qint64 id = 0;
    in >> isSeance >> id;
    // A conducteur goes between conducteurs; a séance goes into a conducteur.
    return isSeance ? parent.isValid() && parent.internalId() == topLevel : !parent.isValid();
}

bool GuideTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream in(data->data(mimeType));
    bool isSeance = false;
    qint64 id = 0;
    in >> isSeance >> id;
    if (isSeance)
        Q_EMIT seanceMoveRequested(id, m_conducteurs[parent.row()].id, row < 0 ? rowCount(parent) : row);
    else
        Q_EMIT conducteurMoveRequested(id, row < 0 ? rowCount() : row);
    return false; // the page reloads the model after the command; nothing for the view to remove
}

} // namespace kitetp
