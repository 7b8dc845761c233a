// SPDX-License-Identifier: EUPL-1.2
#include "model/FundingModel.h"

#include "storage/DeclarationStore.h"
#include "model/ProgrammeDocument.h"
#include "model/DeclarationCommands.h"

#include <QLocale>
#include <cmath>

namespace kitetp {

FundingModel::FundingModel(QObject *parent) : RowTableModel<Funding>(ColumnCount, parent) {}

void FundingModel::reload()
{
    resetRows(m_document ? DeclarationStore(m_document->file()).funding() : QList<Funding>());
}

void FundingModel::apply(const Change &change)
{
    if (!m_document || !change.touches(ChangeArea::Declaration))
        return;
    // Other declaration rows (events, dates) share the area: only a change naming rows of the funding table, or the
    // whole area, concerns this table. Rows that are not funding are simply not found.
    const QList<Funding> all = DeclarationStore(m_document->file()).funding();
    if (change.isWhole(ChangeArea::Declaration)) {
        resetRows(all);
        return;
    }
    updateRows(change.rows(ChangeArea::Declaration), [&all](qint64 id) -> std::optional<Funding> {
        for (const Funding &f : all)
            if (f.id == id)
                return f;
        return std::nullopt;
    },
               [](const Funding &a, const Funding &b) { return a.id < b.id; });
}

QVariant FundingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Source: return tr("Source");
    case Amount: return tr("Montant (€)");
    case Year: return tr("Année (vide : chaque année)");
    case Note: return tr("Remarque");
    }
    return {};
}

Qt::ItemFlags FundingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() && m_document && !m_document->isReadOnly() ? f | Qt::ItemIsEditable : f; // no cell: nothing to edit
}

QVariant FundingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Funding &f = m_rows.at(index.row());
    switch (index.column()) {
    case Source: return f.source;
    case Amount:
        return role == Qt::EditRole ? QLocale().toString(double(f.amountCents) / 100.0, 'f', 2)
                                    : QLocale().toCurrencyString(double(f.amountCents) / 100.0, QStringLiteral("€"));
    case Year: return f.year > 0 ? QVariant(f.year) : QVariant();
    case Note: return f.note;
    }
    return {};
}

bool FundingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_rows.size() || role != Qt::EditRole)
        return false;
    const Funding before = m_rows.at(index.row());
    Funding after = before;
    const QString text = value.toString().trimmed();
    bool ok = true;
    switch (index.column()) {
    case Source: after.source = text; break;
    case Amount: {
        QString t = text;
        t.remove(QLatin1Char(' ')).remove(QChar(0x202f)).remove(QChar(0xa0)).remove(QStringLiteral("€"));
        double euros = QLocale().toDouble(t, &ok);
        if (!ok)
            euros = QLocale::c().toDouble(t, &ok);
        if (!ok || !std::isfinite(euros) || euros < 0 || euros * 100 > double(Funding::maxAmountCents)) {
            Q_EMIT rejected(tr("« %1 » n'est pas un montant en euros.").arg(text));
            return false;
        }
        after.amountCents = qRound64(euros * 100);
        break;
    }
    case Year:
        after.year = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!ok) {
            Q_EMIT rejected(tr("« %1 » n'est pas une année.").arg(text));
            return false;
        }
        break;
    case Note: after.note = text; break;
    default: return false;
    }
    const QString reason = after.check();
    if (!reason.isEmpty()) {
        Q_EMIT rejected(reason);
        return false;
    }
    Q_EMIT rejected(QString());
    if (after.source == before.source && after.amountCents == before.amountCents && after.year == before.year
        && after.note == before.note)
        return true;
    return m_document->push(DeclarationCommands::editFunding(m_document, before, after));
}

int FundingModel::addFunding()
{
    if (!m_document)
        return -1;
    Funding f;
    f.source = tr("Nouvelle source");
    if (!m_document->push(DeclarationCommands::addFunding(m_document, f)))
        return -1;
    return int(m_rows.size()) - 1;
}

void FundingModel::removeFunding(int row)
{
    if (m_document && row >= 0 && row < m_rows.size())
        m_document->push(DeclarationCommands::removeFunding(m_document, m_rows.at(row)));
}

} // namespace kitetp
