// SPDX-License-Identifier: EUPL-1.2
#include "storage/DeclarationStore.h"

#include "core/Dates.h"
#include "storage/AttachmentStore.h"
#include "core/Patients.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"
#include "storage/TeamStore.h"


namespace kitetp {

namespace {

FileError invalid(const ProgrammeFile &file, const QString &reason)
{
    return FileError(FileError::InvalidInput, file.path(), reason);
}

DeclarationEvent eventFrom(const QSqlQuery &q)
{
    DeclarationEvent e;
    e.id = q.value(0).toLongLong();
    e.kind = DeclarationEvent::kindFromStored(q.value(1).toString());
    e.date = Dates::fromStored(q.value(2).toString());
    e.change = DeclarationEvent::changeFromStored(q.value(3).toString());
    e.note = q.value(4).toString();
    e.previous = q.value(5).toString();
    return e;
}

int countOf(const ProgrammeFile &file, const QString &sql, const QVariantList &values = {})
{
    return Sql::value(file, sql, values).toInt();
}

QString scalar(const ProgrammeFile &file, const QString &sql, const QVariantList &values = {})
{
    return Sql::value(file, sql, values).toString();
}

} // namespace

QList<Funding> DeclarationStore::funding() const
{
    return Sql::rows<Funding>(m_file, QStringLiteral("SELECT id, source, amount_cents, year, note FROM funding ORDER BY id"), {},
                              [](const QSqlQuery &q) {
                                  return Funding{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                                 q.value(3).toInt(), q.value(4).toString()};
                              });
}

FileError DeclarationStore::addFunding(Funding &f)
{
    if (const QString reason = f.check(); !reason.isEmpty())
        return invalid(m_file, reason);
    return Sql::insertOne(m_file, area(), QStringLiteral("INSERT INTO funding(id, source, amount_cents, year, note) VALUES (?, ?, ?, ?, ?)"),
                          {Sql::nullIfZero(f.id), f.source.trimmed(), f.amountCents, Sql::nullIfZero(f.year), Sql::text(f.note)}, f.id);
}

FileError DeclarationStore::updateFunding(const Funding &f)
{
    if (const QString reason = f.check(); !reason.isEmpty())
        return invalid(m_file, reason);
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{f.id}),
                         QStringLiteral("UPDATE funding SET source = ?, amount_cents = ?, year = ?, note = ? WHERE id = ?"),
                         {f.source.trimmed(), f.amountCents, Sql::nullIfZero(f.year), Sql::text(f.note), f.id});
}

FileError DeclarationStore::removeFunding(qint64 id)
{
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{id}), QStringLiteral("DELETE FROM funding WHERE id = ?"), {id});
}

QList<DeclarationEvent> DeclarationStore::events() const
{
    return Sql::rows<DeclarationEvent>(
        m_file, QStringLiteral("SELECT id, kind, date, change_kind, note, previous FROM declaration_event ORDER BY date, id"), {},
        eventFrom);
}

std::optional<DeclarationEvent> DeclarationStore::event(qint64 id) const
{
    const QList<DeclarationEvent> found = Sql::rows<DeclarationEvent>(
        m_file, QStringLiteral("SELECT id, kind, date, change_kind, note, previous FROM declaration_event WHERE id = ?"), {id},
        eventFrom);
    return found.isEmpty() ? std::nullopt : std::optional<DeclarationEvent>(found.first());
}

FileError DeclarationStore::addEvent(DeclarationEvent &e)
{
    if (const QString reason = e.check(); !reason.isEmpty())
        return invalid(m_file, reason);
    return Sql::insertOne(m_file, area(),
                          QStringLiteral("INSERT INTO declaration_event(id, kind, date, change_kind, note, previous) VALUES (?, ?, ?, ?, ?, ?)"),
                          {Sql::nullIfZero(e.id), DeclarationEvent::toStored(e.kind), Dates::toStored(e.date),
                           Sql::text(DeclarationEvent::toStored(e.change)), Sql::text(e.note), Sql::text(e.previous)},
                          e.id);
}

