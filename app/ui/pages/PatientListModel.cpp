// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/PatientListModel.h"

#include "model/ListTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace kitetp {

void PatientListModel::setPatients(QList<PatientSummary> patients, const QDate &today)
{
    beginResetModel();
    m_today = today;
    m_rows.clear();
    m_rows.reserve(patients.size());
    for (PatientSummary &s : patients)
        m_rows << rowFor(std::move(s));
    if (m_sortColumn != Code || m_sortOrder != Qt::AscendingOrder) // the store gives them by code
        sortRows();
    endResetModel();
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids << m_rows.at(index.row()).summary.id;
    sortRows();
    if (!before.isEmpty()) {
        QHash<qint64, int> rows;
        for (int i = 0; i < m_rows.size(); ++i)
            rows.insert(m_rows.at(i).summary.id, i);
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i)
            after << index(rows.value(ids.at(i)), before.at(i).column());
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PatientListModel::sortRows()
{
    const int column = m_sortColumn;
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), [column](const Row &a, const Row &b) { return less(a, b, column); });
    else
        std::stable_sort(m_rows.begin(), m_rows.end(), [column](const Row &a, const Row &b) { return less(b, a, column); });
}

PatientListModel::Row PatientListModel::rowFor(PatientSummary summary) const
{
    Row r{std::move(summary), PatientPath::Stage::Entry, {}, {}};
    r.stage = PatientPath::stage(r.summary);
    r.next = PatientPath::nextStep(r.summary, m_today);
    r.search = (r.summary.code + QLatin1Char(' ') + r.summary.firstName + QLatin1Char(' ') + r.summary.lastName +
                QLatin1Char(' ') + r.summary.cancerSite).toLower();
    return r;
}

void PatientListModel::updatePatient(qint64 id, const std::optional<PatientSummary> &summary)
{
    const int row = rowOf(id);
    if (row >= 0 && summary) {
        m_rows[row] = rowFor(*summary);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (summary) {
        // A new patient takes its place in the order shown.
        Row r = rowFor(*summary);
        const int column = m_sortColumn;
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), r, [column, ascending](const Row &x, const Row &y) {
            return ascending ? less(x, y, column) : less(y, x, column);
        });
        const int position = int(at - m_rows.begin());
        beginInsertRows({}, position, position);
        m_rows.insert(position, std::move(r));
        endInsertRows();
    }
}

void PatientListModel::setIdentitiesHidden(bool hidden)
{
    if (m_hidden == hidden)
        return;
    m_hidden = hidden;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name));
}

const PatientSummary *PatientListModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).summary : nullptr;
}

bool PatientListModel::matches(int row, const QStringList &words, int stage, int year, int status, const QString &site) const
{
    const Row &r = m_rows.at(row);
    if (stage >= 0 && int(r.stage) != stage)
        return false;
    if (year && (!r.summary.entryDate.isValid() || r.summary.entryDate.year() != year))
        return false;
    if (status >= 0 && int(r.summary.status) != status)
        return false;
    if (!site.isEmpty() && r.summary.cancerSite != site)
        return false;
    for (const QString &w : words)
        if (!r.search.contains(w))
            return false;
    return true;
}

bool PatientListModel::lessThan(int left, int right, int column) const
{
    return less(m_rows.at(left), m_rows.at(right), column);
}

bool PatientListModel::less(const Row &a, const Row &b, int column)
{
    const auto byCode = [&] { return a.summary.code < b.summary.code; };
    switch (column) {
    case Name: {
        const int c = QString::compare(a.summary.lastName, b.summary.lastName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : byCode();
    }
    case Site: {
        const int c = QString::compare(a.summary.cancerSite, b.summary.cancerSite, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : byCode();
    }
    case Stage: return a.stage != b.stage ? a.stage < b.stage : byCode();
    case Entry: return a.summary.entryDate != b.summary.entryDate ? a.summary.entryDate < b.summary.entryDate : byCode();
    case Next: return a.next.kind != b.next.kind ? a.next.kind < b.next.kind : byCode();
    case Due: {
        const QDate da = a.next.due.isValid() ? a.next.due : QDate(9999, 12, 31);
        const QDate db = b.next.due.isValid() ? b.next.due : QDate(9999, 12, 31);
        return da != db ? da < db : byCode();
    }
    case Status: return a.summary.status != b.summary.status ? a.summary.status < b.summary.status : byCode();
    default: return byCode();
    }
}

int PatientListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).summary.id == id)
            return i;
    return -1;
}

