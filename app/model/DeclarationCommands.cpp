// SPDX-License-Identifier: EUPL-1.2
#include "model/DeclarationCommands.h"

#include "storage/AttachmentStore.h"
#include "storage/DeclarationStore.h"
#include "storage/TeamStore.h"
#include "model/ProgrammeDocument.h"
#include "model/RowCommand.h"
#include "model/SetValueCommand.h"

#include <QCoreApplication>
#include <memory>

namespace kitetp {

namespace {
class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationCommands)
};
} // namespace

namespace DeclarationCommands {

QUndoCommand *addMember(ProgrammeDocument *document, const TeamMember &member)
{
    auto m = std::make_shared<TeamMember>(member);
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::TeamMember, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Team, member.id, {}}, CommandText::tr("Ajouter l'intervenant « %1 »").arg(member.name),
        [file, m] { return m->id == 0 ? TeamStore(*file).add(*m) : TeamStore(*file).insert(*m); },
        [file, m] { return TeamStore(*file).remove(m->id); });
}

QUndoCommand *editMember(ProgrammeDocument *document, const TeamMember &before, const TeamMember &after)
{
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::TeamMember, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Team, after.id, {}}, CommandText::tr("Modifier l'intervenant « %1 »").arg(after.name),
        [file, after] { return TeamStore(*file).update(after); }, [file, before] { return TeamStore(*file).update(before); });
}

QUndoCommand *removeMember(ProgrammeDocument *document, const TeamMember &member)
{
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::TeamMember, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Team, member.id, {}}, CommandText::tr("Retirer l'intervenant « %1 »").arg(member.name),
        [file, member] { return TeamStore(*file).remove(member.id); }, [file, member] { return TeamStore(*file).insert(member); });
}

QUndoCommand *addFunding(ProgrammeDocument *document, const Funding &funding)
{
    auto f = std::make_shared<Funding>(funding);
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::Funding, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Declaration, funding.id, {}}, CommandText::tr("Ajouter le financement « %1 »").arg(funding.source),
        [file, f] { return DeclarationStore(*file).addFunding(*f); },
        [file, f] { return DeclarationStore(*file).removeFunding(f->id); });
}

QUndoCommand *editFunding(ProgrammeDocument *document, const Funding &before, const Funding &after)
{
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::Funding, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Declaration, after.id, {}}, CommandText::tr("Modifier le financement « %1 »").arg(after.source),
        [file, after] { return DeclarationStore(*file).updateFunding(after); },
        [file, before] { return DeclarationStore(*file).updateFunding(before); });
}

QUndoCommand *removeFunding(ProgrammeDocument *document, const Funding &funding)
{
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::Funding, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Declaration, funding.id, {}}, CommandText::tr("Retirer le financement « %1 »").arg(funding.source),
        [file, funding] { return DeclarationStore(*file).removeFunding(funding.id); },
        [file, funding] {
            Funding f = funding;
            return DeclarationStore(*file).addFunding(f);
        });
}

QUndoCommand *setDate(ProgrammeDocument *document, DeclarationEvent::Kind kind, const QDate &date)
{
    ProgrammeFile *file = &document->file();
    const QDate before = DeclarationStore(*file).dated(kind);
    return new SetValueCommand(
        document, CommandId::DeclarationDate,
        EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Declaration, 0, DeclarationEvent::toStored(kind)}, before, date,
        [file, kind](const QVariant &value, bool) { return DeclarationStore(*file).setDated(kind, value.toDate()); },
        CommandText::tr("Modifier « %1 »").arg(DeclarationEvent::label(kind)));
}

QUndoCommand *addEvent(ProgrammeDocument *document, const DeclarationEvent &event)
{
    auto e = std::make_shared<DeclarationEvent>(event);
    ProgrammeFile *file = &document->file();
    const QString what = event.kind == DeclarationEvent::Kind::Change ? DeclarationEvent::label(event.change)
                                                                       : DeclarationEvent::label(event.kind);
    return new RowCommand(
        document, CommandId::DeclarationEvent, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Declaration, 0, {}}, CommandText::tr("Enregistrer « %1 »").arg(what), [file, e] { return DeclarationStore(*file).addEvent(*e); },
        [file, e] { return DeclarationStore(*file).removeEvent(e->id); });
}

QUndoCommand *addAttachment(ProgrammeDocument *document, const Attachment &attachment)
{
    auto a = std::make_shared<Attachment>(attachment);
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::Attachment, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Attachments, attachment.id, {}}, CommandText::tr("Joindre « %1 »").arg(attachment.displayTitle()),
        [file, a] { return AttachmentStore(*file).add(*a); }, [file, a] { return AttachmentStore(*file).remove(a->id); });
}

QUndoCommand *replaceAttachment(ProgrammeDocument *document, const Attachment &before, const Attachment &after)
{
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::Attachment, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Attachments, after.id, {}}, CommandText::tr("Remplacer la pièce « %1 »").arg(before.displayTitle()),
        [file, after] { return AttachmentStore(*file).replace(after); },
        [file, before] { return AttachmentStore(*file).replace(before); });
}

QUndoCommand *removeAttachment(ProgrammeDocument *document, const Attachment &attachment)
{
    ProgrammeFile *file = &document->file();
    return new RowCommand(
        document, CommandId::Attachment, EditPlace{QString::fromLatin1(PageIds::declaration), ChangeArea::Attachments, attachment.id, {}}, CommandText::tr("Retirer la pièce « %1 »").arg(attachment.displayTitle()),
        [file, attachment] { return AttachmentStore(*file).remove(attachment.id); },
        [file, attachment] {
            Attachment a = attachment;
            return AttachmentStore(*file).add(a);
        });
}

} // namespace DeclarationCommands
} // namespace kitetp
