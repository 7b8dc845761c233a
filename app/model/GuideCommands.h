#pragma once

#include "core/Guides.h"
#include "model/EditCommand.h"
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

// Adds a conducteur (with its séances: duplicate); undo removes it. Redo after undo restores the same ids.
class AddConducteurCommand : public GuideCommand
{
public:
    AddConducteurCommand(ProgrammeDocument *document, const Conducteur &conducteur, const QString &text);
    void redo() override;
    void undo() override;
    qint64 addedId() const { return m_conducteur.id; }

private:
    Conducteur m_conducteur;
};

// Removes a conducteur and its séances; undo puts them back with the same ids.
class RemoveConducteurCommand : public GuideCommand
{
public:
    RemoveConducteurCommand(ProgrammeDocument *document, const Conducteur &conducteur);
    void redo() override;
    void undo() override;

private:
    Conducteur m_conducteur;
};

// Changes a conducteur's code, title or description.
class EditConducteurCommand : public GuideCommand
{
public:
    EditConducteurCommand(ProgrammeDocument *document, const Conducteur &before, const Conducteur &after);
    void redo() override;
    void undo() override;

private:
    Conducteur m_before;
    Conducteur m_after;
};

class AddSeanceCommand : public GuideCommand
{
public:
    AddSeanceCommand(ProgrammeDocument *document, const Seance &seance, const QString &text);
    void redo() override;
    void undo() override;
    qint64 addedId() const { return m_seance.id; }

private:
    Seance m_seance;
};

class RemoveSeanceCommand : public GuideCommand
{
public:
    RemoveSeanceCommand(ProgrammeDocument *document, const Seance &seance);
    void redo() override;
    void undo() override;

private:
    Seance m_seance;
};

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
