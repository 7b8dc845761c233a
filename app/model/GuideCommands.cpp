// SPDX-License-Identifier: EUPL-1.2
#include "model/GuideCommands.h"

#include "storage/GuideStore.h"
#include "storage/GuideTransfer.h"
#include "storage/MaterialStore.h"
#include "storage/SharingStore.h"
#include "storage/ProgrammeFile.h"
#include "model/CommandIds.h"
#include "model/ProgrammeDocument.h"

#include <QCoreApplication>

namespace kitetp {

namespace {
// The commands' names, under the one context "GuideCommands" (lupdate and the translator agree on it).
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(GuideCommands)
};

// On the Ateliers page, the conducteur or séance `row`.
EditPlace guidePlace(qint64 row)
{
    return EditPlace{QString::fromLatin1(PageIds::guides), ChangeArea::Guides, row, {}};
}
} // namespace

GuideCommand::GuideCommand(ProgrammeDocument *document, CommandId id, qint64 row) : EditCommand(document, id, guidePlace(row), {})
{
}

namespace GuideCommands {

RowChangeCommand<Conducteur> *conducteur(ProgrammeDocument *document, std::optional<Conducteur> before,
                                         std::optional<Conducteur> after, const QString &text)
{
    QString name = text;
    if (name.isEmpty())
        name = (!before ? CommandText::tr("Ajouter le conducteur « %1 »")
                : !after ? CommandText::tr("Supprimer le conducteur « %1 »")
                         : CommandText::tr("Modifier le conducteur « %1 »"))
                   .arg((after ? after : before).value_or(Conducteur()).code);
    using Command = RowChangeCommand<Conducteur>;
    ProgrammeFile *file = &document->file();
    // A removal keeps the materials and origin, so that its undo puts them back with the guide.
    if (before && !after)
        before = GuideTransfer::withMaterials(*file, *before);
    Command::Writes writes = Command::through(file, &GuideStore::addConducteur, &GuideStore::removeConducteur, &GuideStore::updateConducteur);
    writes.add = [file](Conducteur &c) { return GuideTransfer::addWithMaterials(*file, c); };
    return new Command(document, CommandId::Conducteur, guidePlace(0), std::move(before), std::move(after), name, std::move(writes));
}

RowChangeCommand<Seance> *seance(ProgrammeDocument *document, std::optional<Seance> before, std::optional<Seance> after, const QString &text)
{
    QString name = text;
    if (name.isEmpty() && !before)
        name = CommandText::tr("Ajouter la séance « %1 »").arg(after.value_or(Seance()).code);
    else if (name.isEmpty() && !after)
        name = CommandText::tr("Supprimer la séance « %1 »").arg(before.value_or(Seance()).code);
    using Command = RowChangeCommand<Seance>;
    ProgrammeFile *file = &document->file();
    if (before && !after)
        before = GuideTransfer::withMaterials(*file, *before);
    Command::Writes writes = Command::through(file, &GuideStore::addSeance, &GuideStore::removeSeance, &GuideStore::updateSeance);
    writes.add = [file](Seance &s) { return GuideTransfer::addWithMaterials(*file, s); };
    return new Command(document, CommandId::Seance, guidePlace(0), std::move(before), std::move(after), name, std::move(writes));
}

RowChangeCommand<Material> *material(ProgrammeDocument *document, std::optional<Material> before, std::optional<Material> after)
{
    const QString title = (after ? after : before).value_or(Material()).title;
    const QString name = !before ? CommandText::tr("Ajouter le support « %1 »").arg(title)
                         : !after ? CommandText::tr("Retirer le support « %1 »").arg(title)
                                  : CommandText::tr("Modifier le support « %1 »").arg(title);
    using Command = RowChangeCommand<Material>;
    return new Command(document, CommandId::Material, guidePlace(0), std::move(before), std::move(after), name,
                       Command::through(&document->file(), &MaterialStore::add, &MaterialStore::remove, &MaterialStore::update));
}

RowChangeCommand<PackageSent> *sending(ProgrammeDocument *document, const PackageSent &before, const PackageSent &after)
{
    const QString name = after.answer != before.answer ? CommandText::tr("Noter la réponse de « %1 »").arg(after.recipient)
                                                       : CommandText::tr("Modifier le destinataire du paquet « %1 »").arg(after.fileName);
    using Command = RowChangeCommand<PackageSent>;
    return new Command(document, CommandId::Sending, guidePlace(0), before, after, name,
                       Command::through(&document->file(), &SharingStore::add, &SharingStore::remove, &SharingStore::update));
}

} // namespace GuideCommands

EditSeanceCommand::EditSeanceCommand(ProgrammeDocument *document, const Seance &before, const Seance &after, const QString &fieldLabel)
    : GuideCommand(document, CommandId::SeanceField, after.id), m_before(before), m_after(after), m_field(fieldLabel)
{
    setText(CommandText::tr("Modifier « %1 » de la séance « %2 »").arg(fieldLabel, after.code));
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
    setText(CommandText::tr("Réordonner les conducteurs"));
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
    setText(CommandText::tr("Déplacer la séance « %1 »").arg(seance.code));
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
    setText(mode == GuideExchange::Mode::Replace ? CommandText::tr("Remplacer les guides par un import") : CommandText::tr("Importer des guides"));
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
