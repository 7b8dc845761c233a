// SPDX-License-Identifier: EUPL-1.2
#include "demo/DemoParts.h"

#include "demo/DemoGenerator.h"
#include "storage/GuideStore.h"
#include "storage/PathBulkWriter.h"
#include "storage/ProgrammeFile.h"
#include "storage/TeamStore.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace kitetp {

namespace {

// Every name is obviously invented: "Camille Imaginaire", "Dr Exemple 12".
const char *const firstNames[] = {"Alix", "Camille", "Dominique", "Claude", "Sacha", "Maxime", "Lou", "Andréa",
                                  "Noël", "Morgan", "Hélène", "François", "Zoé", "Loïc", "Agnès", "Jérôme"};
const char *const lastNames[] = {"Fictif", "Imaginaire", "Exemple", "Démo", "Essai", "Modèle", "Inventé", "Supposé"};
const char *const sites[] = {"Sein", "Côlon-rectum", "Rein", "Poumon", "Prostate", "Leucémie myéloïde chronique",
                             "Mélanome", "Thyroïde", "Foie"};
const char *const treatments[] = {"Thérapie ciblée orale", "Hormonothérapie orale", "Chimiothérapie orale",
                                  "Immunomodulateur oral"};
const char *const referrals[] = {"Oncologue", "Infirmière de coordination", "Pharmacien d'officine", "Médecin traitant",
                                 "Association de patients", "Hôpital de jour"};
const char *const objectiveLabels[] = {
    "Prendre son traitement comme prescrit", "Savoir quoi faire après un oubli ou un vomissement",
    "Reconnaître les signes d'alerte qui doivent faire appeler", "Savoir qui appeler et quand",
    "Prévenir les effets secondaires cutanés", "Adapter son alimentation pendant le traitement",
    "Gérer la fatigue au quotidien", "Parler de sa maladie à ses proches", "Gérer son stress et ses émotions"};
const char *const places[] = {"Salle d'éducation 1", "Salle d'éducation 2", "Salle des familles", "Salle de réunion (3e étage)"};
constexpr int patientsPerRoomYear = 500; // a larger programme books more rooms (one per 500 new patients a year)
const char *const views[] = {"Je me sens plus sûr(e) de moi.", "J'ai compris quand appeler l'équipe.",
                             "Encore difficile avec les horaires de prise.", "Les échanges avec les autres m'ont aidé(e)."};
constexpr int timesPerDay = 3; // 9:00, 14:00 and 16:15

template<typename T, std::size_t N>
QString pick(QRandomGenerator &r, const T (&list)[N])
{
    return QString::fromUtf8(list[r.bounded(int(N))]);
}

// The group sessions of one séance, created as patients need them, in date order.
struct OpenSession
{
    qint64 id = 0;
    QDateTime start;
    int enrolled = 0;
    int capacity = 8;
};

class Scheduler
{
public:
    Scheduler(PathBulkWriter &writer, QRandomGenerator &random, const QList<Seance> &seances, const QList<qint64> &facilitators,
              int rooms)
        : m_writer(writer), m_random(random), m_facilitators(facilitators), m_rooms(rooms)
    {
        for (const Seance &s : seances)
            m_seances.insert(s.id, s);
    }

