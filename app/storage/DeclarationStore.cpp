#include "storage/DeclarationStore.h"

#include "core/Dates.h"
#include "storage/AttachmentStore.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"
#include "storage/TeamStore.h"

#include <QSqlError>

namespace kitetp {

namespace {

// Text columns are NOT NULL: a null QString is stored as ''.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

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
    QSqlQuery q(file.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString scalar(const ProgrammeFile &file, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(file.database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QList<Funding> DeclarationStore::funding() const
{
    QList<Funding> out;
    QSqlQuery q(m_file.database());
    if (q.exec(QStringLiteral("SELECT id, source, amount_cents, year, note FROM funding ORDER BY id")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                        q.value(4).toString()});
    return out;
}

FileError DeclarationStore::addFunding(Funding &f)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const QString reason = f.check(); !reason.isEmpty())
        return invalid(m_file, reason);
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("INSERT INTO funding(id, source, amount_cents, year, note) VALUES (?, ?, ?, ?, ?)"),
                                {Sql::nullIfZero(f.id), f.source.trimmed(), f.amountCents, Sql::nullIfZero(f.year), nn(f.note)}))
        return e;
    f.id = q.lastInsertId().toLongLong();
    m_file.notifyChanged(area());
    return {};
}

FileError DeclarationStore::updateFunding(const Funding &f)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const QString reason = f.check(); !reason.isEmpty())
        return invalid(m_file, reason);
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("UPDATE funding SET source = ?, amount_cents = ?, year = ?, note = ? WHERE id = ?"),
                                {f.source.trimmed(), f.amountCents, Sql::nullIfZero(f.year), nn(f.note), f.id}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

FileError DeclarationStore::removeFunding(qint64 id)
{
    if (FileError e = m_file.checkWritable())
        return e;
    QSqlQuery q(m_file.database());
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM funding WHERE id = ?"), {id}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

QList<DeclarationEvent> DeclarationStore::events() const
{
    QList<DeclarationEvent> out;
    QSqlQuery q(m_file.database());
    if (q.exec(QStringLiteral("SELECT id, kind, date, change_kind, note, previous FROM declaration_event ORDER BY date, id")))
        while (q.next())
            out << eventFrom(q);
    return out;
}

std::optional<DeclarationEvent> DeclarationStore::event(qint64 id) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT id, kind, date, change_kind, note, previous FROM declaration_event WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return eventFrom(q);
    return std::nullopt;
}

FileError DeclarationStore::addEvent(DeclarationEvent &e)
{
    if (FileError err = m_file.checkWritable())
        return err;
    if (const QString reason = e.check(); !reason.isEmpty())
        return invalid(m_file, reason);
    QSqlQuery q(m_file.database());
    if (FileError err = Sql::exec(q, m_file, QStringLiteral("INSERT INTO declaration_event(id, kind, date, change_kind, note, previous) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {Sql::nullIfZero(e.id), DeclarationEvent::toStored(e.kind), Dates::toStored(e.date),
                                   nn(DeclarationEvent::toStored(e.change)), nn(e.note), nn(e.previous)}))
        return err;
    e.id = q.lastInsertId().toLongLong();
    m_file.notifyChanged(area());
    return {};
}

FileError DeclarationStore::updateEvent(const DeclarationEvent &e)
{
    if (FileError err = m_file.checkWritable())
        return err;
    if (const QString reason = e.check(); !reason.isEmpty())
        return invalid(m_file, reason);
    QSqlQuery q(m_file.database());
    if (FileError err = Sql::exec(q, m_file, QStringLiteral("UPDATE declaration_event SET kind = ?, date = ?, change_kind = ?, note = ?, previous = ? WHERE id = ?"),
                                  {DeclarationEvent::toStored(e.kind), Dates::toStored(e.date),
                                   nn(DeclarationEvent::toStored(e.change)), nn(e.note), nn(e.previous), e.id}))
        return err;
    m_file.notifyChanged(area());
    return {};
}

FileError DeclarationStore::removeEvent(qint64 id)
{
    if (FileError err = m_file.checkWritable())
        return err;
    QSqlQuery q(m_file.database());
    if (FileError err = Sql::exec(q, m_file, QStringLiteral("DELETE FROM declaration_event WHERE id = ?"), {id}))
        return err;
    m_file.notifyChanged(area());
    return {};
}

QDate DeclarationStore::dated(DeclarationEvent::Kind kind) const
{
    return Dates::fromStored(scalar(m_file, QStringLiteral("SELECT max(date) FROM declaration_event WHERE kind = ?"),
                                    {DeclarationEvent::toStored(kind)}));
}

FileError DeclarationStore::setDated(DeclarationEvent::Kind kind, const QDate &date)
{
    if (FileError err = m_file.checkWritable())
        return err;
    DeclarationEvent e;
    e.kind = kind;
    e.date = date;
    if (date.isValid())
        if (const QString reason = e.check(); !reason.isEmpty())
            return invalid(m_file, reason);
    Transaction tx(m_file);
    QSqlQuery q(m_file.database());
    if (FileError err = Sql::exec(q, m_file, QStringLiteral("DELETE FROM declaration_event WHERE kind = ?"),
                                  {DeclarationEvent::toStored(kind)}))
        return err;
    if (date.isValid())
        if (FileError err = Sql::exec(q, m_file, QStringLiteral("INSERT INTO declaration_event(kind, date) VALUES (?, ?)"),
                                      {DeclarationEvent::toStored(kind), Dates::toStored(date)}))
            return err;
    if (!tx.commit())
        return m_file.writeError(m_file.database().lastError().text());
    m_file.notifyChanged(area());
    return {};
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
    f.patientsConsented = countOf(m_file, byKind, {QStringLiteral("consent_entry")});
    f.assessments = countOf(m_file, byKind, {QStringLiteral("assessment")});
    f.finalEvaluations = countOf(m_file, byKind, {QStringLiteral("final_evaluation")});
    f.gpLetters = countOf(m_file, byKind, {QStringLiteral("gp_letter")});
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
    QSqlQuery q(m_file.database());
    if (q.exec(QStringLiteral("SELECT DISTINCT period FROM evaluation_note WHERE value <> '' ORDER BY period")))
        while (q.next())
            f.evaluationPeriods << q.value(0).toString();
    return f;
}

} // namespace kitetp
