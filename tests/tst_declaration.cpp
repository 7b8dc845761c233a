// SPDX-License-Identifier: EUPL-1.2
// The declaration's rules: each checklist rule with a file that meets it and one that does not; the flowcharts'
// states following the data; the store refusing bad values and leaving the file unchanged.
#include "core/DeclarationChecklist.h"
#include "core/DeclarationFlow.h"
#include "storage/DeclarationStore.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/SessionStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/TeamStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace kitetp;
using Status = ChecklistItem::Status;
using State = FlowStep::State;

namespace {

TeamMember member(const QString &name, const QString &profession, int hours = 40, bool coordinator = false)
{
    TeamMember m;
    m.name = name;
    m.profession = profession;
    m.trainingHours = hours;
    m.isCoordinator = coordinator;
    m.certificate = true;
    m.charterSignedOn = QDate(2024, 3, 1);
    return m;
}

Attachment piece(Attachment::Piece kind, qint64 memberId = 0)
{
    Attachment a;
    a.id = 100 + memberId * 10 + int(kind);
    a.piece = kind;
    a.memberId = memberId;
    a.mimeType = QStringLiteral("application/pdf");
    a.fileName = QStringLiteral("piece.pdf");
    return a;
}

// Removes the attached pieces of `kind` of `memberId`.
void detach(DeclarationFacts &f, Attachment::Piece kind, qint64 memberId)
{
    f.attachments.removeIf([&](const Attachment &a) { return a.piece == kind && a.memberId == memberId; });
}

// A team that meets every rule: a nurse coordinator, an oncologist, a pharmacist, each with the certificate and the
// signed charter attached; the coordinator's eligibility and coordination training given.
DeclarationFacts goodTeam()
{
    DeclarationFacts f;
    f.today = QDate(2025, 6, 1);
    f.team = {member(QStringLiteral("Infirmière A"), QStringLiteral("Infirmière"), 56, true),
              member(QStringLiteral("Dr B"), QStringLiteral("Médecin oncologue")),
              member(QStringLiteral("Pharmacien C"), QStringLiteral("Pharmacien"))};
    for (int i = 0; i < f.team.size(); ++i) {
        f.team[i].id = i + 1;
        f.attachments << piece(Attachment::Piece::TrainingCertificate, i + 1) << piece(Attachment::Piece::SignedCharter, i + 1);
    }
    f.fields.insert(QStringLiteral("coordinator.eligibility"), QStringLiteral("Autre professionnel de santé"));
    f.fields.insert(QStringLiteral("coordinator.training"), QStringLiteral("Formation à la coordination, 21 h"));
    return f;
}

Status statusOf(const DeclarationFacts &f, const QString &id)
{
    for (const ChecklistItem &i : DeclarationChecklist::compute(f))
        if (i.id == id)
            return i.status;
    qFatal("no checklist item %s", qPrintable(id));
    return Status::Missing;
}

bool hasItem(const DeclarationFacts &f, const QString &id)
{
    for (const ChecklistItem &i : DeclarationChecklist::compute(f))
        if (i.id == id)
            return true;
    return false;
}

State stateOf(const QList<FlowStep> &steps, const QString &id)
{
    for (const FlowStep &s : steps)
        if (s.id == id)
            return s.state;
    qFatal("no step %s", qPrintable(id));
    return State::ToDo;
}

DeclarationEvent dated(DeclarationEvent::Kind kind, const QDate &date)
{
    DeclarationEvent e;
    e.kind = kind;
    e.date = date;
    return e;
}

} // namespace

