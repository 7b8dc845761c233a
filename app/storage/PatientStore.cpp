// SPDX-License-Identifier: EUPL-1.2
#include "storage/PatientStore.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace kitetp {

namespace {

// The last guard for every writer (dialogs, CSV import, command line): no date outside 1990–2100 reaches the file.
FileError refuseImplausible(const ProgrammeFile &file, const QDate &date)
{
    if (Dates::isPlausible(date))
        return {};
    return FileError(FileError::InvalidInput, file.path(),
                     QCoreApplication::translate("PatientStore", "La date de l'étape est absente ou invraisemblable (entre 1990 et 2100)."));
}

const char columns[] = "id, code, first_name, last_name, birth_year, sex, contact, cancer_site, treatment, "
                       "referring_physician, gp_name, gp_address, referral, status, notes";

} // namespace

QLatin1String PatientStore::patientColumns()
{
    return QLatin1String(columns);
}

Patient PatientStore::patientFromRow(const QSqlQuery &q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    p.birthYear = q.value(4).toInt();
    p.sex = q.value(5).toString();
    p.contact = q.value(6).toString();
    p.cancerSite = q.value(7).toString();
    p.treatment = q.value(8).toString();
    p.referringPhysician = q.value(9).toString();
    p.gpName = q.value(10).toString();
    p.gpAddress = q.value(11).toString();
    p.referral = q.value(12).toString();
    p.status = patientStatusFromStored(q.value(13).toString());
    p.notes = q.value(14).toString();
    return p;
}

namespace {

QVariantList valuesOf(const Patient &p)
{
    using Sql::text;
    return {p.code, text(p.firstName), text(p.lastName), Sql::nullIfZero(p.birthYear), text(p.sex), text(p.contact),
            text(p.cancerSite), text(p.treatment), text(p.referringPhysician), text(p.gpName), text(p.gpAddress),
            text(p.referral), toStored(p.status), text(p.notes)};
}

QList<Patient> select(const ProgrammeFile &file, const QString &where, const QVariantList &values)
{
    return Sql::rows<Patient>(file, QStringLiteral("SELECT %1 FROM patient %2 ORDER BY code").arg(QLatin1String(columns), where), values,
                              PatientStore::patientFromRow);
}

Change patientChange(qint64 patientId)
{
    return Change(ChangeArea::Patients, QList<qint64>{patientId});
}

// The patient a path event or an objective belongs to, for the change that names it (0 when unknown: the whole area).
Change ownerChange(const ProgrammeFile &file, const QString &table, qint64 id)
{
    const qint64 patientId = Sql::value(file, QStringLiteral("SELECT patient_id FROM %1 WHERE id = ?").arg(table), {id}).toLongLong();
    return patientId ? patientChange(patientId) : Change(ChangeArea::Patients);
}

} // namespace

QList<Patient> PatientStore::patients() const
{
    return select(m_file, {}, {});
}

namespace {

QList<PatientSummary> selectSummaries(const ProgrammeFile &file, qint64 onlyId)
{
    // The line per patient that the file keeps up to date (migration 005's patient_summary and its triggers): one
    // row per patient read by primary key, instead of grouping every path event and every presence.
    // Dates come as Julian day numbers (Dialect::julianDayNumber): QDate::fromJulianDay instead of parsing 700,000
    // ISO texts.
    QStringList days;
    for (const char *column : {"entry", "assessment", "plan", "final", "letter", "leaving", "last_present"})
        days << Dialect::julianDayNumber(file.engine(), QStringLiteral("s.") + QLatin1String(column));
    QString sql = QStringLiteral("SELECT p.id, p.code, p.first_name, p.last_name, p.cancer_site, p.status, %1, s.present, s.shares "
                                 "FROM patient p LEFT JOIN patient_summary s ON s.patient_id = p.id %2 ORDER BY p.code")
                      .arg(days.join(QStringLiteral(", ")));
    QVariantList values;
    if (onlyId) {
        sql = sql.arg(QStringLiteral("WHERE p.id = ?"));
        values = {onlyId};
    } else {
        sql = sql.arg(QString());
    }
    QList<PatientSummary> out;
    if (!onlyId) // one allocation for 100,000 lines rather than a growing list
        out.reserve(Sql::value(file, QStringLiteral("SELECT count(*) FROM patient"), {}).toLongLong());
    QSqlQuery q = Sql::query(file);
    if (!Sql::select(q, file, sql, values))
        return out;
    const auto date = [&q](int column) {
        const QVariant day = q.value(column);
        return day.isNull() ? QDate() : QDate::fromJulianDay(day.toLongLong());
    };
    while (q.next()) {
        PatientSummary s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.firstName = q.value(2).toString();
        s.lastName = q.value(3).toString();
        s.cancerSite = q.value(4).toString();
        s.status = patientStatusFromStored(q.value(5).toString());
        s.entryDate = date(6);
        s.assessmentDate = date(7);
        s.planDate = date(8);
        s.finalDate = date(9);
        s.letterDate = date(10);
        s.exitDate = date(11);
        s.lastPresence = date(12);
        s.sessionsAttended = q.value(13).toInt();
        s.sharesWithGp = q.value(14).toInt() > 0;
        out.append(std::move(s));
    }
    return out;
}

} // namespace

