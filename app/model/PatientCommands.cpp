// SPDX-License-Identifier: EUPL-1.2
#include "model/PatientCommands.h"

#include "core/PatientPath.h"
#include "core/Progress.h"
#include "core/SessionRules.h"
#include "storage/DocumentTemplateStore.h"
#include "storage/PatientStore.h"
#include "storage/SessionStore.h"
#include "model/ProgrammeDocument.h"
#include "model/RowCommand.h"
#include "model/SetValueCommand.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>
#include <optional>
#include <utility>

namespace kitetp::PatientCommands {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kitetp::PatientCommands", text, disambiguation, n);
}
} // namespace

QUndoCommand *addPatient(ProgrammeDocument *doc, const Patient &patient)
{
    auto p = std::make_shared<Patient>(patient);
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Patient, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, 0, {}}, tr("Ajouter le patient %1").arg(patient.code), [&file, p] { return PatientStore(file).add(*p); },
        [&file, p] { return PatientStore(file).remove(p->id); });
}

QUndoCommand *editPatient(ProgrammeDocument *doc, const Patient &before, const Patient &after)
{
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Patient, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, after.id, {}}, tr("Modifier le patient %1").arg(after.code), [&file, after] { return PatientStore(file).update(after); },
        [&file, before] { return PatientStore(file).update(before); });
}

QUndoCommand *removePatient(ProgrammeDocument *doc, qint64 patientId)
{
    ProgrammeFile &file = doc->file();
    const PatientStore::Snapshot snapshot = PatientStore(file).snapshot(patientId);
    return new RowCommand(
        doc, CommandId::Patient, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, patientId, {}}, tr("Supprimer le patient %1").arg(snapshot.patient.code),
        [&file, patientId] { return PatientStore(file).remove(patientId); },
        [&file, snapshot] { return PatientStore(file).restore(snapshot); });
}

namespace {
// Writes an event change and, for an exit, the patient's status, in one transaction.
FileError writeEvent(ProgrammeFile &file, const std::function<FileError(PatientStore &)> &write, qint64 patientId,
                     std::optional<Patient::Status> status)
{
    Transaction tx(file);
    PatientStore store(file);
    if (FileError e = write(store))
        return e;
    if (status) {
        std::optional<Patient> p = store.patient(patientId);
        if (p && p->status != *status) {
            p->status = *status;
            if (FileError e = store.update(*p))
                return e;
        }
    }
    return tx.commit() ? FileError() : file.writeError({});
}

std::optional<Patient::Status> exitStatus(const PathEvent &e)
{
    if (e.kind != PathEvent::Kind::Exit)
        return std::nullopt;
    return patientStatusFromStored(e.reason);
}
} // namespace

QUndoCommand *addEvent(ProgrammeDocument *doc, const PathEvent &event)
{
    auto e = std::make_shared<PathEvent>(event);
    ProgrammeFile &file = doc->file();
    const auto status = exitStatus(event);
    const auto previous = status ? std::optional<Patient::Status>(PatientStore(file).patient(event.patientId)->status) : std::nullopt;
    return new RowCommand(
        doc, CommandId::PathEvent, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, event.patientId, {}}, tr("Ajouter « %1 »").arg(PatientPath::kindLabel(event.kind)),
        [&file, e, status] { return writeEvent(file, [e](PatientStore &s) { return s.addEvent(*e); }, e->patientId, status); },
        [&file, e, previous] { return writeEvent(file, [e](PatientStore &s) { return s.removeEvent(e->id); }, e->patientId, previous); });
}

QUndoCommand *editEvent(ProgrammeDocument *doc, const PathEvent &before, const PathEvent &after)
{
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::PathEvent, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, after.patientId, {}}, tr("Modifier « %1 »").arg(PatientPath::kindLabel(after.kind)),
        [&file, after] { return writeEvent(file, [after](PatientStore &s) { return s.updateEvent(after); }, after.patientId, exitStatus(after)); },
        [&file, before] { return writeEvent(file, [before](PatientStore &s) { return s.updateEvent(before); }, before.patientId, exitStatus(before)); });
}