    // The first session of `seanceId` on or after `wanted` (within four weeks) with room left, created when none.
    // Only sessions with room left are kept, by start: finding one is a lookup, whatever the size of the programme.
    FileError enrol(qint64 seanceId, const QDate &wanted, OpenSession &out)
    {
        std::multimap<qint64, OpenSession> &open = m_open[seanceId];
        const auto found = open.lower_bound(startKey(wanted, QTime(0, 0)));
        if (found != open.end() && found->second.start.date() <= wanted.addDays(28)) {
            OpenSession &s = found->second;
            ++s.enrolled;
            out = s;
            if (s.enrolled >= s.capacity)
                open.erase(found);
            return {};
        }
        const Seance seance = m_seances.value(seanceId);
        Session session;
        session.seanceId = seanceId;
        // A new group is planned a week or two ahead, so that the patients who come next fill it.
        const int slot = freeSlot(wanted.addDays(7 + int(m_random.bounded(7))));
        const int day = slot / (timesPerDay * m_rooms);
        const int time = (slot / m_rooms) % timesPerDay;
        const int place = slot % m_rooms;
        session.startsAt = QDateTime(m_origin.addDays(day), time == 0 ? QTime(9, 0) : (time == 1 ? QTime(14, 0) : QTime(16, 15)));
        session.durationMin = seance.durationMin > 0 ? seance.durationMin : 120;
        session.place = place < int(std::size(places)) ? QString::fromUtf8(places[place])
                                                       : QStringLiteral("Salle d'éducation %1").arg(place - 1);
        const bool individual = seance.format == Seance::Format::Individual;
        session.capacity = individual ? 1 : (seance.groupMax > 0 ? seance.groupMax : 8);
        // Facilitators by room, so that two rooms at the same time never share one.
        if (!m_facilitators.isEmpty()) {
            const qsizetype n = m_facilitators.size();
            session.facilitatorIds << m_facilitators.at((qsizetype(2) * place) % n);
            if (n > 1)
                session.facilitatorIds << m_facilitators.at((2 * place + 1) % n);
        }
        if (FileError e = m_writer.addSession(session))
            return e;
        out = OpenSession{session.id, session.startsAt, 1, session.capacity};
        if (out.enrolled < out.capacity)
            open.emplace(startKey(session.startsAt.date(), session.startsAt.time()), out); // after the sessions that start at the same time
        return {};
    }

    void setOrigin(const QDate &origin) { m_origin = origin; }

private:
    // Slots: weekdays × three times × rooms, numbered from the origin; each is used once, the earliest free one on
    // or after the wanted day. Days are taken in order within a day, so a count per day is enough, and "the next day
    // with room" is a union-find over the days (each full day points further on): linear in the number of sessions.
    int freeSlot(const QDate &wanted)
    {
        const int day = openDay(std::max(0, int(m_origin.daysTo(wanted))));
        const int slot = day * timesPerDay * m_rooms + m_usedInDay[std::size_t(day)]++;
        if (m_usedInDay[std::size_t(day)] == timesPerDay * m_rooms)
            m_nextDay[std::size_t(day)] = day + 1;
        return slot;
    }

    // The first weekday from `day` on with a free slot.
    int openDay(int day)
    {
        grow(day);
        int root = day;
        while (m_nextDay[std::size_t(root)] != root) {
            root = m_nextDay[std::size_t(root)];
            grow(root);
        }
        while (m_nextDay[std::size_t(day)] != root) // path compression
            day = std::exchange(m_nextDay[std::size_t(day)], root);
        return root;
    }

    void grow(int day)
    {
        while (int(m_nextDay.size()) <= day) {
            const int d = int(m_nextDay.size());
            m_nextDay.push_back(m_origin.addDays(d).dayOfWeek() > 5 ? d + 1 : d); // weekends are never open
            m_usedInDay.push_back(0);
        }
    }

    // Sessions ordered by their wall-clock start (no time zone arithmetic in the comparisons).
    static qint64 startKey(const QDate &date, const QTime &time)
    {
        return date.toJulianDay() * 86400000 + time.msecsSinceStartOfDay();
    }

    PathBulkWriter &m_writer;
    QRandomGenerator &m_random;
    QList<qint64> m_facilitators;
    QHash<qint64, Seance> m_seances;
    QHash<qint64, std::multimap<qint64, OpenSession>> m_open;
    int m_rooms = 1;
    std::vector<int> m_nextDay;   // per day from the origin: itself when it has a free slot, else a later day
    std::vector<int> m_usedInDay; // slots taken that day
    QDate m_origin;
};

} // namespace

namespace {

struct PatientMaker
{
    QRandomGenerator &r;
    PathBulkWriter &writer;
    Scheduler &scheduler;
    const QList<qint64> &seanceIds;
    const QList<qint64> &members;
    QDate today;
    QHash<int, int> numbers; // per year

    qint64 member() { return members.isEmpty() ? 0 : members.at(r.bounded(int(members.size()))); }
    bool chance(int percent) { return int(r.bounded(100)) < percent; }

