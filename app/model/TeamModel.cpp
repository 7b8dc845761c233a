// SPDX-License-Identifier: EUPL-1.2
#include "model/TeamModel.h"

#include "core/Dates.h"
#include "storage/TeamStore.h"
#include "model/ProgrammeDocument.h"
#include "model/DeclarationCommands.h"

#include <QColor>
#include <QLocale>

namespace kitetp {

TeamModel::TeamModel(QObject *parent) : RowTableModel<TeamMember>(ColumnCount, parent) {}

void TeamModel::reload()
{
    resetRows(m_document ? TeamStore(m_document->file()).members() : QList<TeamMember>());
}

void TeamModel::apply(const Change &change)
{
    if (!m_document || !change.touches(ChangeArea::Team))
        return;
    if (change.isWhole(ChangeArea::Team)) {
        reload();
        return;
    }
    const TeamStore store(m_document->file());
    updateRows(change.rows(ChangeArea::Team), [&store](qint64 id) { return store.member(id); },
               [](const TeamMember &a, const TeamMember &b) { return a.position != b.position ? a.position < b.position : a.id < b.id; });
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Nom");
    case Profession: return tr("Profession");
    case Role: return tr("Rôle");
    case Coordinator: return tr("Coordonnateur");
    case PatientPartner: return tr("Patient intervenant");
    case Hours: return tr("Heures ETP");
    case Body: return tr("Organisme de formation");
    case Year: return tr("Année");
    case Certificate: return tr("Attestation");
    case Charter: return tr("Charte signée le");
    case Email: return tr("Courriel");
    case Active: return tr("Actif");
    }
    return {};
}

Qt::ItemFlags TeamModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_document || m_document->isReadOnly()) // no cell: nothing to edit
        return f;
    const int c = index.column();
    if (c == Coordinator || c == PatientPartner || c == Certificate || c == Active)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TeamMember &m = m_rows.at(index.row());
    const int c = index.column();
    if (role == Qt::CheckStateRole) {
        if (c == Coordinator)
            return m.isCoordinator ? Qt::Checked : Qt::Unchecked;
        if (c == PatientPartner)
            return m.isPatientPartner ? Qt::Checked : Qt::Unchecked;
        if (c == Certificate)
            return m.certificate ? Qt::Checked : Qt::Unchecked;
        if (c == Active)
            return m.active ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::ForegroundRole && c == Hours && !m.isTrained())
        return QColor(0xc0, 0x39, 0x2b);
    if (role == Qt::ToolTipRole && c == Hours && !m.isTrained())
        return tr("Moins de 40 heures : la formation requise n'est pas atteinte.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (c) {
    case Name: return m.name;
    case Profession: return m.profession;
    case Role: return m.role;
    case Hours: return m.trainingHours;
    case Body: return m.trainingBody;
    case Year: return m.trainingYear > 0 ? QVariant(m.trainingYear) : QVariant(role == Qt::EditRole ? QVariant(QString()) : QVariant());
    case Charter:
        return role == Qt::EditRole ? QLocale().toString(m.charterSignedOn, QStringLiteral("dd/MM/yyyy"))
                                    : QLocale().toString(m.charterSignedOn, QLocale::ShortFormat);
    case Email: return m.email;
    default: return {};
    }
}

bool TeamModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const TeamMember before = m_rows.at(index.row());
    TeamMember after = before;
    const QString text = value.toString().trimmed();
    bool ok = true;
    switch (index.column()) {
    case Name: after.name = text; break;
    case Profession: after.profession = text; break;
    case Role: after.role = text; break;
    case Coordinator: after.isCoordinator = value.toInt() == Qt::Checked; break;
    case PatientPartner: after.isPatientPartner = value.toInt() == Qt::Checked; break;
    case Certificate: after.certificate = value.toInt() == Qt::Checked; break;
    case Active: after.active = value.toInt() == Qt::Checked; break;
    case Hours:
        after.trainingHours = text.toInt(&ok);
        if (!ok || after.trainingHours < 0) {
            Q_EMIT rejected(tr("« %1 » n'est pas un nombre d'heures.").arg(text));
            return false;
        }
        break;
    case Body: after.trainingBody = text; break;
    case Year:
        after.trainingYear = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!ok) {
            Q_EMIT rejected(tr("« %1 » n'est pas une année.").arg(text));
            return false;
        }
        break;
    case Charter:
        after.charterSignedOn = text.isEmpty() ? QDate() : Dates::parseUserDate(text);
        if (!text.isEmpty() && !after.charterSignedOn.isValid()) {
            Q_EMIT rejected(tr("« %1 » n'est pas une date plausible (jj/mm/aaaa).").arg(text));
            return false;
        }
        break;
    case Email: after.email = text; break;
    default: return false;
    }
    Q_UNUSED(role)
    const QString reason = after.check();
    if (!reason.isEmpty()) {
        Q_EMIT rejected(reason);
        return false;
    }
    Q_EMIT rejected(QString());
    if (after.name == before.name && after.profession == before.profession && after.role == before.role
        && after.isCoordinator == before.isCoordinator && after.isPatientPartner == before.isPatientPartner
        && after.trainingHours == before.trainingHours && after.trainingBody == before.trainingBody
        && after.trainingYear == before.trainingYear && after.certificate == before.certificate
        && after.charterSignedOn == before.charterSignedOn && after.email == before.email && after.active == before.active)
        return true;
    return m_document->push(DeclarationCommands::editMember(m_document, before, after));
}

int TeamModel::addMember()
{
    if (!m_document)
        return -1;
    TeamMember m;
    m.name = tr("Nouvel intervenant");
    m.position = m_rows.isEmpty() ? 0 : m_rows.constLast().position + 1;
    if (!m_document->push(DeclarationCommands::addMember(m_document, m)))
        return -1;
    return int(m_rows.size()) - 1;
}

void TeamModel::removeMember(int row)
{
    if (m_document && row >= 0 && row < m_rows.size())
        m_document->push(DeclarationCommands::removeMember(m_document, m_rows.at(row)));
}

} // namespace kitetp
