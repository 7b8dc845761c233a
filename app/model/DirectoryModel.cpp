// SPDX-License-Identifier: EUPL-1.2
#include "model/DirectoryModel.h"

#include "storage/DirectoryStore.h"

#include <QLocale>

namespace kitetp {

DirectoryModel::DirectoryModel(ProgrammeFile &file, QObject *parent) : QAbstractTableModel(parent), m_file(file)
{
    connect(&m_file, &ProgrammeFile::changed, this, [this](const Change &change) {
        if (change.touches(ChangeArea::Directory))
            reload();
    });
    reload();
}

void DirectoryModel::reload()
{
    beginResetModel();
    m_entries = DirectoryStore(m_file).entries();
    endResetModel();
}

void DirectoryModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const DirectoryEntry &e = m_entries.at(index.row());
    if (role == EntryRowRole)
        return index.row();
    if (role == Qt::ToolTipRole && index.column() == State && e.isStale(m_today))
        return tr("La fiche a plus d'un an : demandez au programme une fiche à jour.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Title:
        return e.title;
    case Departement:
        return Directory::departementLabel(e.departement);
    case Town:
        return e.town;
    case Condition:
        return e.condition;
    case Formats:
        return Directory::formatsText(e.formats);
    case External:
        return !e.externalPatients ? tr("non précisé") : *e.externalPatients ? tr("oui") : tr("non");
    case CardDate:
        return QLocale().toString(e.generated, QLocale::ShortFormat);
    case State:
        return e.isStale(m_today) ? tr("à mettre à jour") : tr("à jour");
    case History:
        return e.olderCards == 0 ? QString() : tr("%n fiche(s) plus ancienne(s)", nullptr, e.olderCards);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Programme");
    case Departement:
        return tr("Département");
    case Town:
        return tr("Ville");
    case Condition:
        return tr("Problème de santé");
    case Formats:
        return tr("Formats");
    case External:
        return tr("Patients extérieurs");
    case CardDate:
        return tr("Date de la fiche");
    case State:
        return tr("État");
    case History:
        return tr("Historique");
    case ColumnCount:
        break;
    }
    return {};
}

void DirectoryFilterModel::setFilter(const Directory::Filter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool DirectoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const DirectoryModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow >= model->entries().size())
        return false;
    return m_filter.matches(model->entries().at(sourceRow));
}

} // namespace kitetp