class TestDeclaration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coordinatorPresent()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator")), Status::Met);
        f.team[0].isCoordinator = false;
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator")), Status::Missing);
        f.team[0].isCoordinator = true;
        f.team[1].isCoordinator = true; // two coordinators
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator")), Status::Missing);
    }
    void coordinatorTrained()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.training")), Status::Met);
        f.team[0].trainingHours = 39;
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.training")), Status::Missing);
        f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.certificate")), Status::Met);
        f.team[0].certificate = false; // the flag "received" is not an attached certificate, and the other way round
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.certificate")), Status::Met);
        f.team[0].certificate = true;
        detach(f, Attachment::Piece::TrainingCertificate, 1);
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.certificate")), Status::Missing);
    }
    void twoProfessions()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.professions")), Status::Met);
        // Same profession written twice with other case/accents, plus a patient partner: one profession only.
        f.team = {member(QStringLiteral("A"), QStringLiteral("Infirmière"), 40, true), member(QStringLiteral("B"), QStringLiteral("infirmiere")),
                  member(QStringLiteral("C"), QStringLiteral("Patient partenaire"))};
        f.team[2].isPatientPartner = true;
        QCOMPARE(statusOf(f, QStringLiteral("team.professions")), Status::Missing);
    }
    void physicianRule()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.physician")), Status::Met);
        f.team[1].profession = QStringLiteral("Diététicienne");
        QCOMPARE(statusOf(f, QStringLiteral("team.physician")), Status::Missing);
        // A physician coordinator satisfies the rule alone.
        f.team[0].profession = QStringLiteral("Médecin généraliste");
        QCOMPARE(statusOf(f, QStringLiteral("team.physician")), Status::Met);
        QVERIFY(TeamMember::isPhysicianProfession(QStringLiteral("ONCOLOGUE")));
        QVERIFY(!TeamMember::isPhysicianProfession(QStringLiteral("Infirmière en oncologie")));
    }
    void everyFacilitatorTrainedAndCertified()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.training")), Status::Met);
        QCOMPARE(statusOf(f, QStringLiteral("team.certificates")), Status::Met);
        f.team[2].trainingHours = 20;
        detach(f, Attachment::Piece::TrainingCertificate, 2);
        QCOMPARE(statusOf(f, QStringLiteral("team.training")), Status::Missing);
        QCOMPARE(statusOf(f, QStringLiteral("team.certificates")), Status::Missing);
        for (const ChecklistItem &i : DeclarationChecklist::compute(f))
            if (i.id == QLatin1String("team.training"))
                QVERIFY2(i.reason.contains(QStringLiteral("Pharmacien C")), qPrintable(i.reason));
    }
    void coordinatorEligibility()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.eligibility")), Status::Met);
        QVERIFY(!hasItem(f, QStringLiteral("team.coordinator.medical_team")));
        f.fields.remove(QStringLiteral("coordinator.eligibility"));
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.eligibility")), Status::Missing);
        // Coordinated by a member of an association: the medical team it is co-built with must be named.
        f.fields.insert(QStringLiteral("coordinator.eligibility"), QStringLiteral("Membre mandaté d'une association de patients agréée"));
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.medical_team")), Status::Missing);
        f.fields.insert(QStringLiteral("patients.medical_team"), QStringLiteral("Service d'oncologie, Dr B"));
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.medical_team")), Status::Met);
    }
    void coordinatorCoordinationTraining()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.coordination_training")), Status::Met);
        f.fields.insert(QStringLiteral("coordinator.training"), QStringLiteral("   "));
        QCOMPARE(statusOf(f, QStringLiteral("team.coordinator.coordination_training")), Status::Missing);
    }
    void everyCharterAttached()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.charters_attached")), Status::Met);
        detach(f, Attachment::Piece::SignedCharter, 3);
        QCOMPARE(statusOf(f, QStringLiteral("team.charters_attached")), Status::Missing);
        for (const ChecklistItem &i : DeclarationChecklist::compute(f))
            if (i.id == QLatin1String("team.charters_attached"))
                QVERIFY2(i.reason.contains(QStringLiteral("Pharmacien C")), qPrintable(i.reason));
        // Signed (a date) but not attached is still missing; attached but not signed is caught by team.charters.
        QCOMPARE(statusOf(f, QStringLiteral("team.charters")), Status::Met);
    }
    void piecesAttached()
    {
        DeclarationFacts f = goodTeam();
        for (Attachment::Piece p : {Attachment::Piece::AssessmentGrid, Attachment::Piece::InformationSheet, Attachment::Piece::ConsentForm,
                                    Attachment::Piece::GpLetterModel}) {
            const QString id = QStringLiteral("pieces.") + Attachment::toStored(p);
            QCOMPARE(statusOf(f, id), Status::Missing);
            f.attachments << piece(p);
            QCOMPARE(statusOf(f, id), Status::Met);
        }
    }
    void evidenceRecordAndSupport()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("field.programme.evidence")), Status::Missing);
        QCOMPARE(statusOf(f, QStringLiteral("field.record.kind")), Status::Missing);
        QCOMPARE(statusOf(f, QStringLiteral("field.record.access")), Status::Missing);
        QCOMPARE(statusOf(f, QStringLiteral("field.programme.support_actions")), Status::ToVerify); // "where they exist"
        f.fields.insert(QStringLiteral("programme.evidence"), QStringLiteral("Recommandations HAS"));
        f.fields.insert(QStringLiteral("record.kind"), QStringLiteral("papier"));
        f.fields.insert(QStringLiteral("record.access"), QStringLiteral("sur demande"));
        f.fields.insert(QStringLiteral("programme.support_actions"), QStringLiteral("aucune"));
        QCOMPARE(statusOf(f, QStringLiteral("field.programme.evidence")), Status::Met);
        QCOMPARE(statusOf(f, QStringLiteral("field.record.kind")), Status::Met);
        QCOMPARE(statusOf(f, QStringLiteral("field.record.access")), Status::Met);
        QCOMPARE(statusOf(f, QStringLiteral("field.programme.support_actions")), Status::Met);
    }
    void everyCharterSigned()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("team.charters")), Status::Met);
        f.team[1].charterSignedOn = {};
        QCOMPARE(statusOf(f, QStringLiteral("team.charters")), Status::Missing);
    }
    void noIndustry()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("declaration.no_industry")), Status::Missing);
        f.fields.insert(QStringLiteral("declaration.no_industry"), QStringLiteral("non"));
        QCOMPARE(statusOf(f, QStringLiteral("declaration.no_industry")), Status::Missing);
        f.fields.insert(QStringLiteral("declaration.no_industry"), QStringLiteral("oui"));
        QCOMPARE(statusOf(f, QStringLiteral("declaration.no_industry")), Status::Met);
    }
    void sectionsFilled()
    {
        DeclarationFacts f = goodTeam();
        const QStringList keys = {QStringLiteral("structure.name"), QStringLiteral("programme.population"),
                                  QStringLiteral("programme.objectives"), QStringLiteral("path.assessment"),
                                  QStringLiteral("coordination.team"), QStringLiteral("consent.process"),
                                  QStringLiteral("confidentiality.data"), QStringLiteral("evaluation.annual")};
        for (const QString &k : keys)
            QCOMPARE(statusOf(f, QStringLiteral("field.") + k), Status::Missing);
        for (const QString &k : keys)
            f.fields.insert(k, QStringLiteral("Rempli"));
        for (const QString &k : keys)
            QCOMPARE(statusOf(f, QStringLiteral("field.") + k), Status::Met);
        f.fields.insert(QStringLiteral("path.assessment"), QStringLiteral("   "));
        QCOMPARE(statusOf(f, QStringLiteral("field.path.assessment")), Status::Missing);
    }
    void fundingAndSeances()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("funding.sources")), Status::Missing);
        QCOMPARE(statusOf(f, QStringLiteral("design.seances")), Status::Missing);
        f.funding = {Funding{1, QStringLiteral("FIR"), 100000, 0, {}}};
        f.seances = 2;
        f.draftSeances = 2;
        QCOMPARE(statusOf(f, QStringLiteral("funding.sources")), Status::Met);
        QCOMPARE(statusOf(f, QStringLiteral("design.seances")), Status::Missing); // drafts only
        f.draftSeances = 1;
        QCOMPARE(statusOf(f, QStringLiteral("design.seances")), Status::Met);
    }
    void patientInvolvement()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("patients.facilitators")), Status::Missing);
        QVERIFY(!hasItem(f, QStringLiteral("patients.facilitators_trained")));
        f.fields.insert(QStringLiteral("patients.facilitators"), QStringLiteral("oui"));
        QCOMPARE(statusOf(f, QStringLiteral("patients.facilitators")), Status::Met);
        QCOMPARE(statusOf(f, QStringLiteral("patients.facilitators_trained")), Status::Missing);
        f.fields.insert(QStringLiteral("patients.facilitators_trained"), QStringLiteral("oui"));
        QCOMPARE(statusOf(f, QStringLiteral("patients.facilitators_trained")), Status::Met);
        f.fields.insert(QStringLiteral("patients.association"), QStringLiteral("Asso"));
        QCOMPARE(statusOf(f, QStringLiteral("patients.association_approved")), Status::ToVerify);
    }
    void verifyItemsSayAskYourArs()
    {
        DeclarationFacts f = goodTeam();
        QCOMPARE(statusOf(f, QStringLiteral("declaration.sworn")), Status::ToVerify);
        for (const ChecklistItem &i : DeclarationChecklist::compute(f))
            if (i.id == QLatin1String("declaration.sworn") || i.id == QLatin1String("annex.model"))
                QVERIFY2(i.reason.contains(QStringLiteral("auprès de votre ARS")), qPrintable(i.reason));
        f.fields.insert(QStringLiteral("declaration.sworn"), QStringLiteral("oui"));
        QCOMPARE(statusOf(f, QStringLiteral("declaration.sworn")), Status::Met);
        // "To verify" never counts as missing.
        QVERIFY(DeclarationChecklist::count(DeclarationChecklist::compute(f), Status::ToVerify) >= 1);
    }
    void everyItemLinksToAStep()
    {
        const QStringList steps = DeclarationFlow::declarationStepIds();
        for (const ChecklistItem &i : DeclarationChecklist::compute(goodTeam()))
            QVERIFY2(steps.contains(i.step), qPrintable(i.id));
    }

    void timelineDeadlines()
    {
        const QDate today(2025, 6, 1);
        DeclarationTimeline none{QList<DeclarationEvent>()};
        QVERIFY(!none.effective(today).isValid());
        DeclarationTimeline sent({dated(DeclarationEvent::Kind::Sent, QDate(2025, 5, 1))});
        QCOMPARE(sent.completenessDeadline(), QDate(2025, 7, 1));
        QVERIFY(!sent.effective(today).isValid());
        QCOMPARE(sent.effective(QDate(2025, 7, 2)), QDate(2025, 7, 1)); // deemed complete after 2 months
        DeclarationTimeline ack({dated(DeclarationEvent::Kind::Sent, QDate(2025, 5, 1)),
                                 dated(DeclarationEvent::Kind::Acknowledged, QDate(2025, 5, 20))});
        QCOMPARE(ack.effective(today), QDate(2025, 5, 20));
        QCOMPARE(ack.startDeadline(today), QDate(2026, 5, 20));
        DeclarationTimeline missing({dated(DeclarationEvent::Kind::Sent, QDate(2025, 1, 1)),
                                     dated(DeclarationEvent::Kind::MissingItems, QDate(2025, 2, 1))});
        QVERIFY(missing.awaitingComplement());
        QVERIFY(!missing.effective(today).isValid());
        // Dates in the wrong order or in the future are refused with a reason.
        QVERIFY(!missing.checkDate(DeclarationEvent::Kind::Acknowledged, QDate(2024, 12, 1), today).isEmpty());
        QVERIFY(!none.checkDate(DeclarationEvent::Kind::Sent, QDate(2030, 1, 1), today).isEmpty());
        QVERIFY(!none.checkDate(DeclarationEvent::Kind::Sent, QDate(1900, 1, 1), today).isEmpty());
        QVERIFY(!none.checkDate(DeclarationEvent::Kind::MissingItems, QDate(2025, 1, 1), today).isEmpty());
        QVERIFY(missing.checkDate(DeclarationEvent::Kind::ComplementSent, QDate(2025, 3, 1), today).isEmpty());
    }

    void declarationFlowFollowsData()
    {
        DeclarationFacts f;
        f.today = QDate(2025, 6, 1);
        QList<FlowStep> steps = DeclarationFlow::declarationSteps(f);
        QCOMPARE(steps.size(), 7);
        for (const FlowStep &s : steps)
            QVERIFY2(s.state == State::ToDo, qPrintable(s.id));

        f.fields.insert(QStringLiteral("programme.need"), QStringLiteral("x"));
        QCOMPARE(stateOf(DeclarationFlow::declarationSteps(f), QStringLiteral("need")), State::InProgress);
        for (const char *k : {"programme.existing", "programme.condition", "programme.population", "programme.beneficiaries",
                              "programme.referral", "structure.name"})
            f.fields.insert(QString::fromLatin1(k), QStringLiteral("x"));
        QCOMPARE(stateOf(DeclarationFlow::declarationSteps(f), QStringLiteral("need")), State::Complete);

        DeclarationFacts t = goodTeam();
        t.fields.insert(QStringLiteral("patients.facilitators"), QStringLiteral("non"));
        t.fields.insert(QStringLiteral("coordinator.position"), QStringLiteral("x"));
        t.fields.insert(QStringLiteral("coordinator.organisation"), QStringLiteral("x"));
        QCOMPARE(stateOf(DeclarationFlow::declarationSteps(t), QStringLiteral("team")), State::Complete);
        t.team[1].trainingHours = 12;
        QCOMPARE(stateOf(DeclarationFlow::declarationSteps(t), QStringLiteral("team")), State::NeedsAttention);

        f.events = {dated(DeclarationEvent::Kind::Sent, QDate(2025, 5, 1))};
        steps = DeclarationFlow::declarationSteps(f);
        QCOMPARE(stateOf(steps, QStringLiteral("send")), State::InProgress);
        QCOMPARE(stateOf(steps, QStringLiteral("check")), State::NeedsAttention); // sent while incomplete
        f.events << dated(DeclarationEvent::Kind::MissingItems, QDate(2025, 5, 15));
        QCOMPARE(stateOf(DeclarationFlow::declarationSteps(f), QStringLiteral("send")), State::NeedsAttention);
        f.events << dated(DeclarationEvent::Kind::Acknowledged, QDate(2025, 5, 25));
        steps = DeclarationFlow::declarationSteps(f);
        QCOMPARE(stateOf(steps, QStringLiteral("send")), State::Complete);
        QCOMPARE(stateOf(steps, QStringLiteral("effective")), State::InProgress);
        f.firstActivity = QDate(2025, 5, 30);
        QCOMPARE(stateOf(DeclarationFlow::declarationSteps(f), QStringLiteral("effective")), State::Complete);
        f.firstActivity = {};
        f.today = QDate(2026, 6, 1); // 12 months passed without starting
        QCOMPARE(stateOf(DeclarationFlow::declarationSteps(f), QStringLiteral("effective")), State::NeedsAttention);
    }

    void implementationFlowFollowsData()
    {
        DeclarationFacts f = goodTeam();
        QList<FlowStep> steps = DeclarationFlow::implementationSteps(f);
        QCOMPARE(stateOf(steps, QStringLiteral("training")), State::Complete);
        QCOMPARE(stateOf(steps, QStringLiteral("enrolment")), State::ToDo);
        QCOMPARE(stateOf(steps, QStringLiteral("sessions")), State::ToDo);
        for (const FlowStep &s : steps)
            QVERIFY(QStringList({QStringLiteral("programme"), QStringLiteral("ateliers"), QStringLiteral("declaration"),
                                 QStringLiteral("patients"), QStringLiteral("seances"), QStringLiteral("evaluation")})
                        .contains(s.target));
        f.team[1].certificate = false;
        f.patientsConsented = 4;
        f.assessments = 2;
        f.finalEvaluations = 2;
        f.gpLetters = 2;
        f.sessionsHeld = 3;
        f.lastActivity = f.today.addDays(-10);
        steps = DeclarationFlow::implementationSteps(f);
        QCOMPARE(stateOf(steps, QStringLiteral("training")), State::InProgress);
        QCOMPARE(stateOf(steps, QStringLiteral("enrolment")), State::Complete);
        QCOMPARE(stateOf(steps, QStringLiteral("assessment")), State::InProgress);
        QCOMPARE(stateOf(steps, QStringLiteral("final")), State::Complete);
        QCOMPARE(stateOf(steps, QStringLiteral("sessions")), State::Complete);
        // Effective more than a year ago, no annual self-evaluation, no session for 7 months.
        f.events = {dated(DeclarationEvent::Kind::Sent, QDate(2024, 1, 1)), dated(DeclarationEvent::Kind::Acknowledged, QDate(2024, 2, 1))};
        f.lastActivity = f.today.addMonths(-7);
        steps = DeclarationFlow::implementationSteps(f);
        QCOMPARE(stateOf(steps, QStringLiteral("annual")), State::NeedsAttention);
        QCOMPARE(stateOf(steps, QStringLiteral("sessions")), State::NeedsAttention);
        f.evaluationPeriods = {QStringLiteral("2025")};
        QCOMPARE(stateOf(DeclarationFlow::implementationSteps(f), QStringLiteral("annual")), State::Complete);
        f.events << dated(DeclarationEvent::Kind::Stop, QDate(2025, 5, 1));
        QCOMPARE(stateOf(DeclarationFlow::implementationSteps(f), QStringLiteral("stop")), State::Complete);
    }

    void storeRoundTripAndRefusals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.etp"));
        {
            auto created = ProgrammeFile::create(path);
            QVERIFY(!created.error);
            ProgrammeFile &file = *created.file;
            DeclarationStore store(file);
            Funding f{0, QStringLiteral("FIR <b>&</b>"), 123456, 2025, {}};
            QVERIFY(!store.addFunding(f));
            Funding bad{0, QStringLiteral("  "), 1, 0, {}};
            QCOMPARE(store.addFunding(bad).code(), FileError::InvalidInput);
            Funding negative{0, QStringLiteral("X"), -5, 0, {}};
            QCOMPARE(store.addFunding(negative).code(), FileError::InvalidInput);
            QVERIFY(!store.setDated(DeclarationEvent::Kind::Sent, QDate(2025, 1, 10)));
            QVERIFY(!store.setDated(DeclarationEvent::Kind::Sent, QDate(2025, 1, 12))); // replaces
            QCOMPARE(store.setDated(DeclarationEvent::Kind::Acknowledged, QDate(1890, 1, 1)).code(), FileError::InvalidInput);
            DeclarationEvent change;
            change.kind = DeclarationEvent::Kind::Change;
            change.date = QDate(2025, 3, 1);
            QCOMPARE(store.addEvent(change).code(), FileError::InvalidInput); // which change?
            change.change = DeclarationEvent::Change::Funding;
            QVERIFY(!store.addEvent(change));
            TeamStore team(file);
            TeamMember m = member(QStringLiteral("X"), QStringLiteral("Infirmier"));
            m.trainingHours = 100000;
            QCOMPARE(team.add(m).code(), FileError::InvalidInput);
            m.trainingHours = 40;
            m.name = QStringLiteral(" ");
            QCOMPARE(team.add(m).code(), FileError::InvalidInput);
            QVERIFY(team.members().isEmpty());
        }
        auto opened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(!opened.error);
        DeclarationStore store(*opened.file);
        QCOMPARE(store.funding().size(), 1);
        QCOMPARE(store.funding().constFirst().source, QStringLiteral("FIR <b>&</b>"));
        QCOMPARE(store.funding().constFirst().amountCents, 123456);
        QCOMPARE(store.dated(DeclarationEvent::Kind::Sent), QDate(2025, 1, 12));
        QCOMPARE(store.events().size(), 2);
        QVERIFY(!store.dated(DeclarationEvent::Kind::Acknowledged).isValid());
        const DeclarationFacts facts = store.facts(QDate(2025, 6, 1));
        QCOMPARE(facts.funding.size(), 1);
        QCOMPARE(DeclarationTimeline(facts.events).changes().size(), 1);
    }

    void membersWithHistoryAreNotRemoved()
    {
        // Removing a member would drop them from sessions' facilitators and blank the patients' events they did:
        // refused, the member can be marked inactive instead.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.etp"));
        auto created = ProgrammeFile::create(path);
        QVERIFY(!created.error);
        ProgrammeFile &file = *created.file;
        TeamStore team(file);
        TeamMember facilitator = member(QStringLiteral("Anime Des Séances"), QStringLiteral("Infirmière"));
        TeamMember author = member(QStringLiteral("Fait Des Bilans"), QStringLiteral("Diététicienne"));
        TeamMember unused = member(QStringLiteral("Jamais Vu"), QStringLiteral("Psychologue"));
        QVERIFY(!team.add(facilitator));
        QVERIFY(!team.add(author));
        QVERIFY(!team.add(unused));
        Conducteur c{0, QStringLiteral("C1"), QStringLiteral("Atelier"), {}, 0, {}, {}};
        Seance se;
        se.code = QStringLiteral("C1S1");
        se.title = QStringLiteral("Séance");
        c.seances << se;
        QVERIFY(!GuideStore(file).addConducteur(c));
        Session session;
        session.seanceId = c.seances.first().id;
        session.startsAt = QDateTime(QDate(2025, 3, 4), QTime(14, 0));
        session.durationMin = 120;
        session.facilitatorIds << facilitator.id;
        QVERIFY(!SessionStore(file).add(session));
        Patient p;
        QVERIFY(!PatientStore(file).add(p));
        PathEvent e;
        e.patientId = p.id;
        e.kind = PathEvent::Kind::Assessment;
        e.date = QDate(2025, 2, 1);
        e.memberId = author.id;
        QVERIFY(!PatientStore(file).addEvent(e));

        const FileError refused = team.remove(facilitator.id);
        QCOMPARE(refused.code(), FileError::InvalidInput);
        QVERIFY2(refused.message().contains(QStringLiteral("inactif")), qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("1 séance")), qPrintable(refused.message()));
        const FileError refused2 = team.remove(author.id);
        QCOMPARE(refused2.code(), FileError::InvalidInput);
        QVERIFY2(refused2.message().contains(QStringLiteral("inactif")), qPrintable(refused2.message()));
        QCOMPARE(team.members().size(), 3);
        QCOMPARE(SessionStore(file).session(session.id)->facilitatorIds, QList<qint64>{facilitator.id});
        QCOMPARE(PatientStore(file).events(p.id).first().memberId, author.id);
        QVERIFY(!team.remove(unused.id));
        QCOMPARE(team.members().size(), 2);
    }

    void removedLegacyMemberComesBack()
    {
        // A member entered before a rule existed (here an e-mail address the check now refuses) is removed, then
        // the removal is undone: it comes back as it was, not refused by today's check.
        QTemporaryDir dir;
        auto created = ProgrammeFile::create(dir.filePath(QStringLiteral("legacy.etp")));
        QVERIFY(!created.error);
        ProgrammeFile &file = *created.file;
        TeamStore team(file);
        TeamMember m = member(QStringLiteral("Ancien Membre"), QStringLiteral("Infirmier"));
        QVERIFY(!team.add(m));
        QSqlQuery q(file.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE team_member SET email = 'pas une adresse'")));
        const TeamMember legacy = *team.member(m.id);
        QVERIFY(!legacy.check().isEmpty());
        QVERIFY(!team.remove(legacy.id));
        const FileError back = team.insert(legacy);
        QVERIFY2(!back, qPrintable(back.message()));
        QCOMPARE(team.member(m.id)->email, QStringLiteral("pas une adresse"));
    }

    void factsReadSeancesFromGuides()
    {
        QTemporaryDir dir;
        auto created = ProgrammeFile::create(dir.filePath(QStringLiteral("g.etp")));
        QVERIFY(!created.error);
        Conducteur c;
        c.code = QStringLiteral("C1");
        c.title = QStringLiteral("Traitements");
        Seance s;
        s.code = QStringLiteral("C1S1");
        s.title = QStringLiteral("Mon traitement");
        c.seances << s;
        s.code = QStringLiteral("C1S2");
        s.draft = true;
        c.seances << s;
        QVERIFY(!GuideStore(*created.file).addConducteur(c));
        const DeclarationFacts facts = DeclarationStore(*created.file).facts();
        QCOMPARE(facts.seances, 2);
        QCOMPARE(facts.draftSeances, 1);
    }
};

QTEST_GUILESS_MAIN(TestDeclaration)
#include "tst_declaration.moc"
