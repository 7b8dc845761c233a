#include "ui/guides/GuideCommands.h"

#include "storage/GuideStore.h"
#include "ui/CommandIds.h"
#include "ui/ProgrammeDocument.h"

#include <QCoreApplication>

namespace kitetp {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("GuideCommands", text);
}
} // namespace

bool GuideCommand::check(const FileError &error)
{
    if (!error)
        return true;
    setObsolete(true);
    m_document->reportFailure(error);
    return false;
}

AddConducteurCommand::AddConducteurCommand(ProgrammeDocument *document, const Conducteur &conducteur, const QString &text)
    : GuideCommand(document), m_conducteur(conducteur)
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
    : GuideCommand(document), m_conducteur(conducteur)
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
    : GuideCommand(document), m_before(before), m_after(after)
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
    : GuideCommand(document), m_seance(seance)
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
    : GuideCommand(document), m_seance(seance)
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
    : GuideCommand(document), m_before(before), m_after(after), m_field(fieldLabel)
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

int EditSeanceCommand::id() const
{
    return GuideEditCommandId;
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
    : GuideCommand(document), m_before(before), m_after(after)
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
    : GuideCommand(document), m_seanceId(seance.id), m_from(from), m_to(to)
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
    : GuideCommand(document), m_bundle(bundle), m_mode(mode)
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