QList<PatientSummary> PatientStore::summaries() const
{
    return selectSummaries(m_file, 0);
}

std::optional<PatientSummary> PatientStore::summary(qint64 id) const
{
    const QList<PatientSummary> found = selectSummaries(m_file, id);
    return found.isEmpty() ? std::nullopt : std::optional<PatientSummary>(found.first());
}

QList<qint64> PatientStore::patientsPlanning(qint64 seanceId) const
{
    return Sql::rows<qint64>(m_file, QStringLiteral("SELECT patient_id FROM plan_item WHERE seance_id = ? ORDER BY patient_id"), {seanceId},
                             [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

std::optional<Patient> PatientStore::patient(qint64 id) const
{
    const QList<Patient> found = select(m_file, QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Patient>(found.first());
}

std::optional<Patient> PatientStore::patientByCode(const QString &code) const
{
    const QList<Patient> found = select(m_file, QStringLiteral("WHERE code = ?"), {code});
    return found.isEmpty() ? std::nullopt : std::optional<Patient>(found.first());
}

QStringList PatientStore::codes() const
{
    return Sql::rows<QString>(m_file, QStringLiteral("SELECT code FROM patient"), {},
                              [](const QSqlQuery &q) { return q.value(0).toString(); });
}

QString PatientStore::nextCode(int year) const
{
    const QString prefix = QStringLiteral("P-%1-").arg(year);
    // By length first: "P-2025-10000" comes after "P-2025-9999".
    const QVariant last = Sql::value(m_file, QStringLiteral("SELECT code FROM patient WHERE code LIKE ? ORDER BY length(code) DESC, code DESC LIMIT 1"),
                                     {QString(prefix + QLatin1Char('%'))});
    const int next = last.isNull() ? 1 : last.toString().mid(prefix.size()).toInt() + 1;
    return prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0'));
}

FileError PatientStore::add(Patient &p)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (p.code.isEmpty())
        p.code = nextCode(QDate::currentDate().year());
    return Sql::write(m_file, {}, [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file,
                                    Sql::returningId(m_file, QStringLiteral("INSERT INTO patient(code, first_name, last_name, birth_year, sex, contact, cancer_site, "
                                                   "treatment, referring_physician, gp_name, gp_address, referral, status, notes, id) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                                    valuesOf(p) << Sql::nullIfZero(p.id))) {
            if (Sql::isUniqueViolation(q))
                return FileError(FileError::InvalidInput, m_file.path(),
                                 QCoreApplication::translate("PatientStore", "Le code patient « %1 » est déjà utilisé.").arg(p.code));
            return e;
        }
        p.id = Sql::insertedId(q, m_file);
        m_file.emitChange(patientChange(p.id));
        return {};
    });
}

FileError PatientStore::update(const Patient &p)
{
    return Sql::writeOne(m_file, patientChange(p.id),
                         QStringLiteral("UPDATE patient SET code = ?, first_name = ?, last_name = ?, birth_year = ?, sex = ?, "
                                        "contact = ?, cancer_site = ?, treatment = ?, referring_physician = ?, gp_name = ?, "
                                        "gp_address = ?, referral = ?, status = ?, notes = ? WHERE id = ?"),
                         valuesOf(p) << p.id);
}

FileError PatientStore::remove(qint64 id)
{
    // Attendance goes with the patient (ON DELETE CASCADE): the sessions' lists change too.
    Change change = patientChange(id);
    change.merge(Change(ChangeArea::Sessions));
    return Sql::writeOne(m_file, change, QStringLiteral("DELETE FROM patient WHERE id = ?"), {id});
}

QList<PathEvent> PatientStore::events(qint64 patientId) const
{
    return Sql::rows<PathEvent>(m_file,
                                QStringLiteral("SELECT id, patient_id, kind, date, member_id, reason, note FROM path_event "
                                               "WHERE patient_id = ? ORDER BY date, id"),
                                {patientId}, [](const QSqlQuery &q) {
                                    return PathEvent{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                     pathEventKindFromStored(q.value(2).toString()), Dates::fromStored(q.value(3).toString()),
                                                     q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()};
                                });
}

FileError PatientStore::addEvent(PathEvent &e)
{
    if (FileError err = refuseImplausible(m_file, e.date))
        return err;
    return Sql::insertOne(m_file, area(), QStringLiteral("INSERT INTO path_event(id, patient_id, kind, date, member_id, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {Sql::nullIfZero(e.id), e.patientId, toStored(e.kind), Dates::toStored(e.date), Sql::nullIfZero(e.memberId),
                      Sql::text(e.reason), Sql::text(e.note)},
                          e.id, e.patientId);
}

FileError PatientStore::updateEvent(const PathEvent &e)
{
    if (FileError err = refuseImplausible(m_file, e.date))
        return err;
    return Sql::writeOne(m_file, e.patientId ? patientChange(e.patientId) : ownerChange(m_file, QStringLiteral("path_event"), e.id),
                         QStringLiteral("UPDATE path_event SET kind = ?, date = ?, member_id = ?, reason = ?, note = ? WHERE id = ?"),
                         {toStored(e.kind), Dates::toStored(e.date), Sql::nullIfZero(e.memberId), Sql::text(e.reason), Sql::text(e.note), e.id});
}

FileError PatientStore::removeEvent(qint64 eventId)
{
    return Sql::writeOne(m_file, ownerChange(m_file, QStringLiteral("path_event"), eventId), QStringLiteral("DELETE FROM path_event WHERE id = ?"),
                         {eventId});
}

QList<Objective> PatientStore::objectives(qint64 patientId) const
{
    return Sql::rows<Objective>(m_file,
                                QStringLiteral("SELECT id, patient_id, skill_id, label, result, patient_view FROM objective WHERE patient_id = ? ORDER BY id"),
                                {patientId}, [](const QSqlQuery &q) {
                                    return Objective{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                                                     objectiveResultFromStored(q.value(4).toString()), q.value(5).toString()};
                                });
}

FileError PatientStore::addObjective(Objective &o)
{
    return Sql::insertOne(m_file, area(), QStringLiteral("INSERT INTO objective(id, patient_id, skill_id, label, result, patient_view) VALUES (?, ?, ?, ?, ?, ?)"),
                     {Sql::nullIfZero(o.id), o.patientId, Sql::nullIfZero(o.skillId), Sql::text(o.label), Sql::text(toStored(o.result)),
                      Sql::text(o.patientView)},
                          o.id, o.patientId);
}

FileError PatientStore::updateObjective(const Objective &o)
{
    return Sql::writeOne(m_file, o.patientId ? patientChange(o.patientId) : ownerChange(m_file, QStringLiteral("objective"), o.id),
                         QStringLiteral("UPDATE objective SET skill_id = ?, label = ?, result = ?, patient_view = ? WHERE id = ?"),
                         {Sql::nullIfZero(o.skillId), Sql::text(o.label), Sql::text(toStored(o.result)), Sql::text(o.patientView), o.id});
}

FileError PatientStore::removeObjective(qint64 objectiveId)
{
    return Sql::writeOne(m_file, ownerChange(m_file, QStringLiteral("objective"), objectiveId), QStringLiteral("DELETE FROM objective WHERE id = ?"),
                         {objectiveId});
}

QList<qint64> PatientStore::plan(qint64 patientId) const
{
    return Sql::rows<qint64>(m_file, QStringLiteral("SELECT seance_id FROM plan_item WHERE patient_id = ? ORDER BY seance_id"), {patientId},
                             [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

FileError PatientStore::setPlan(qint64 patientId, const QList<qint64> &seanceIds)
{
    return Sql::write(m_file, patientChange(patientId), [&](QSqlQuery &q) -> FileError {
        if (FileError err = Sql::exec(q, m_file, QStringLiteral("DELETE FROM plan_item WHERE patient_id = ?"), {patientId}))
            return err;
        for (qint64 seance : seanceIds)
            if (FileError err = Sql::exec(q, m_file, QStringLiteral("INSERT OR IGNORE INTO plan_item(patient_id, seance_id) VALUES (?, ?)"),
                                          {patientId, seance}))
                return err;
        return {};
    });
}

PatientStore::Snapshot PatientStore::snapshot(qint64 id) const
{
    Snapshot s;
    s.patient = patient(id).value_or(Patient());
    s.events = events(id);
    s.objectives = objectives(id);
    s.plan = plan(id);
    s.attendance = SessionStore(m_file).attendanceOfPatient(id);
    return s;
}

FileError PatientStore::restore(const Snapshot &s)
{
    return Sql::write(m_file, {}, [&](QSqlQuery &) -> FileError {
        Patient p = s.patient;
        if (FileError e = add(p))
            return e;
        for (PathEvent e : s.events)
            if (FileError err = addEvent(e))
                return err;
        for (Objective o : s.objectives)
            if (FileError err = addObjective(o))
                return err;
        if (FileError err = setPlan(p.id, s.plan))
            return err;
        SessionStore sessions(m_file);
        for (const Attendance &a : s.attendance)
            if (FileError err = sessions.setAttendance(a))
                return err;
        return {};
    });
}

} // namespace kitetp