QUndoCommand *removeEvent(ProgrammeDocument *doc, const PathEvent &event)
{
    ProgrammeFile &file = doc->file();
    const auto status = exitStatus(event);
    const auto active = status ? std::optional<Patient::Status>(Patient::Status::Active) : std::nullopt;
    return new RowCommand(
        doc, CommandId::PathEvent, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, event.patientId, {}}, tr("Supprimer « %1 »").arg(PatientPath::kindLabel(event.kind)),
        [&file, event, active] { return writeEvent(file, [event](PatientStore &s) { return s.removeEvent(event.id); }, event.patientId, active); },
        [&file, event, status] {
            return writeEvent(file, [event](PatientStore &s) { PathEvent e = event; return s.addEvent(e); }, event.patientId, status);
        });
}

QUndoCommand *addObjective(ProgrammeDocument *doc, const Objective &objective)
{
    auto o = std::make_shared<Objective>(objective);
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Objective, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, objective.patientId, {}}, tr("Ajouter l'objectif « %1 »").arg(objective.label.left(40)), [&file, o] { return PatientStore(file).addObjective(*o); },
        [&file, o] { return PatientStore(file).removeObjective(o->id); });
}

QUndoCommand *editObjective(ProgrammeDocument *doc, const Objective &before, const Objective &after)
{
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Objective, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, after.patientId, {}}, tr("Modifier l'objectif « %1 »").arg(after.label.left(40)), [&file, after] { return PatientStore(file).updateObjective(after); },
        [&file, before] { return PatientStore(file).updateObjective(before); });
}

QUndoCommand *removeObjective(ProgrammeDocument *doc, const Objective &objective)
{
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Objective, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, objective.patientId, {}}, tr("Supprimer l'objectif « %1 »").arg(objective.label.left(40)),
        [&file, objective] { return PatientStore(file).removeObjective(objective.id); },
        [&file, objective] { Objective o = objective; return PatientStore(file).addObjective(o); });
}

QUndoCommand *setPlan(ProgrammeDocument *doc, qint64 patientId, const QList<qint64> &before, const QList<qint64> &after)
{
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Plan, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, patientId, {}}, tr("Modifier le programme personnalisé"), [&file, patientId, after] { return PatientStore(file).setPlan(patientId, after); },
        [&file, patientId, before] { return PatientStore(file).setPlan(patientId, before); });
}

QUndoCommand *importPatients(ProgrammeDocument *doc, const QString &path, const QDate &today, int accepted, Progress *progress)
{
    auto ids = std::make_shared<QList<qint64>>();
    auto firstProgress = std::make_shared<Progress *>(progress); // followed on the first import only, not on a redo
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::PatientImport, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Patients, 0, {}}, QCoreApplication::translate("PatientCommands", "Importer %n patient(s)", nullptr, accepted),
        [&file, path, today, accepted, ids, firstProgress] {
            Progress *followed = std::exchange(*firstProgress, nullptr);
            const PatientCsv::ImportReport report = PatientCsv::importFile(file, path, today, PatientCsv::OnRefused::SkipInvalid, accepted,
                                                                                  ids.get(), followed);
            if (!report.fatal.isEmpty())
                return FileError(FileError::InvalidInput, file.path(),
                                 QCoreApplication::translate("PatientCommands", "Rien n'a été importé : %1").arg(report.fatal));
            return report.error;
        },
        [&file, ids] {
            Transaction tx(file);
            PatientStore store(file);
            for (qint64 id : std::as_const(*ids))
                if (FileError e = store.remove(id))
                    return e;
            return tx.commit() ? FileError() : file.writeError({});
        });
}

QUndoCommand *setTemplate(ProgrammeDocument *doc, const QString &key, const QString &before, const QString &after)
{
    ProgrammeFile &file = doc->file();
    return new SetValueCommand(
        doc, CommandId::DocumentTemplate, EditPlace{QString::fromLatin1(PageIds::patients), ChangeArea::Templates, 0, key}, before, after,
        [&file, key](const QVariant &body, bool) { return DocumentTemplateStore(file).setBody(key, body.toString()); },
        tr("Modifier le modèle de lettre"));
}

QUndoCommand *addSession(ProgrammeDocument *doc, const Session &session)
{
    auto s = std::make_shared<Session>(session);
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Session, EditPlace{QString::fromLatin1(PageIds::sessions), ChangeArea::Sessions, 0, {}}, tr("Planifier une séance"), [&file, s] { return SessionStore(file).add(*s); },
        [&file, s] { return SessionStore(file).remove(s->id); });
}