FileError DeclarationStore::updateEvent(const DeclarationEvent &e)
{
    if (const QString reason = e.check(); !reason.isEmpty())
        return invalid(m_file, reason);
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{e.id}),
                         QStringLiteral("UPDATE declaration_event SET kind = ?, date = ?, change_kind = ?, note = ?, previous = ? WHERE id = ?"),
                         {DeclarationEvent::toStored(e.kind), Dates::toStored(e.date), Sql::text(DeclarationEvent::toStored(e.change)),
                          Sql::text(e.note), Sql::text(e.previous), e.id});
}

FileError DeclarationStore::removeEvent(qint64 id)
{
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{id}), QStringLiteral("DELETE FROM declaration_event WHERE id = ?"), {id});
}

QDate DeclarationStore::dated(DeclarationEvent::Kind kind) const
{
    return Dates::fromStored(scalar(m_file, QStringLiteral("SELECT max(date) FROM declaration_event WHERE kind = ?"),
                                    {DeclarationEvent::toStored(kind)}));
}

FileError DeclarationStore::setDated(DeclarationEvent::Kind kind, const QDate &date)
{
    DeclarationEvent e;
    e.kind = kind;
    e.date = date;
    if (date.isValid())
        if (const QString reason = e.check(); !reason.isEmpty())
            return invalid(m_file, reason);
    return Sql::write(m_file, Change(area()), [&](QSqlQuery &q) -> FileError {
        if (FileError err = Sql::exec(q, m_file, QStringLiteral("DELETE FROM declaration_event WHERE kind = ?"),
                                      {DeclarationEvent::toStored(kind)}))
            return err;
        if (date.isValid())
            return Sql::exec(q, m_file, QStringLiteral("INSERT INTO declaration_event(kind, date) VALUES (?, ?)"),
                             {DeclarationEvent::toStored(kind), Dates::toStored(date)});
        return {};
    });
}

DeclarationFacts DeclarationStore::facts(const QDate &today) const
{
    DeclarationFacts f;
    f.today = today;
    f.fields = FieldStore(m_file).values();
    for (const TeamMember &m : TeamStore(m_file).members())
        if (m.active)
            f.team << m;
    f.funding = funding();
    f.attachments = AttachmentStore(m_file).list();
    f.events = events();
    const QList<Seance> seances = GuideStore(m_file).seancesBrief();
    f.seances = int(seances.size());
    for (const Seance &s : seances)
        f.draftSeances += s.draft ? 1 : 0;
    const QString byKind = QStringLiteral("SELECT count(DISTINCT patient_id) FROM path_event WHERE kind = ?");
    // The stored words of the path come from core/Patients (one vocabulary), never spelled here.
    using K = PathEvent::Kind;
    f.patientsConsented = countOf(m_file, byKind, {toStored(K::ConsentEntry)});
    f.assessments = countOf(m_file, byKind, {toStored(K::Assessment)});
    f.finalEvaluations = countOf(m_file, byKind, {toStored(K::FinalEvaluation)});
    f.gpLetters = countOf(m_file, byKind, {toStored(K::GpLetter)});
    const QString now = Dates::toStored(today) + QStringLiteral("T23:59");
    f.sessionsHeld = countOf(m_file, QStringLiteral("SELECT count(*) FROM session WHERE starts_at <= ?"), {now});
    f.lastActivity = Dates::fromStored(scalar(m_file, QStringLiteral("SELECT substr(max(starts_at), 1, 10) FROM session WHERE starts_at <= ?"), {now}));
    const QDate firstSession = Dates::fromStored(scalar(m_file, QStringLiteral("SELECT substr(min(starts_at), 1, 10) FROM session")));
    const QDate firstPath = Dates::fromStored(scalar(m_file, QStringLiteral("SELECT min(date) FROM path_event")));
    f.firstActivity = firstSession;
    if (firstPath.isValid() && (!f.firstActivity.isValid() || firstPath < f.firstActivity))
        f.firstActivity = firstPath;
    if (f.firstActivity.isValid() && f.firstActivity > today)
        f.firstActivity = {};
    f.evaluationPeriods = Sql::rows<QString>(m_file, QStringLiteral("SELECT DISTINCT period FROM evaluation_note WHERE value <> '' ORDER BY period"),
                                             {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    return f;
}

} // namespace kitetp
