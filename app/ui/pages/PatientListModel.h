// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/PatientPath.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace kitetp {

// The patient list: one row per PatientSummary (code, name, cancer site, stage, entry, next step, status).
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Site, Stage, Entry, Next, Due, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, StageRole, YearRole, StatusRole, SearchRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setPatients(QList<PatientSummary> patients, const QDate &today);
    // Follows a typed change that names patients: `summary` is the patient as stored now (nothing: removed). The
    // row is replaced in place (dataChanged), or removed, or added at the end (the view's proxy sorts it).
    void updatePatient(qint64 id, const std::optional<PatientSummary> &summary);
    void setIdentitiesHidden(bool hidden);
    const PatientSummary *summary(int row) const;
    // What the filter looks at, without going through QVariant (search as you type over 20,000 rows).
    bool matches(int row, const QStringList &words, int stage, int year, int status, const QString &site) const;
    bool lessThan(int left, int right, int column) const;
    int rowOf(qint64 id) const;
    QStringList cancerSites() const;
    QList<int> entryYears() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The rows are kept in the order shown (new patients too), so that the filter never has to sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row;
    Row rowFor(PatientSummary summary) const;
    struct Row
    {
        PatientSummary summary;
        PatientPath::Stage stage;
        NextStep next;
        QString search; // lower-case code, name, site: what search-as-you-type looks in
    };
    static bool less(const Row &a, const Row &b, int column);
    void sortRows();

    QList<Row> m_rows;
    QDate m_today;
    bool m_hidden = false;
    int m_sortColumn = Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

// Search as you type (every word must appear in the code, the name or the site) and the filters, over the rows in
// the list model's own order (sorting is the list model's: see sort()).
class PatientFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString &text);
    void setStage(int stage);   // -1 = any
    void setYear(int year);     // 0 = any
    void setStatus(int status); // -1 = any
    void setSite(const QString &site);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override; // sorts the list model

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    int m_stage = -1;
    int m_year = 0;
    int m_status = -1;
    QString m_site;
};

} // namespace kitetp
