// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Directory.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

namespace kitetp {

class ProgrammeFile;

// The entries of an open regional directory (DirectoryStore::entries), one row per programme, in the directory's
// order; read again after every write to the directory's cards (ChangeArea::Directory: an import).
class DirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Departement, Town, Condition, Formats, External, CardDate, State, History, ColumnCount };
    // The entry of a row, for the proxy and the details (Qt::UserRole on any column: the row in entries()).
    static constexpr int EntryRowRole = Qt::UserRole + 1;

    DirectoryModel(ProgrammeFile &file, QObject *parent = nullptr);
    void reload();
    // "Today" for the « à mettre à jour » mark (tests set it).
    void setToday(const QDate &today);
    const QDate &today() const { return m_today; }
    const QList<DirectoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ProgrammeFile &m_file;
    QList<DirectoryEntry> m_entries;
    QDate m_today = QDate::currentDate();
};

// The rows of a DirectoryModel that a Directory::Filter keeps.
class DirectoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(const Directory::Filter &filter);
    const Directory::Filter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Directory::Filter m_filter;
};

} // namespace kitetp
