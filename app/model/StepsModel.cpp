// SPDX-License-Identifier: EUPL-1.2
#include "model/StepsModel.h"

#include "core/Change.h"
#include "core/GuideRules.h"
#include "model/ProgrammeDocument.h"
#include "storage/GuideStore.h"

#include <algorithm>

namespace kitetp {

namespace {
// What a row shows (a step's id is not shown, and the store gives new ids when it writes the plan again).
bool sameStep(const SeanceStep &a, const SeanceStep &b)
{
    return a.durationMin == b.durationMin && a.activity == b.activity && a.technique == b.technique && a.materials == b.materials;
}
} // namespace

void StepsModel::setDocument(ProgrammeDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProgrammeDocument::changed, this, &StepsModel::apply);
    showSeance(Seance());
}

void StepsModel::showSeance(const Seance &seance)
{
    if (seance.id == m_seanceId && seance.id != 0) {
        sync(seance.steps);
        return;
    }
    beginResetModel(); // another séance (or none): not an update of the rows shown
    m_seanceId = seance.id;
    m_steps = seance.steps;
    endResetModel();
}

void StepsModel::apply(const Change &change)
{
    if (!m_document || !m_seanceId || !change.touches(GuideStore::area()))
        return;
    if (!change.isWhole(GuideStore::area()) && !change.rows(GuideStore::area()).contains(m_seanceId))
        return;
    const auto seance = GuideStore(m_document->file()).seance(m_seanceId);
    sync(seance ? seance->steps : QList<SeanceStep>()); // a séance removed shows no step
}

void StepsModel::sync(const QList<SeanceStep> &steps)
{
    const int before = int(m_steps.size());
    const int after = int(steps.size());
    int head = 0;
    while (head < before && head < after && sameStep(m_steps.at(head), steps.at(head)))
        ++head;
    int tail = 0;
    while (tail < before - head && tail < after - head && sameStep(m_steps.at(before - 1 - tail), steps.at(after - 1 - tail)))
        ++tail;
    // Rows [head, before - tail) become [head, after - tail): the first `common` of them change in place, then the
    // rest is inserted or removed after them.
    const int common = std::min(before, after) - head - tail;
    for (int i = head; i < head + common; ++i)
        m_steps[i] = steps.at(i);
    if (common > 0)
        Q_EMIT dataChanged(index(head, 0), index(head + common - 1, ColumnCount - 1));
    const int at = head + common;
    if (after > before) {
        beginInsertRows({}, at, at + (after - before) - 1);
        for (int i = at; i < at + (after - before); ++i)
            m_steps.insert(i, steps.at(i));
        endInsertRows();
    } else if (before > after) {
        beginRemoveRows({}, at, at + (before - after) - 1);
        m_steps.remove(at, before - after);
        endRemoveRows();
    }
    m_steps = steps; // the same content now; the ids the store gave
}

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const SeanceStep &s = m_steps[index.row()];
    switch (index.column()) {
    case Duration: return s.durationMin;
    case Activity: return s.activity;
    case Technique: return s.technique;
    case Materials: return s.materials;
    default: return {};
    }
}

QVariant StepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Duration: return tr("Durée (min)");
    case Activity: return tr("Activité");
    case Technique: return tr("Technique");
    case Materials: return tr("Matériel");
    default: return {};
    }
}

Qt::ItemFlags StepsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : QAbstractTableModel::flags(index);
}

bool StepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_steps.size())
        return false;
    QList<SeanceStep> steps = m_steps;
    SeanceStep &s = steps[index.row()];
    switch (index.column()) {
    case Duration: {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 0 || minutes > GuideRules::maxDuration)
            return false;
        s.durationMin = minutes;
        break;
    }
    case Activity: s.activity = value.toString(); break;
    case Technique: s.technique = value.toString(); break;
    case Materials: s.materials = value.toString(); break;
    default: return false;
    }
    if (s.durationMin == m_steps[index.row()].durationMin && s.activity == m_steps[index.row()].activity &&
        s.technique == m_steps[index.row()].technique && s.materials == m_steps[index.row()].materials)
        return false;
    Q_EMIT stepsEdited(steps);
    return true;
}

} // namespace kitetp
