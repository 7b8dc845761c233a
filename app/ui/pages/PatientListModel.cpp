#include "ui/pages/PatientListModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace kitetp {

void PatientListModel::setPatients(QList<PatientSummary> patients, const QDate &today)
{
    beginResetModel();
    m_today = today;
    m_rows.clear();
    m_rows.reserve(patients.size());
    for (PatientSummary &s : patients) {
        Row r{std::move(s), PatientPath::Stage::Entry, {}, {}};
        r.stage = PatientPath::stage(r.summary);
        r.next = PatientPath::nextStep(r.summary, today);
        r.search = (r.summary.code + QLatin1Char(' ') + r.summary.firstName + QLatin1Char(' ') + r.summary.lastName +
                    QLatin1Char(' ') + r.summary.cancerSite).toLower();
        m_rows << std::move(r);
    }
    endResetModel();
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Nom");
    case Site: return tr("Localisation");
    case Stage: return tr("Étape");
    case Entry: return tr("Entrée");
    case Next: return tr("À faire");
    case Due: return tr("Pour le");
    case Status: return tr("Statut");
    default: return {};
    }
}

void PatientFilterProxy::setSearch(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void PatientFilterProxy::setStage(int stage)
{
    m_stage = stage;
    invalidateFilter();
}

void PatientFilterProxy::setYear(int year)
{
    m_year = year;
    invalidateFilter();
}

void PatientFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void PatientFilterProxy::setSite(const QString &site)
{
    m_site = site;
    invalidateFilter();
}

bool PatientFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const PatientListModel *>(sourceModel());
    const QModelIndex i = model->index(sourceRow, 0);
    if (m_stage >= 0 && model->data(i, PatientListModel::StageRole).toInt() != m_stage)
        return false;
    if (m_year && model->data(i, PatientListModel::YearRole).toInt() != m_year)
        return false;
    if (m_status >= 0 && model->data(i, PatientListModel::StatusRole).toInt() != m_status)
        return false;
    const PatientSummary *s = model->summary(sourceRow);
    if (!m_site.isEmpty() && s->cancerSite != m_site)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString search = model->data(i, PatientListModel::SearchRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return search.contains(w); });
}

} // namespace kitetp
