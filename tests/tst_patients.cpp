// SPDX-License-Identifier: EUPL-1.2
#include "core/PatientPath.h"
#include "demo/DemoGenerator.h"
#include "documents/GpLetterDocument.h"
#include "documents/PaperDocument.h"
#include "patientfixture.h"
#include "storage/DocumentTemplateStore.h"
#include "storage/SessionStore.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace kitetp;
using K = PathEvent::Kind;

namespace {
PathEvent ev(qint64 id, K kind, const QDate &date, const QString &reason = {})
{
    PathEvent e;
    e.id = id;
    e.kind = kind;
    e.date = date;
    e.reason = reason;
    return e;
}
const QDate today(2025, 6, 30);

// A patient's line of the list worked out from the path and the sessions as the stores give them, not from the
// summary the file keeps: what PatientStore::summary() must say.
PatientSummary expectedSummary(ProgrammeFile &file, qint64 id)
{
    PatientSummary s;
    for (const PathEvent &e : PatientStore(file).events(id)) {
        if (!s.entryDate.isValid() || e.date < s.entryDate)
            s.entryDate = e.date;
        const auto latest = [&e](QDate &d) { d = d.isValid() ? std::max(d, e.date) : e.date; };
        switch (e.kind) {
        case K::Assessment: latest(s.assessmentDate); break;
        case K::Plan: latest(s.planDate); break;
        case K::FinalEvaluation: latest(s.finalDate); break;
        case K::GpLetter: latest(s.letterDate); break;
        case K::Exit: latest(s.exitDate); break;
        case K::ConsentShare: s.sharesWithGp = true; break;
        default: break;
        }
    }
    SessionStore sessions(file);
    for (const Attendance &a : sessions.attendanceOfPatient(id)) {
        if (a.status != Attendance::Status::Present)
            continue;
        ++s.sessionsAttended;
        const QDate day = sessions.session(a.sessionId)->startsAt.date();
        s.lastPresence = s.lastPresence.isValid() ? std::max(s.lastPresence, day) : day;
    }
    return s;
}

// Every patient's summary against the one worked out from the path; the first difference, or empty.
QString summaryDifference(ProgrammeFile &file)
{
    const QList<PatientSummary> list = PatientStore(file).summaries();
    if (list.size() != PatientStore(file).codes().size())
        return QStringLiteral("%1 summaries for %2 patients").arg(list.size()).arg(PatientStore(file).codes().size());
    for (const PatientSummary &got : list) {
        const PatientSummary want = expectedSummary(file, got.id);
        const QList<QPair<QDate, QDate>> dates = {{got.entryDate, want.entryDate}, {got.assessmentDate, want.assessmentDate},
                                                  {got.planDate, want.planDate}, {got.finalDate, want.finalDate},
                                                  {got.letterDate, want.letterDate}, {got.exitDate, want.exitDate},
                                                  {got.lastPresence, want.lastPresence}};
        for (int i = 0; i < dates.size(); ++i)
            if (dates.at(i).first != dates.at(i).second)
                return QStringLiteral("%1: date %2 is %3, expected %4").arg(got.code).arg(i).arg(dates.at(i).first.toString(Qt::ISODate),
                                                                                           dates.at(i).second.toString(Qt::ISODate));
        if (got.sessionsAttended != want.sessionsAttended || got.sharesWithGp != want.sharesWithGp)
            return QStringLiteral("%1: %2 presences (expected %3), shares %4 (expected %5)")
                .arg(got.code).arg(got.sessionsAttended).arg(want.sessionsAttended).arg(got.sharesWithGp).arg(want.sharesWithGp);
    }
    return {};
}
} // namespace