    FileError event(qint64 patient, PathEvent::Kind kind, const QDate &date, const QString &reason = {}, const QString &note = {})
    {
        PathEvent e;
        e.patientId = patient;
        e.kind = kind;
        e.date = date;
        e.memberId = member();
        e.reason = reason;
        e.note = note;
        return writer.addEvent(e);
    }

    FileError leave(Patient &p, Patient::Status status, const QDate &date)
    {
        p.status = status;
        if (FileError e = writer.setStatus(p.id, status))
            return e;
        return event(p.id, PathEvent::Kind::Exit, std::min(date, today), toStored(status));
    }

    FileError make(const QDate &entry)
    {
        Patient p;
        const int number = ++numbers[entry.year()];
        p.code = QStringLiteral("P-%1-%2").arg(entry.year()).arg(number, 4, 10, QLatin1Char('0'));
        if (chance(40)) {
            p.firstName = pick(r, firstNames);
            p.lastName = pick(r, lastNames);
            p.birthYear = entry.year() - 35 - int(r.bounded(50));
            p.sex = chance(55) ? QStringLiteral("F") : QStringLiteral("M");
            p.contact = QStringLiteral("06 00 00 %1 %2").arg(r.bounded(100), 2, 10, QLatin1Char('0')).arg(r.bounded(100), 2, 10, QLatin1Char('0'));
        }
        p.cancerSite = pick(r, sites);
        p.treatment = pick(r, treatments);
        p.referral = pick(r, referrals);
        p.referringPhysician = QStringLiteral("Dr Oncologue Fictif %1").arg(1 + r.bounded(12));
        const int gp = 1 + int(r.bounded(300));
        p.gpName = QStringLiteral("Dr Exemple %1").arg(gp);
        p.gpAddress = QStringLiteral("%1 rue Imaginaire\n99999 Belleville-sur-Loire").arg(gp);
        if (FileError e = writer.addPatient(p))
            return e;
        if (FileError e = event(p.id, PathEvent::Kind::Proposal, entry))
            return e;
        const QDate consent = entry.addDays(r.bounded(8));
        if (consent > today)
            return {};
        if (FileError e = event(p.id, PathEvent::Kind::ConsentEntry, consent))
            return e;
        const bool shares = chance(85);
        if (shares)
            if (FileError e = event(p.id, PathEvent::Kind::ConsentShare, consent))
                return e;
        const QDate assessment = consent.addDays(7 + r.bounded(28));
        if (assessment > today)
            return {};
        if (chance(4))
            return leave(p, chance(50) ? Patient::Status::Stopped : Patient::Status::Lost, assessment);
        if (FileError e = event(p.id, PathEvent::Kind::Assessment, assessment, {},
                                QStringLiteral("Besoins exprimés : gestion du traitement au quotidien.")))
            return e;
        if (FileError e = event(p.id, PathEvent::Kind::Plan, assessment))
            return e;
        QList<Objective> objectives;
        const int objectiveCount = 2 + int(r.bounded(3));
        for (int i = 0; i < objectiveCount; ++i) {
            Objective o;
            o.patientId = p.id;
            o.label = pick(r, objectiveLabels);
            if (std::any_of(objectives.cbegin(), objectives.cend(), [&](const Objective &x) { return x.label == o.label; }))
                continue;
            objectives << o;
        }
        QList<qint64> plan;
        for (qint64 id : seanceIds)
            if (seanceIds.size() <= 2 || chance(90))
                plan << id;
        for (qint64 id : plan)
            if (FileError e = writer.addPlanItem(p.id, id))
                return e;

        // Sessions, in the order of the plan, about every two weeks; absences are re-booked most of the time.
        const bool dropsOut = chance(9);
        const int dropAfter = plan.isEmpty() ? 0 : int(r.bounded(int(plan.size())));
        QDate wanted = assessment.addDays(10 + r.bounded(10));
        QDate last = assessment;
        bool future = false;
        for (int i = 0; i < plan.size(); ++i) {
            if (dropsOut && i == dropAfter)
                return leave(p, chance(60) ? Patient::Status::Stopped : Patient::Status::Lost, last.addDays(20 + r.bounded(40)));
            for (int attempt = 0; attempt < 2; ++attempt) {
                OpenSession s;
                if (FileError e = scheduler.enrol(plan.at(i), wanted, s))
                    return e;
                Attendance a{s.id, p.id, Attendance::Status::Enrolled};
                const QDate when = s.start.date();
                future = when > today;
                if (!future) {
                    const int roll = int(r.bounded(100));
                    a.status = roll < 86 ? Attendance::Status::Present
                                         : (roll < 95 ? Attendance::Status::Absent : Attendance::Status::Excused);
                    last = when;
                }
                if (FileError e = writer.setAttendance(a))
                    return e;
                wanted = when.addDays(7 + r.bounded(14));
                if (future || a.status == Attendance::Status::Present || !chance(70))
                    break;
            }
            if (future)
                break;
        }
        if (!future && plan.size() > 2 && chance(50))
            if (FileError e = event(p.id, PathEvent::Kind::FollowUp, std::min(today, assessment.addDays(45 + r.bounded(30)))))
                return e;
        const QDate final = last.addDays(14 + r.bounded(30));
        if (future || final > today) {
            for (Objective &o : objectives)
                if (FileError e = writer.addObjective(o))
                    return e;
            return {};
        }
        for (Objective &o : objectives) {
            const int roll = int(r.bounded(100));
            o.result = roll < 60 ? Objective::Result::Reached : (roll < 85 ? Objective::Result::Partly : Objective::Result::NotReached);
            if (chance(40))
                o.patientView = pick(r, views);
            if (FileError e = writer.addObjective(o))
                return e;
        }
        if (FileError e = event(p.id, PathEvent::Kind::FinalEvaluation, final))
            return e;
        const QDate letter = final.addDays(3 + r.bounded(18));
        if (letter > today)
            return {};
        if (!shares || !chance(97)) // without consent (or forgotten), the path closes without a letter
            return letter.addDays(20) > today ? FileError() : leave(p, Patient::Status::Completed, letter.addDays(r.bounded(20)));
        if (FileError e = event(p.id, PathEvent::Kind::GpLetter, letter))
            return e;
        const QDate exit = letter.addDays(r.bounded(30));
        if (exit > today || !chance(90))
            return {};
        return leave(p, Patient::Status::Completed, exit);
    }
};

} // namespace

