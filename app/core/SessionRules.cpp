// SPDX-License-Identifier: EUPL-1.2
#include "core/SessionRules.h"

#include "core/Dates.h"
#include "core/PatientPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace kitetp::SessionRules {

namespace {
// Under the context lupdate gives a tr() call in this namespace (the one the .ts files translate).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kitetp::SessionRules", text, disambiguation, n);
}

QDateTime endOf(const Session &s)
{
    return s.startsAt.addSecs(qint64(std::max(s.durationMin, 1)) * 60);
}
} // namespace

QString checkSession(const Session &s)
{
    if (s.seanceId == 0)
        return tr("Choisissez la séance (atelier) que cette session anime.");
    if (!s.startsAt.isValid() || !Dates::isPlausible(s.startsAt.date()))
        return tr("La date de la séance est absente ou invraisemblable (entre 1990 et 2100).");
    if (s.durationMin <= 0 || s.durationMin > maxDurationMin)
        return tr("La durée doit être comprise entre 1 minute et %1 heures.").arg(maxDurationMin / 60);
    if (s.capacity < 0 || s.capacity > maxCapacity)
        return tr("La capacité doit être comprise entre 0 (non limitée) et %1 participants.").arg(maxCapacity);
    if (s.place.size() > 200)
        return tr("Le lieu est trop long (200 caractères au plus).");
    if (s.note.size() > 10000)
        return tr("La note est trop longue (10 000 caractères au plus).");
    return {};
}

bool overlaps(const Session &a, const Session &b)
{
    return a.startsAt < endOf(b) && b.startsAt < endOf(a);
}

int occupied(const QList<Attendance> &attendance)
{
    return int(std::count_if(attendance.cbegin(), attendance.cend(),
                             [](const Attendance &a) { return a.status != Attendance::Status::Excused; }));
}

bool isFull(const Session &session, const QList<Attendance> &attendance)
{
    return session.capacity > 0 && occupied(attendance) >= session.capacity;
}

EnrolmentCheck checkEnrolment(const Session &session, const QList<Attendance> &attendance, qint64 patientId,
                              const QList<qint64> &plan, bool pathClosed)
{
    EnrolmentCheck c;
    if (std::any_of(attendance.cbegin(), attendance.cend(), [&](const Attendance &a) { return a.patientId == patientId; }))
        c.error = tr("Ce patient est déjà inscrit à cette séance.");
    else if (pathClosed)
        c.error = tr("Le parcours de ce patient est clos : il ne peut plus être inscrit.");
    if (!c.allowed())
        return c;
    const QString outside = PatientPath::attendanceWarning(session.seanceId, plan);
    if (!outside.isEmpty())
        c.warnings << outside;
    if (isFull(session, attendance))
        c.warnings << tr("La séance est complète (%1 inscrits pour %2 places).").arg(occupied(attendance)).arg(session.capacity);
    return c;
}

bool hasStarted(const Session &session, const QDateTime &now)
{
    return session.startsAt.isValid() && session.startsAt <= now;
}

QString checkAttendance(const Session &session, Attendance::Status status, const QDateTime &now)
{
    if (status == Attendance::Status::Enrolled || hasStarted(session, now))
        return {};
    return tr("Cette séance n'a pas encore eu lieu (elle commence le %1 à %2) : la présence, l'absence ou l'excuse ne "
              "peuvent être notées qu'à partir de son début. Un patient peut y être inscrit.")
        .arg(QLocale().toString(session.startsAt.date(), QLocale::LongFormat),
             QLocale().toString(session.startsAt.time(), QLocale::ShortFormat));
}

QString checkReschedule(const Session &session, const QList<Attendance> &attendance, const QDateTime &startsAt, const QDateTime &now)
{
    const bool recorded = std::any_of(attendance.cbegin(), attendance.cend(), [&session](const Attendance &a) {
        return a.sessionId == session.id && a.status != Attendance::Status::Enrolled;
    });
    if (!recorded || !startsAt.isValid() || startsAt <= now)
        return {};
    return tr("Des présences sont déjà notées pour cette séance : elle ne peut pas être déplacée au %1 à %2, qui n'est pas "
              "encore passé. Effacez d'abord les présences (remettez « inscrit »), ou planifiez une nouvelle séance.")
        .arg(QLocale().toString(startsAt.date(), QLocale::LongFormat), QLocale().toString(startsAt.time(), QLocale::ShortFormat));
}

QList<SessionConflict> conflicts(const QList<Session> &sessions, const QList<Attendance> &attendance)
{
    QHash<qint64, QList<qint64>> patientsOf;
    for (const Attendance &a : attendance)
        if (a.status != Attendance::Status::Excused)
            patientsOf[a.sessionId] << a.patientId;

    QList<const Session *> sorted;
    for (const Session &s : sessions)
        sorted << &s;
    std::sort(sorted.begin(), sorted.end(), [](const Session *a, const Session *b) { return a->startsAt < b->startsAt; });

    QList<SessionConflict> out;
    for (int i = 0; i < sorted.size(); ++i) {
        const Session &a = *sorted.at(i);
        for (int j = i + 1; j < sorted.size() && sorted.at(j)->startsAt < endOf(a); ++j) {
            const Session &b = *sorted.at(j);
            if (!overlaps(a, b))
                continue;
            for (qint64 m : a.facilitatorIds)
                if (b.facilitatorIds.contains(m))
                    out << SessionConflict{SessionConflict::Kind::Facilitator, a.id, b.id, m, {}};
            if (!a.place.trimmed().isEmpty() && a.place.trimmed().compare(b.place.trimmed(), Qt::CaseInsensitive) == 0)
                out << SessionConflict{SessionConflict::Kind::Place, a.id, b.id, 0, a.place.trimmed()};
            const QList<qint64> pb = patientsOf.value(b.id);
            for (qint64 p : patientsOf.value(a.id))
                if (pb.contains(p))
                    out << SessionConflict{SessionConflict::Kind::Patient, a.id, b.id, p, {}};
        }
    }
    return out;
}

} // namespace kitetp::SessionRules
