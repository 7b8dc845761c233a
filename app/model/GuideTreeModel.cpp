// SPDX-License-Identifier: EUPL-1.2
#include "model/GuideTreeModel.h"

#include "core/Change.h"
#include "core/GuideRules.h"
#include "model/ProgrammeDocument.h"
#include "storage/GuideStore.h"

#include <QDataStream>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace kitetp {

namespace {
const QString mimeType = QStringLiteral("application/x-kitetp-guide-item");
// Internal id of a conducteur row; a séance's is its conducteur's id, which stays true when conducteurs move.
constexpr quintptr topLevel = quintptr(-1);

// What a row shows (its text, tooltip and icon): a change of anything else needs no dataChanged.
bool showsTheSame(const Seance &a, const Seance &b)
{
    return a.code == b.code && a.title == b.title && a.draft == b.draft && a.durationMin == b.durationMin &&
           a.stepsMatchDuration() == b.stepsMatchDuration() && a.stepsDurationMin() == b.stepsDurationMin();
}

bool showsTheSame(const Conducteur &a, const Conducteur &b)
{
    return a.code == b.code && a.title == b.title && a.seances.size() == b.seances.size();
}

template<typename T>
qint64 byId(const T &row)
{
    return row.id;
}

} // namespace

// The places the tree is reset: another file (or none) is shown, and its guides are read the first time.
void GuideTreeModel::setDocument(ProgrammeDocument *document, bool loadNow)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProgrammeDocument::changed, this, &GuideTreeModel::apply);
    beginResetModel();
    m_conducteurs.clear();
    m_loaded = false;
    endResetModel();
    if (loadNow)
        load();
}

void GuideTreeModel::load()
{
    if (m_loaded || !m_document)
        return;
    beginResetModel();
    m_conducteurs = GuideStore(m_document->file()).conducteurs();
    m_loaded = true;
    endResetModel();
}

void GuideTreeModel::apply(const Change &change)
{
    if (!m_loaded || !m_document || !change.touches(GuideStore::area())) // not read yet: load() reads what is stored
        return;
    const GuideStore store(m_document->file());
    if (change.isWhole(GuideStore::area())) { // an import, a skill removed: compared with everything stored
        sync(store.conducteurs());
        return;
    }
    // A change names the conducteurs or séances written (ids of either table): the conducteurs concerned are the
    // one with that id, and the one a séance with that id was in and is in now. Those are read again.
    QSet<qint64> concerned;
    for (qint64 id : change.rows(GuideStore::area())) {
        concerned.insert(id);
        if (const Conducteur *c = conducteurAt(seanceIndex(id)))
            concerned.insert(c->id);
        if (const auto s = store.seance(id))
            concerned.insert(s->conducteurId);
    }
    QList<Conducteur> target;
    for (const Conducteur &c : std::as_const(m_conducteurs))
        if (!concerned.contains(c.id))
            target << c;
    for (qint64 id : std::as_const(concerned))
        if (const auto c = store.conducteur(id))
            target << *c;
    // The store's order (GuideStore::conducteurs()): by position, then id.
    std::sort(target.begin(), target.end(), [](const Conducteur &a, const Conducteur &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    sync(target);
}

void GuideTreeModel::sync(const QList<Conducteur> &target)
{
    syncRows(QModelIndex(), m_conducteurs, target, byId<Conducteur>, [this](int row, const Conducteur &now) {
        const bool same = showsTheSame(m_conducteurs.at(row), now); // its tooltip counts the séances
        syncSeances(row, now.seances);
        Conducteur &c = m_conducteurs[row];
        c.code = now.code;
        c.title = now.title;
        c.description = now.description;
        c.position = now.position;
        if (!same)
            Q_EMIT dataChanged(index(row, 0), index(row, 0));
    });
}

void GuideTreeModel::syncSeances(int row, const QList<Seance> &target)
{
    const QModelIndex parent = index(row, 0);
    syncRows(parent, m_conducteurs[row].seances, target, byId<Seance>, [this, row, parent](int i, const Seance &now) {
        Seance &s = m_conducteurs[row].seances[i];
        const bool same = showsTheSame(s, now);
        s = now; // every field: the page's forms read the séance from here
        if (!same)
            Q_EMIT dataChanged(index(i, 0, parent), index(i, 0, parent));
    });
}

int GuideTreeModel::rowOfConducteur(qint64 id) const
{
    for (int i = 0; i < m_conducteurs.size(); ++i)
        if (m_conducteurs[i].id == id)
            return i;
    return -1;
}

QModelIndex GuideTreeModel::conducteurIndex(qint64 id) const
{
    const int row = rowOfConducteur(id);
    return row < 0 ? QModelIndex() : index(row, 0);
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
    const int row = index.internalId() == topLevel ? index.row() : rowOfConducteur(qint64(index.internalId()));
    return row >= 0 && row < m_conducteurs.size() ? &m_conducteurs[row] : nullptr;
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
    const Conducteur &c = m_conducteurs[parent.row()];
    return row < c.seances.size() ? createIndex(row, 0, quintptr(c.id)) : QModelIndex();
}

QModelIndex GuideTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    const int row = rowOfConducteur(qint64(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, topLevel);
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
    return false; // the command's change moves the row; nothing for the view to remove
}

} // namespace kitetp