QStringList PatientListModel::cancerSites() const
{
    QSet<QString> set;
    for (const Row &r : m_rows)
        if (!r.summary.cancerSite.isEmpty())
            set.insert(r.summary.cancerSite);
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return list;
}

QList<int> PatientListModel::entryYears() const
{
    QSet<int> set;
    for (const Row &r : m_rows)
        if (r.summary.entryDate.isValid())
            set.insert(r.summary.entryDate.year());
    QList<int> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), std::greater<int>());
    return list;
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const PatientSummary &s = r.summary;
    switch (role) {
    case IdRole: return s.id;
    case StageRole: return int(r.stage);
    case YearRole: return s.entryDate.isValid() ? s.entryDate.year() : 0;
    case StatusRole: return int(s.status);
    case SearchRole: return r.search;
    case Qt::ForegroundRole:
        if (index.column() == Due && r.next.isOverdue(m_today))
            return QBrush(QColor(0x9c, 0x1c, 0x1c));
        return {};
    case SortRole:
        switch (index.column()) {
        case Entry: return s.entryDate;
        case Due: return r.next.due.isValid() ? r.next.due : QDate(9999, 12, 31);
        case Stage: return int(r.stage);
        case Status: return int(s.status);
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return s.code;
        case Name:
            if (m_hidden && (!s.firstName.isEmpty() || !s.lastName.isEmpty()))
                return tr("(masqué)");
            return QString(s.lastName.toUpper() + QLatin1Char(' ') + s.firstName).trimmed();
        case Site: return s.cancerSite;
        case Stage: return PatientPath::stageLabel(r.stage);
        case Entry: return s.entryDate.isValid() ? QLocale().toString(s.entryDate, QLocale::ShortFormat) : QString();
        case Next: return r.next.text;
        case Due: return r.next.due.isValid() ? QLocale().toString(r.next.due, QLocale::ShortFormat) : QString();
        case Status: return PatientPath::statusLabel(s.status);
        default: return {};
        }
    default: return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeader({tr("Code"), tr("Nom"), tr("Localisation"), tr("Étape"), tr("Entrée"), tr("À faire"), tr("Pour le"), tr("Statut")},
                        section, orientation, role);
}

void PatientFilterProxy::setSearch(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidate(); // one layout change: far faster than the row-by-row removals of invalidateFilter() on 20,000 rows
}

void PatientFilterProxy::setStage(int stage)
{
    m_stage = stage;
    invalidate(); // one layout change: far faster than the row-by-row removals of invalidateFilter() on 20,000 rows
}

void PatientFilterProxy::setYear(int year)
{
    m_year = year;
    invalidate(); // one layout change: far faster than the row-by-row removals of invalidateFilter() on 20,000 rows
}

void PatientFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidate(); // one layout change: far faster than the row-by-row removals of invalidateFilter() on 20,000 rows
}

void PatientFilterProxy::setSite(const QString &site)
{
    m_site = site;
    invalidate(); // one layout change: far faster than the row-by-row removals of invalidateFilter() on 20,000 rows
}

void PatientFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The list model keeps its rows in the order shown; the proxy only filters, in that order: a keystroke then
    // costs one pass over the rows, never a sort of 100,000 of them.
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool PatientFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return static_cast<const PatientListModel *>(sourceModel())->matches(sourceRow, m_words, m_stage, m_year, m_status, m_site);
}

} // namespace kitetp