class TestPatients : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noFinalEvaluationBeforeAnAssessment()
    {
        const QList<PathEvent> path = {ev(1, K::Proposal, {2025, 1, 10}), ev(2, K::ConsentEntry, {2025, 1, 10})};
        const QString error = PatientPath::firstError(PatientPath::checkEvent(ev(0, K::FinalEvaluation, {2025, 5, 1}), path, today));
        QVERIFY(error.contains(QStringLiteral("bilan éducatif partagé")));
        QList<PathEvent> assessed = path;
        assessed << ev(3, K::Assessment, {2025, 2, 1});
        QVERIFY(PatientPath::firstError(PatientPath::checkEvent(ev(0, K::FinalEvaluation, {2025, 5, 1}), assessed, today)).isEmpty());
        // ... and not dated before it
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::FinalEvaluation, {2025, 1, 20}), assessed, today)).isEmpty());
        // moving the only assessment after the final evaluation is refused too
        assessed << ev(4, K::FinalEvaluation, {2025, 5, 1});
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(3, K::Assessment, {2025, 6, 1}), assessed, today)).isEmpty());
    }

    void exitClosesThePath()
    {
        const QList<PathEvent> path = {ev(1, K::Proposal, {2025, 1, 10}), ev(2, K::Assessment, {2025, 2, 1}),
                                       ev(3, K::Exit, {2025, 3, 1}, QStringLiteral("stopped"))};
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::FollowUp, {2025, 4, 1}), path, today)).isEmpty());
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::Exit, {2025, 4, 1}, QStringLiteral("moved")), path, today)).isEmpty());
        // an exit needs a reason, and cannot come before the last step
        const QList<PathEvent> open = path.mid(0, 2);
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::Exit, {2025, 3, 1}), open, today)).isEmpty());
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::Exit, {2025, 1, 20}, QStringLiteral("lost")), open, today)).isEmpty());
        QVERIFY(PatientPath::firstError(PatientPath::checkEvent(ev(0, K::Exit, {2025, 3, 1}, QStringLiteral("lost")), open, today)).isEmpty());
        PatientSummary s;
        s.entryDate = {2025, 1, 10};
        s.exitDate = {2025, 3, 1};
        QCOMPARE(PatientPath::stage(s), PatientPath::Stage::Exited);
        QCOMPARE(PatientPath::nextStep(s, today).kind, NextStep::Kind::None);
    }

    void datesArePlausibleAndNotAhead()
    {
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::Proposal, {1985, 1, 1}), {}, today)).isEmpty());
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::Proposal, QDate()), {}, today)).isEmpty());
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::Proposal, today.addDays(30)), {}, today)).isEmpty());
        QVERIFY(!PatientPath::firstError(PatientPath::checkEvent(ev(0, K::Assessment, {2025, 1, 1}),
                                                                  {ev(1, K::Proposal, {2025, 2, 1})}, today)).isEmpty());
    }

    void storeRefusesImplausibleEventDates()
    {
        // The store is the last guard (CSV import, command line, a future dialog): no date outside 1990–2100.
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 a = f.addPatient(QStringLiteral("P-1"));
        PatientStore store(*f.file);
        PathEvent good = ev(0, K::Proposal, {2025, 1, 5});
        good.patientId = a;
        QVERIFY(!store.addEvent(good));
        const QByteArray before = QCryptographicHash::hash(testutil::readAll(f.path), QCryptographicHash::Sha256);
        for (const QDate &bad : {QDate(), QDate(1989, 12, 31), QDate(2101, 1, 1), QDate(9999, 1, 1)}) {
            PathEvent e = ev(0, K::Assessment, bad);
            e.patientId = a;
            const FileError added = store.addEvent(e);
            QVERIFY2(added, qPrintable(bad.toString(Qt::ISODate)));
            QCOMPARE(added.code(), FileError::InvalidInput);
            QVERIFY2(added.message().contains(QStringLiteral("date")), qPrintable(added.message()));
            PathEvent changed = good;
            changed.date = bad;
            const FileError updated = store.updateEvent(changed);
            QVERIFY(updated);
            QCOMPARE(updated.code(), FileError::InvalidInput);
        }
        QCOMPARE(store.events(a).size(), 1);
        QCOMPARE(store.events(a).first().date, QDate(2025, 1, 5));
        QCOMPARE(QCryptographicHash::hash(testutil::readAll(f.path), QCryptographicHash::Sha256), before);
    }

    void warningsDoNotRefuse()
    {
        const auto issues = PatientPath::checkEvent(ev(0, K::Assessment, {2025, 2, 1}), {ev(1, K::Proposal, {2025, 1, 1})}, today);
        QVERIFY(PatientPath::firstError(issues).isEmpty());
        QCOMPARE(issues.size(), 1); // consent to enter not recorded
        QVERIFY(!issues.first().isError());
        QVERIFY(!PatientPath::attendanceWarning(7, {1, 2}).isEmpty());
        QVERIFY(PatientPath::attendanceWarning(2, {1, 2}).isEmpty());
    }

    void patientFieldsAreChecked()
    {
        Patient p;
        p.code = QStringLiteral("P-1");
        QVERIFY(PatientPath::checkPatient(p, today).isEmpty());
        p.birthYear = 1850;
        QVERIFY(!PatientPath::checkPatient(p, today).isEmpty());
        p.birthYear = 1960;
        p.sex = QStringLiteral("X");
        QVERIFY(!PatientPath::checkPatient(p, today).isEmpty());
        p.sex.clear();
        p.lastName = QString(20000, QLatin1Char('a'));
        QVERIFY(!PatientPath::checkPatient(p, today).isEmpty());
    }

    void nextStepFollowsThePath()
    {
        PatientSummary s;
        s.entryDate = {2025, 5, 1};
        QCOMPARE(PatientPath::nextStep(s, today).kind, NextStep::Kind::Assessment);
        QVERIFY(PatientPath::nextStep(s, today).isOverdue(today));
        s.assessmentDate = {2025, 5, 20};
        QCOMPARE(PatientPath::nextStep(s, today).kind, NextStep::Kind::Plan);
        s.planDate = {2025, 5, 20};
        QCOMPARE(PatientPath::nextStep(s, today).kind, NextStep::Kind::Sessions);
        s.lastPresence = {2025, 6, 10};
        s.sessionsAttended = 1;
        QCOMPARE(PatientPath::nextStep(s, today).kind, NextStep::Kind::FinalEvaluation);
        QCOMPARE(PatientPath::nextStep(s, QDate(2025, 9, 30), 8).kind, NextStep::Kind::Relaunch);
        s.finalDate = {2025, 6, 20};
        QCOMPARE(PatientPath::nextStep(s, today).kind, NextStep::Kind::Close); // no consent to share: no letter
        s.sharesWithGp = true;
        QCOMPARE(PatientPath::nextStep(s, today).kind, NextStep::Kind::GpLetter);
        s.letterDate = {2025, 6, 25};
        QCOMPARE(PatientPath::stage(s), PatientPath::Stage::LetterSent);
        QCOMPARE(PatientPath::nextStep(s, today).kind, NextStep::Kind::Close);
    }

    void weekOverviewListsWhatIsDue()
    {
        PatientSummary a; a.id = 1; a.entryDate = {2025, 6, 1};                       // assessment to hold
        PatientSummary b; b.id = 2; b.entryDate = {2025, 1, 1}; b.assessmentDate = {2025, 1, 20};
        b.planDate = {2025, 1, 20}; b.finalDate = {2025, 6, 1}; b.sharesWithGp = true;  // letter to send
        PatientSummary c; c.id = 3; c.entryDate = {2025, 1, 1}; c.assessmentDate = {2025, 1, 20};
        c.planDate = {2025, 1, 20}; c.lastPresence = {2025, 2, 10}; c.sessionsAttended = 1; // quiet since February
        PatientSummary d = c; d.id = 4; d.exitDate = {2025, 3, 1}; d.status = Patient::Status::Stopped; // left
        const auto w = PatientPath::weekOverview({a, b, c, d}, today, 8);
        QCOMPARE(w.assessmentsToHold, QList<qint64>{1});
        QCOMPARE(w.lettersToSend, QList<qint64>{2});
        QCOMPARE(w.quietPatients, QList<qint64>{3});
    }

    void summariesMatchThePaths()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 a = f.addPatient(QStringLiteral("P-2025-0001"));
        const qint64 b = f.addPatient(QStringLiteral("P-2025-0002"));
        QVERIFY(f.addEvent(a, K::Proposal, {2025, 1, 5}));
        QVERIFY(f.addEvent(a, K::Assessment, {2025, 1, 20}));
        QVERIFY(f.addEvent(a, K::Plan, {2025, 1, 20}));
        QVERIFY(f.addEvent(b, K::Proposal, {2025, 2, 1}));
        Session s;
        s.seanceId = f.seances.first();
        s.startsAt = QDateTime({2025, 2, 3}, {14, 0});
        s.durationMin = 120;
        SessionStore sessions(*f.file);
        QVERIFY(!sessions.add(s));
        QVERIFY(!sessions.setAttendance({s.id, a, Attendance::Status::Present}));
        const QList<PatientSummary> list = PatientStore(*f.file).summaries();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).code, QStringLiteral("P-2025-0001"));
        QCOMPARE(list.at(0).entryDate, QDate(2025, 1, 5));
        QCOMPARE(list.at(0).planDate, QDate(2025, 1, 20));
        QCOMPARE(list.at(0).lastPresence, QDate(2025, 2, 3));
        QCOMPARE(list.at(0).sessionsAttended, 1);
        QVERIFY(!list.at(0).sharesWithGp);
        QCOMPARE(PatientPath::stage(list.at(0)), PatientPath::Stage::Planned);
        QCOMPARE(PatientPath::stage(list.at(1)), PatientPath::Stage::Entry);
        QCOMPARE(PatientStore(*f.file).summary(b)->entryDate, QDate(2025, 2, 1));
        QCOMPARE(PatientStore(*f.file).nextCode(2025), QStringLiteral("P-2025-0003"));
        f.addPatient(QStringLiteral("P-2025-9999"));
        f.addPatient(QStringLiteral("P-2025-10000"));
        QCOMPARE(PatientStore(*f.file).nextCode(2025), QStringLiteral("P-2025-10001"));
    }

    // The list's summary is kept by the file (patient_summary, migration 005): it follows every kind of write, the
    // cascades of a removed patient or session included, and a file of an older format gets it filled.
    void summaryFollowsEveryWrite()
    {
        PatientFixture f;
        QVERIFY(f.create());
        DemoOptions o;
        o.patients = 120;
        o.years = 2;
        o.lastYear = QDate::currentDate().year();
        QVERIFY(!DemoGenerator(*f.file, o).fill());
        QCOMPARE(summaryDifference(*f.file), QString());

        PatientStore patients(*f.file);
        SessionStore sessions(*f.file);
        const QList<PatientSummary> list = patients.summaries();
        QVERIFY(list.size() >= 120);
        // path events: added (earlier than all, later than all), moved, changed kind, removed
        for (int i = 0; i < 10; ++i) {
            const qint64 id = list.at(qsizetype(i) * 7).id;
            QList<PathEvent> events = patients.events(id);
            QVERIFY(!events.isEmpty());
            PathEvent early = events.first();
            early.id = 0;
            early.kind = K::ConsentShare;
            early.date = early.date.addDays(-3);
            QVERIFY(!patients.addEvent(early));
            PathEvent moved = events.last();
            moved.date = moved.date.addDays(-1);
            QVERIFY(!patients.updateEvent(moved));
            if (events.size() > 2) {
                PathEvent other = events.at(1);
                other.kind = other.kind == K::Assessment ? K::GpLetter : K::Assessment;
                QVERIFY(!patients.updateEvent(other));
                QVERIFY(!patients.removeEvent(events.at(2).id));
            }
        }
        QCOMPARE(summaryDifference(*f.file), QString());
        // attendance: present to absent and back, removed, a new presence
        const QList<Session> all = sessions.sessions();
        QVERIFY(all.size() > 20);
        for (int i = 0; i < 15; ++i) {
            const QList<Attendance> attendance = sessions.attendance(all.at(qsizetype(i) * 3).id);
            for (const Attendance &a : attendance) {
                Attendance changed = a;
                changed.status = a.status == Attendance::Status::Present ? Attendance::Status::Absent : Attendance::Status::Present;
                QVERIFY(!sessions.setAttendance(changed));
            }
            if (!attendance.isEmpty())
                QVERIFY(!sessions.removeAttendance(attendance.first().sessionId, attendance.first().patientId));
            QVERIFY(!sessions.setAttendance({all.at(i * 3 + 1).id, list.at(i).id, Attendance::Status::Present}));
        }
        QCOMPARE(summaryDifference(*f.file), QString());
        // a session moved a year later, another removed (its attendance goes with it), a patient removed
        Session later = all.at(4);
        later.startsAt = later.startsAt.addYears(1);
        QVERIFY(!sessions.update(later));
        QVERIFY(!sessions.remove(all.at(5).id));
        QVERIFY(!patients.remove(list.at(3).id));
        QCOMPARE(summaryDifference(*f.file), QString());
        QVERIFY(!patients.summary(list.at(3).id));

        // The same file as an older format (the summary and its triggers gone, format 4): opening it fills it.
        f.file.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(f.path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'patient_summary_%'")));
            QStringList triggers;
            while (q.next())
                triggers << q.value(0).toString();
            QCOMPARE(triggers.size(), 9);
            for (const QString &t : std::as_const(triggers))
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER %1").arg(t)));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE patient_summary")));
            // Back to format 4: what migrations 006 (materials) and 007 (quizzes) added goes too.
            for (const char *table : {"quiz_answer", "quiz_question", "quiz", "material", "guide_origin", "package_sent"})
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        auto reopened = ProgrammeFile::open(f.path);
        QVERIFY2(!reopened.error, qPrintable(reopened.error.message()));
        QCOMPARE(reopened.migratedFrom, 4);
        QCOMPARE(summaryDifference(*reopened.file), QString());
        QCOMPARE(PatientStore(*reopened.file).summaries().size(), list.size() - 1);
    }

    void demoIsDeterministicAndRealistic()
    {
        PatientFixture f1, f2;
        QVERIFY(f1.create());
        QVERIFY(f2.create());
        DemoOptions o;
        o.patients = 150;
        o.years = 3;
        o.seed = 7;
        o.lastYear = 2024;
        QVERIFY(!DemoGenerator(*f1.file, o).fill());
        QVERIFY(!DemoGenerator(*f2.file, o).fill());
        const auto counts1 = f1.file->tableCounts();
        QCOMPARE(counts1, f2.file->tableCounts());
        const auto count = [&](const char *table) {
            for (const auto &[t, n] : counts1)
                if (t == QLatin1String(table))
                    return n;
            return qint64(-1);
        };
        QCOMPARE(count("patient"), 150);
        QVERIFY(count("session") > 10);
        QVERIFY(count("attendance") > 300);
        QVERIFY(count("session_facilitator") >= count("session"));
        const QList<PatientSummary> s1 = PatientStore(*f1.file).summaries();
        const QList<PatientSummary> s2 = PatientStore(*f2.file).summaries();
        int exited = 0, letters = 0, stopped = 0;
        for (int i = 0; i < s1.size(); ++i) {
            QCOMPARE(s1.at(i).code, s2.at(i).code);
            QCOMPARE(s1.at(i).finalDate, s2.at(i).finalDate);
            QCOMPARE(s1.at(i).lastName, s2.at(i).lastName);
            exited += s1.at(i).exitDate.isValid();
            letters += s1.at(i).letterDate.isValid();
            stopped += s1.at(i).status == Patient::Status::Stopped || s1.at(i).status == Patient::Status::Lost;
            // the demo obeys the path rules
            if (s1.at(i).finalDate.isValid())
                QVERIFY(s1.at(i).assessmentDate.isValid() && s1.at(i).assessmentDate <= s1.at(i).finalDate);
        }
        QVERIFY(exited > 50);
        QVERIFY(letters > 50);
        QVERIFY(stopped > 0);
        // absences are recorded
        int absent = 0;
        SessionStore sessions(*f1.file);
        for (const PatientSummary &s : s1)
            for (const Attendance &a : sessions.attendanceOfPatient(s.id))
                absent += a.status == Attendance::Status::Absent;
        QVERIFY(absent > 0);
    }

    void gpLetterPdfHoldsThePath()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 a = f.addPatient(QStringLiteral("P-2025-0042"), QStringLiteral("Camille"), QStringLiteral("<b>Imaginaire</b> & Cie"));
        Patient p = *PatientStore(*f.file).patient(a);
        p.gpName = QStringLiteral("Dr Exemple Éloïse");
        QVERIFY(!PatientStore(*f.file).update(p));
        QVERIFY(f.addEvent(a, K::Proposal, {2025, 1, 5}));
        QVERIFY(f.addEvent(a, K::Assessment, {2025, 1, 20}));
        QVERIFY(f.addEvent(a, K::FinalEvaluation, {2025, 4, 2}));
        Objective o;
        o.patientId = a;
        o.label = QStringLiteral("Savoir quoi faire après un oubli");
        o.result = Objective::Result::Partly;
        QVERIFY(!PatientStore(*f.file).addObjective(o));
        Session s;
        s.seanceId = f.seances.at(1);
        s.startsAt = QDateTime({2025, 2, 3}, {14, 0});
        s.durationMin = 120;
        QVERIFY(!SessionStore(*f.file).add(s));
        QVERIFY(!SessionStore(*f.file).setAttendance({s.id, a, Attendance::Status::Present}));

        const QString pdf = f.dir.filePath(QStringLiteral("lettre.pdf"));
        PaperDocument doc(QStringLiteral("Synthèse"));
        GpLetterDocument::build(doc, *f.file, GpLetterDocument::gather(*f.file, a));
        QVERIFY(!doc.writePdf(pdf, PaperDocument::Privacy::Personal));
        QCOMPARE(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QString text = testutil::pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Camille <b>Imaginaire</b> & Cie")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Dr Exemple Éloïse")));
        QVERIFY(text.contains(QStringLiteral("Savoir quoi faire après un oubli")));
        QVERIFY(text.contains(QStringLiteral("Partiellement atteint")));
        QVERIFY(text.contains(QStringLiteral("Connaissance et gestion du traitement oral")));
        QVERIFY(text.contains(QStringLiteral("3 février 2025")));
        QVERIFY(text.contains(QStringLiteral("2 avril 2025")));

        // the team's own template, with its placeholders
        QVERIFY(!DocumentTemplateStore(*f.file).setBody(GpLetterDocument::templateKey(),
                                                        QStringLiteral("Lettre courte pour {code} <i>\n{objectifs}\n{inconnu}")));
        const QString pdf2 = f.dir.filePath(QStringLiteral("lettre2.pdf"));
        PaperDocument doc2(QStringLiteral("Synthèse"));
        GpLetterDocument::build(doc2, *f.file, GpLetterDocument::gather(*f.file, a));
        QVERIFY(!doc2.writePdf(pdf2, PaperDocument::Privacy::Personal));
        const QString text2 = testutil::pdfText(pdf2).simplified();
        QVERIFY2(text2.contains(QStringLiteral("Lettre courte pour P-2025-0042 <i>")), qPrintable(text2));
        QVERIFY(text2.contains(QStringLiteral("{inconnu}")));
        QVERIFY(text2.contains(QStringLiteral("Partiellement atteint")));
        QVERIFY(!text2.contains(QStringLiteral("Séances suivies")));
    }

    void gpLetterFromTheCommandLine()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 a = f.addPatient(QStringLiteral("P-2025-0001"));
        QVERIFY(f.addEvent(a, K::Assessment, {2025, 1, 20}));
        const QString pdf = f.dir.filePath(QStringLiteral("l.pdf"));
        const QStringList args = {QStringLiteral("export"), QStringLiteral("gp-letter"), f.path, QStringLiteral("--patient"),
                                  QStringLiteral("P-2025-0001"), QStringLiteral("-o"), pdf};
        // Without the patient's consent to share data with the GP, no letter.
        f.file.reset();
        auto r = testutil::kitetp(args);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("n'a pas consenti au partage")), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
        auto reopened = kitetp::ProgrammeFile::open(f.path);
        QVERIFY(!reopened.error);
        f.file = std::move(reopened.file);
        QVERIFY(f.addEvent(a, K::ConsentShare, {2025, 1, 10}));
        f.file.reset();
        r = testutil::kitetp(args);
        QCOMPARE(r.status, 0);
        QVERIFY(testutil::pdfText(pdf).contains(QStringLiteral("Votre patient(e) P-2025-0001 a participé")));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("gp-letter"), f.path, QStringLiteral("--patient"),
                              QStringLiteral("NOPE"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 1);
    }
};

QTEST_MAIN(TestPatients)
#include "tst_patients.moc"
