// SPDX-License-Identifier: EUPL-1.2
#include "EvaluationFixture.h"

#include "core/Dates.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/QuestionnaireStore.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"

#include <QHash>

using namespace kitetp;

namespace evaluationFixture {

namespace {

QDate d(const char *iso)
{
    return Dates::fromStored(QString::fromLatin1(iso));
}

} // namespace

bool fill(ProgrammeFile &file)
{
    Transaction tx(file);
    bool ok = true;
    auto check = [&ok](const FileError &e) {
        if (e) {
            qWarning("fixture: %s", qPrintable(e.message()));
            ok = false;
        }
    };

    // Guides: one conducteur with two séances.
    GuideStore guides(file);
    Conducteur c;
    c.code = QStringLiteral("C1");
    c.title = QStringLiteral("Comprendre la maladie");
    check(guides.addConducteur(c));
    Seance s1;
    s1.conducteurId = c.id;
    s1.code = QStringLiteral("C1S1");
    s1.title = QStringLiteral("Connaissance de la maladie");
    s1.position = 0;
    check(guides.addSeance(s1));
    Seance s2 = s1;
    s2.id = 0;
    s2.code = QStringLiteral("C1S2");
    s2.title = QStringLiteral("Traitement oral & <vie>");
    s2.position = 1;
    check(guides.addSeance(s2));

    // Team: three active members (hours 40 + 50 + 10), one who left (inactive today) but facilitated in 2023.
    TeamStore team(file);
    TeamMember a;
    a.name = QStringLiteral("Dr <b>Alpha</b>");
    a.profession = QStringLiteral("Médecin");
    a.trainingHours = 40;
    a.charterSignedOn = d("2024-03-01");
    a.isCoordinator = true;
    check(team.add(a));
    TeamMember b;
    b.name = QStringLiteral("Bravo");
    b.profession = QStringLiteral("Infirmier");
    b.trainingHours = 50;
    b.charterSignedOn = d("2025-02-01"); // after 2024: not counted for 2024
    check(team.add(b));
    TeamMember p;
    p.name = QStringLiteral("Charlie");
    p.isPatientPartner = true;
    p.trainingHours = 10;
    check(team.add(p));
    TeamMember old;
    old.name = QStringLiteral("Delta");
    old.profession = QStringLiteral("Médecin");
    old.trainingHours = 40;
    old.active = false;
    check(team.add(old));

    // Patients and their paths.
    PatientStore patients(file);
    QHash<QString, qint64> id;
    for (const char *code : {"P1", "P2", "P3", "P4", "P5", "P6", "P7"}) {
        Patient pt;
        pt.code = QString::fromLatin1(code);
        pt.firstName = QStringLiteral("Prénom") + pt.code; // identities must never reach the indicators
        check(patients.add(pt));
        id.insert(pt.code, pt.id);
    }
    auto event = [&](const char *code, PathEvent::Kind kind, const char *date, Patient::Status exit = Patient::Status::Active) {
        PathEvent e;
        e.patientId = id.value(QString::fromLatin1(code));
        e.kind = kind;
        e.date = d(date);
        if (kind == PathEvent::Kind::Exit)
            e.reason = toStored(exit);
        check(patients.addEvent(e));
    };
    using K = PathEvent::Kind;
    using St = Patient::Status;
    // P1: entered 2023, completed 2024.
    event("P1", K::Proposal, "2023-12-15");
    event("P1", K::ConsentEntry, "2023-12-20");
    event("P1", K::ConsentShare, "2023-12-20");
    event("P1", K::Assessment, "2024-01-10");
    event("P1", K::Plan, "2024-01-10");
    event("P1", K::FinalEvaluation, "2024-06-01");
    event("P1", K::GpLetter, "2024-06-10");
    event("P1", K::Exit, "2024-06-15", St::Completed);
    // P2: entered 2024, final evaluation on 31 December 2024, letter and completion in 2025.
    event("P2", K::Proposal, "2024-02-01");
    event("P2", K::ConsentEntry, "2024-02-05");
    event("P2", K::ConsentShare, "2024-02-05");
    event("P2", K::Assessment, "2024-02-20");
    event("P2", K::Plan, "2024-02-20");
    event("P2", K::FinalEvaluation, "2024-12-31");
    event("P2", K::GpLetter, "2025-01-05");
    event("P2", K::Exit, "2025-01-10", St::Completed);
    // P3: entered 2024, stopped 2024, a letter to the GP after stopping.
    event("P3", K::Proposal, "2024-03-01");
    event("P3", K::ConsentEntry, "2024-03-02");
    event("P3", K::Assessment, "2024-03-15");
    event("P3", K::Exit, "2024-05-01", St::Stopped);
    event("P3", K::GpLetter, "2024-05-10");
    // P4: entered on 31 December 2024, assessed in 2025.
    event("P4", K::ConsentEntry, "2024-12-31");
    event("P4", K::Assessment, "2025-01-15");
    // P5: entered 2022, lost to follow-up in 2024.
    event("P5", K::ConsentEntry, "2022-05-01");
    event("P5", K::Exit, "2024-02-01", St::Lost);
    // P6: entered 2021, completed 2023 (out of 2024's caseload).
    event("P6", K::ConsentEntry, "2021-01-01");
    event("P6", K::Exit, "2023-06-01", St::Completed);
    // P7: entered 2024, moved away 2024, a letter without any session attended.
    event("P7", K::ConsentEntry, "2024-07-01");
    event("P7", K::Exit, "2024-09-01", St::Moved);
    event("P7", K::GpLetter, "2024-09-05");

    // Objectives of P1 (final evaluation 2024): reached, reached, partly; of P2 (31 Dec 2024): reached, not, pending.
    auto objective = [&](const char *code, Objective::Result result) {
        Objective o;
        o.patientId = id.value(QString::fromLatin1(code));
        o.label = QStringLiteral("Objectif");
        o.result = result;
        check(patients.addObjective(o));
    };
    objective("P1", Objective::Result::Reached);
    objective("P1", Objective::Result::Reached);
    objective("P1", Objective::Result::Partly);
    objective("P2", Objective::Result::Reached);
    objective("P2", Objective::Result::NotReached);
    objective("P2", Objective::Result::Pending);
    objective("P3", Objective::Result::NotReached); // P3 had no final evaluation: never counted

    // Sessions.
    SessionStore sessions(file);
    auto session = [&](const Seance &seance, const char *startsAt, int capacity,
                       const QList<QPair<const char *, Attendance::Status>> &people, const QList<qint64> &facilitators) {
        Session s;
        s.seanceId = seance.id;
        s.facilitatorIds = facilitators;
        s.startsAt = QDateTime::fromString(QString::fromLatin1(startsAt), Qt::ISODate);
        s.durationMin = 120;
        s.capacity = capacity;
        check(sessions.add(s));
        for (const auto &[code, status] : people)
            check(sessions.setAttendance({s.id, id.value(QString::fromLatin1(code)), status}));
    };
    using A = Attendance::Status;
    // Facilitators: Alpha, Bravo and Charlie in 2024; Delta (no longer in the team) and Alpha in 2023; Bravo in 2025.
    session(s1, "2024-01-15T14:00", 8, {{"P1", A::Present}, {"P3", A::Present}, {"P5", A::Absent}}, {a.id, p.id});
    session(s2, "2024-05-20T10:00", 6, {{"P1", A::Present}, {"P2", A::Present}, {"P3", A::Excused}}, {b.id});
    session(s1, "2024-12-31T17:00", 8, {{"P2", A::Present}, {"P4", A::Enrolled}}, {a.id, b.id});
    session(s2, "2024-09-10T09:00", 4, {{"P7", A::Absent}}, {});          // nobody present: not held
    session(s2, "2023-12-31T23:30", 5, {{"P1", A::Present}}, {old.id, a.id}); // 2023
    session(s1, "2025-01-01T09:00", 5, {{"P4", A::Present}}, {b.id});         // 2025

    // Satisfaction questionnaire: two Likert items and an open question; two responses in 2024, one in 2025.
    QuestionnaireStore questionnaire(file);
    Question q1{0, 0, Question::Kind::Likert, QStringLiteral("Les séances ont répondu à mes attentes.")};
    Question q2{0, 1, Question::Kind::Likert, QStringLiteral("Je me sens plus à l'aise.")};
    Question q3{0, 2, Question::Kind::Text, QStringLiteral("Remarques")};
    check(questionnaire.addQuestion(q1));
    check(questionnaire.addQuestion(q2));
    check(questionnaire.addQuestion(q3));
    QuestionnaireResponse r1;
    r1.date = d("2024-03-01");
    r1.likert = {{q1.id, 5}, {q2.id, 4}};
    r1.texts = {{q3.id, QStringLiteral("Très bien <b>merci</b>")}};
    check(questionnaire.addResponse(r1));
    QuestionnaireResponse r2;
    r2.date = d("2024-12-31");
    r2.likert = {{q1.id, 3}, {q2.id, 5}};
    r2.texts = {{q3.id, QString()}};
    check(questionnaire.addResponse(r2));
    QuestionnaireResponse r3;
    r3.date = d("2025-01-02");
    r3.likert = {{q1.id, 1}};
    check(questionnaire.addResponse(r3));

    return ok && tx.commit();
}

} // namespace evaluationFixture
