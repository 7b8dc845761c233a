// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Declaration.h"

#include "core/Change.h"
#include "model/RowTableModel.h"


namespace kitetp {

class ProgrammeDocument;

// The projected funding as an editable table (source, amount in euros, year, note); edits are undoable commands,
// refused values are reported through rejected().
class FundingModel : public RowTableModel<Funding>
{
    Q_OBJECT
public:
    enum Column { Source, Amount, Year, Note, ColumnCount };
    explicit FundingModel(QObject *parent = nullptr);
    void reload() override;
    void apply(const Change &change) override;

    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    int addFunding();
    void removeFunding(int row);

Q_SIGNALS:
    void rejected(const QString &reason);
};

} // namespace kitetp
