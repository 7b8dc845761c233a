#pragma once

#include "core/Declaration.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kitetp {

class ProgrammeDocument;

// The projected funding as an editable table (source, amount in euros, year, note); edits are undoable commands,
// refused values are reported through rejected().
class FundingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Source, Amount, Year, Note, ColumnCount };
    explicit FundingModel(QObject *parent = nullptr);
    void setDocument(ProgrammeDocument *document);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    int addFunding();
    void removeFunding(int row);

Q_SIGNALS:
    void rejected(const QString &reason);

private:
    QPointer<ProgrammeDocument> m_document;
    QList<Funding> m_funding;
};

} // namespace kitetp
