#include "model/StepsModel.h"

#include "core/GuideRules.h"

namespace kitetp {

void StepsModel::setSteps(const QList<SeanceStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
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
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
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
