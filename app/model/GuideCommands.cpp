#include "model/GuideCommands.h"

#include "storage/GuideStore.h"
#include "model/CommandIds.h"
#include "model/ProgrammeDocument.h"

#include <QCoreApplication>

namespace kitetp {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GuideCommands", text);
}
} // namespace

GuideCommand::GuideCommand(ProgrammeDocument *document, CommandId id, qint64 row)
    : EditCommand(document, id, EditPlace{QString::fromLatin1(PageIds::guides), ChangeArea::Guides, row, {}}, {})
{
}

AddConducteurCommand::AddConducteurCommand(ProgrammeDocument *document, const Conducteur &conducteur, const QString &text)
    : GuideCommand(document, CommandId::Conducteur, conducteur.id), m_conducteur(conducteur)
{
    setText(text.isEmpty() ? tr("Ajouter le conducteur « %1 »").arg(conducteur.code) : text);
}

void AddConducteurCommand::redo()
{
    check(GuideStore(m_document->file()).addConducteur(m_conducteur));
}

void AddConducteurCommand::undo()
{
    check(GuideStore(m_document->file()).removeConducteur(m_conducteur.id));
}

RemoveConducteurCommand::RemoveConducteurCommand(ProgrammeDocument *document, const Conducteur &conducteur)
    : GuideCommand(document, CommandId::Conducteur, conducteur.id), m_conducteur(conducteur)
{
    setText(tr("Supprimer le conducteur « %1 »").arg(conducteur.code));
}

void RemoveConducteurCommand::redo()
{
    check(GuideStore(m_document->file()).removeConducteur(m_conducteur.id));
}

void RemoveConducteurCommand::undo()
{
    Conducteur copy = m_conducteur;
    check(GuideStore(m_document->file()).addConducteur(copy));
}

EditConducteurCommand::EditConducteurCommand(ProgrammeDocument *document, const Conducteur &before, const Conducteur &after)
    : GuideCommand(document, CommandId::Conducteur, after.id), m_before(before), m_after(after)
{
    setText(tr("Modifier le conducteur « %1 »").arg(after.code));
}

void EditConducteurCommand::redo()
{
    check(GuideStore(m_document->file()).updateConducteur(m_after));
}

void EditConducteurCommand::undo()
{
    check(GuideStore(m_document->file()).updateConducteur(m_before));
}

AddSeanceCommand::AddSeanceCommand(ProgrammeDocument *document, const Seance &seance, const QString &text)
    : GuideCommand(document, CommandId::Seance, seance.id), m_seance(seance)
{
    setText(text.isEmpty() ? tr("Ajouter la séance « %1 »").arg(seance.code) : text);
}

void AddSeanceCommand::redo()
{
    check(GuideStore(m_document->file()).addSeance(m_seance));
}

void AddSeanceCommand::undo()
{
    check(GuideStore(m_document->file()).removeSeance(m_seance.id));
}

RemoveSeanceCommand::RemoveSeanceCommand(ProgrammeDocument *document, const Seance &seance)
    : GuideCommand(document, CommandId::Seance, seance.id), m_seance(seance)
{
    setText(tr("Supprimer la séance « %1 »").arg(seance.code));
}

void RemoveSeanceCommand::redo()
{
    check(GuideStore(m_document->file()).removeSeance(m_seance.id));
}

void RemoveSeanceCommand::undo()
{
    Seance copy = m_seance;
    check(GuideStore(m_document->file()).addSeance(copy));
}

EditSeanceCommand::EditSeanceCommand(ProgrammeDocument *document, const Seance &before, const Seance &after, const QString &fieldLabel)
    : GuideCommand(document, CommandId::SeanceField, after.id), m_before(before), m_after(after), m_field(fieldLabel)
{
    setText(tr("Modifier « %1 » de la séance « %2 »").arg(fieldLabel, after.code));
}

void EditSeanceCommand::redo()
{
    check(GuideStore(m_document->file()).updateSeance(m_after));
}

void EditSeanceCommand::undo()
{
    check(GuideStore(m_document->file()).updateSeance(m_before));
}

bool EditSeanceCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack::push() tries mergeWith() before it looks at isObsolete(): a refused edit must not merge.
    const auto *o = dynamic_cast<const EditSeanceCommand *>(other);
    if (!o || o->isObsolete() || isObsolete() || o->m_after.id != m_after.id || o->m_field != m_field)
        return false;
    m_after = o->m_after;
    return true;
}

ReorderConducteursCommand::ReorderConducteursCommand(ProgrammeDocument *document, const QList<qint64> &before,
                                                     const QList<qint64> &after)
    : GuideCommand(document, CommandId::GuideOrder, 0), m_before(before), m_after(after)
{
    setText(tr("Réordonner les conducteurs"));
}

void ReorderConducteursCommand::redo()
{
    check(GuideStore(m_document->file()).reorderConducteurs(m_after));
}

void ReorderConducteursCommand::undo()
{
    check(GuideStore(m_document->file()).reorderConducteurs(m_before));
}

MoveSeanceCommand::MoveSeanceCommand(ProgrammeDocument *document, const Seance &seance, const Place &from, const Place &to)
    : GuideCommand(document, CommandId::GuideOrder, seance.id), m_seanceId(seance.id), m_from(from), m_to(to)
{
    setText(tr("Déplacer la séance « %1 »").arg(seance.code));
}

void MoveSeanceCommand::redo()
{
    check(GuideStore(m_document->file()).moveSeance(m_seanceId, m_to.conducteurId, m_to.order));
}

void MoveSeanceCommand::undo()
{
    check(GuideStore(m_document->file()).moveSeance(m_seanceId, m_from.conducteurId, m_from.order));
}

ImportGuidesCommand::ImportGuidesCommand(ProgrammeDocument *document, const GuideBundle &bundle, GuideExchange::Mode mode)
    : GuideCommand(document, CommandId::GuideImport, 0), m_bundle(bundle), m_mode(mode)
{
    setText(mode == GuideExchange::Mode::Replace ? tr("Remplacer les guides par un import") : tr("Importer des guides"));
}

void ImportGuidesCommand::redo()
{
    m_result = GuideTransfer::import(m_document->file(), m_bundle, m_mode);
    check(m_result.error);
}

void ImportGuidesCommand::undo()
{
    check(GuideTransfer::revert(m_document->file(), m_result));
}

} // namespace kitetp