// Years of fictional paths: entries spread over the years, assessments, personalised programmes drawn from the
// séances of the guides, group sessions with facilitators, attendance with absences, drop-outs, final evaluations,
// letters to the GP, exits. Sessions are created only for séances that exist.
FileError fillDemoPatients(ProgrammeFile &file, QRandomGenerator &random, const DemoOptions &options)
{
    if (options.patients <= 0)
        return {};
    Transaction tx(file);
    QList<qint64> seanceIds;
    QList<Seance> seances = GuideStore(file).seancesBrief();
    // Every séance, drafts included: the demo team runs the template's séances as they stand.
    for (const Seance &s : std::as_const(seances))
        seanceIds << s.id;
    QList<qint64> facilitators;
    QList<qint64> members;
    for (const TeamMember &m : TeamStore(file).members()) {
        if (!m.active)
            continue;
        members << m.id;
        if (!m.isCoordinator)
            facilitators << m.id;
    }
    if (facilitators.isEmpty())
        facilitators = members;

    const QDate first(options.lastYear - options.years + 1, 1, 5);
    const QDate today = std::min(QDate::currentDate(), QDate(options.lastYear, 12, 31));
    const qint64 span = std::max<qint64>(1, first.daysTo(today.addDays(-20)));
    PathBulkWriter writer(file);
    const int perYear = int(std::min<qint64>(options.patients, qint64(options.patients) / std::max(1, options.years)));
    const int rooms = std::max(int(std::size(places)), (perYear + patientsPerRoomYear - 1) / patientsPerRoomYear);
    Scheduler scheduler(writer, random, seances, facilitators, rooms);
    scheduler.setOrigin(first);
    PatientMaker maker{random, writer, scheduler, seanceIds, members, today, {}};
    for (int i = 0; i < options.patients; ++i) {
        const QDate entry = first.addDays(span * i / options.patients + random.bounded(5));
        if (FileError e = maker.make(std::min(entry, today)))
            return e;
    }
    writer.finish();
    if (!tx.commit())
        return file.writeError({});
    return {};
}

} // namespace kitetp
