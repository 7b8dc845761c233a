// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "core/Sharing.h"
#include "model/EditCommand.h"
#include "model/RowChangeCommand.h"
#include "storage/GuideTransfer.h"

namespace kitetp {

class ProgrammeDocument;

// The guide editor's edits, one undoable command each (French names in the Edit menu). Each writes through
// GuideStore in redo()/undo(); a failed write is reported and the command made obsolete.
class GuideCommand : public EditCommand
{
public:
    // Acts on the Ateliers page, on the conducteur or séance `row`.
    GuideCommand(ProgrammeDocument *document, CommandId id, qint64 row);
};

namespace GuideCommands {
// Adds a conducteur (before empty; with its séances: duplicate), changes its code, title or description, or removes
// it with its séances (after empty); undo puts back what was removed with the same ids. `text` names the step in
// the Edit menu (empty: "Ajouter / Modifier / Supprimer le conducteur « code »").
RowChangeCommand<Conducteur> *conducteur(ProgrammeDocument *document, std::optional<Conducteur> before,
                                         std::optional<Conducteur> after, const QString &text = {});
// Adds (before empty) or removes (after empty) a séance; a change of its fields is an EditSeanceCommand.
RowChangeCommand<Seance> *seance(ProgrammeDocument *document, std::optional<Seance> before, std::optional<Seance> after,
                                 const QString &text = {});
// Adds (before empty; the file's data in `after`), changes the description of, or removes (after empty; `before` with
// its data, for undo) a teaching material of a séance (MaterialStore).
RowChangeCommand<Material> *material(ProgrammeDocument *document, std::optional<Material> before, std::optional<Material> after);
// Changes the recipient or the answer of a package sent (SharingStore).
RowChangeCommand<PackageSent> *sending(ProgrammeDocument *document, const PackageSent &before, const PackageSent &after);
} // namespace GuideCommands

// Changes any field of a séance (steps and skills included). Successive edits of the same field of the same
// séance merge into one undo step.
class EditSeanceCommand : public GuideCommand
{
public:
    EditSeanceCommand(ProgrammeDocument *document, const Seance &before, const Seance &after, const QString &fieldLabel);
    void redo() override;
    void undo() override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Seance m_before;
    Seance m_after;
    QString m_field;
};

// Puts the conducteurs in a new order.
class ReorderConducteursCommand : public GuideCommand
{
public:
    ReorderConducteursCommand(ProgrammeDocument *document, const QList<qint64> &before, const QList<qint64> &after);
    void redo() override;
    void undo() override;

private:
    QList<qint64> m_before;
    QList<qint64> m_after;
};

// Moves a séance within its conducteur or into another one, at a given place.
class MoveSeanceCommand : public GuideCommand
{
public:
    struct Place
    {
        qint64 conducteurId;
        QList<qint64> order; // that conducteur's séances, in order
    };
    MoveSeanceCommand(ProgrammeDocument *document, const Seance &seance, const Place &from, const Place &to);
    void redo() override;
    void undo() override;

private:
    qint64 m_seanceId;
    Place m_from;
    Place m_to;
};

// Imports an exchange file (merge or replace); undo removes what was added and restores what was replaced.
class ImportGuidesCommand : public GuideCommand
{
public:
    ImportGuidesCommand(ProgrammeDocument *document, const GuideBundle &bundle, GuideExchange::Mode mode);
    void redo() override;
    void undo() override;
    const ImportReport &report() const { return m_result.report; }

private:
    GuideBundle m_bundle;
    GuideExchange::Mode m_mode;
    GuideTransfer::Result m_result;
};

} // namespace kitetp