namespace {
QUndoCommand *sessionEdit(ProgrammeDocument *doc, const Session &before, const Session &after, const QString &text)
{
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Session, EditPlace{QString::fromLatin1(PageIds::sessions), ChangeArea::Sessions, after.id, {}}, text,
        [&file, before, after] {
            // Recorded attendance never moves ahead of now (SessionRules): no caller bypasses it.
            const SessionStore store(file);
            if (const QString refused = SessionRules::checkReschedule(before, store.attendance(before.id), after.startsAt,
                                                                      QDateTime::currentDateTime());
                !refused.isEmpty() && after.startsAt != before.startsAt)
                return FileError(FileError::InvalidInput, file.path(), refused);
            return SessionStore(file).update(after);
        },
        [&file, before] { return SessionStore(file).update(before); });
}
} // namespace

QUndoCommand *editSession(ProgrammeDocument *doc, const Session &before, const Session &after)
{
    return sessionEdit(doc, before, after, tr("Modifier la séance"));
}

QUndoCommand *moveSession(ProgrammeDocument *doc, const Session &before, const Session &after, const QString &label)
{
    const QLocale locale;
    const QString format = QStringLiteral("ddd d MMM HH:mm");
    return sessionEdit(doc, before, after,
                       tr("Déplacer %1 du %2 au %3").arg(label, locale.toString(before.startsAt, format), locale.toString(after.startsAt, format)));
}

QUndoCommand *removeSession(ProgrammeDocument *doc, qint64 sessionId)
{
    ProgrammeFile &file = doc->file();
    const Session session = SessionStore(file).session(sessionId).value_or(Session());
    const QList<Attendance> attendance = SessionStore(file).attendance(sessionId);
    return new RowCommand(
        doc, CommandId::Session, EditPlace{QString::fromLatin1(PageIds::sessions), ChangeArea::Sessions, sessionId, {}}, tr("Supprimer la séance"), [&file, sessionId] { return SessionStore(file).remove(sessionId); },
        [&file, session, attendance] {
            Transaction tx(file);
            SessionStore store(file);
            Session s = session;
            if (FileError e = store.add(s))
                return e;
            for (const Attendance &a : attendance)
                if (FileError e = store.setAttendance(a))
                    return e;
            return tx.commit() ? FileError() : file.writeError({});
        });
}

QUndoCommand *setAttendance(ProgrammeDocument *doc, const Attendance &after, std::optional<Attendance::Status> before)
{
    ProgrammeFile &file = doc->file();
    const QString text = before ? tr("Noter « %1 »").arg(PatientPath::attendanceLabel(after.status)) : tr("Inscrire un patient");
    return new RowCommand(
        doc, CommandId::Attendance, EditPlace{QString::fromLatin1(PageIds::sessions), ChangeArea::Sessions, after.sessionId, {}}, text,
        [&file, after] {
            // Presence, absence or excuse only for a session that has begun (SessionRules): no caller bypasses it.
            const SessionStore store(file);
            if (const auto session = store.session(after.sessionId))
                if (const QString refused = SessionRules::checkAttendance(*session, after.status, QDateTime::currentDateTime());
                    !refused.isEmpty())
                    return FileError(FileError::InvalidInput, file.path(), refused);
            return SessionStore(file).setAttendance(after);
        },
        [&file, after, before] {
            if (!before)
                return SessionStore(file).removeAttendance(after.sessionId, after.patientId);
            return SessionStore(file).setAttendance({after.sessionId, after.patientId, *before});
        });
}

QUndoCommand *removeAttendance(ProgrammeDocument *doc, const Attendance &attendance)
{
    ProgrammeFile &file = doc->file();
    return new RowCommand(
        doc, CommandId::Attendance, EditPlace{QString::fromLatin1(PageIds::sessions), ChangeArea::Sessions, attendance.sessionId, {}}, tr("Désinscrire un patient"),
        [&file, attendance] { return SessionStore(file).removeAttendance(attendance.sessionId, attendance.patientId); },
        [&file, attendance] { return SessionStore(file).setAttendance(attendance); });
}

} // namespace kitetp::PatientCommands
