// SPDX-License-Identifier: EUPL-1.2
#include "core/SessionRules.h"
#include "modals.h"
#include "patientfixture.h"
#include "documents/GpLetterDocument.h"
#include "documents/PaperDocument.h"
#include "documents/PageSetup.h"
#include "documents/SignInSheetDocument.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "storage/IndicatorStore.h"
#include "storage/SessionStore.h"
#include "testutil.h"
#include "ui/pages/SessionDialog.h"
#include "ui/pages/SessionsPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>

#include <utility>

using namespace kitetp;

namespace {
Session session(qint64 id, const QDateTime &start, int minutes, const QString &place, QList<qint64> facilitators, int capacity = 6)
{
    Session s;
    s.id = id;
    s.seanceId = 1;
    s.startsAt = start;
    s.durationMin = minutes;
    s.place = place;
    s.capacity = capacity;
    s.facilitatorIds = std::move(facilitators);
    return s;
}
const QDate day(2025, 3, 4);

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionsAreChecked()
    {
        Session s = session(0, QDateTime(day, {14, 0}), 120, QStringLiteral("Salle 1"), {});
        QVERIFY(SessionRules::checkSession(s).isEmpty());
        s.seanceId = 0;
        QVERIFY(!SessionRules::checkSession(s).isEmpty());
        s.seanceId = 1;
        s.startsAt = QDateTime(QDate(1980, 1, 1), {14, 0});
        QVERIFY(!SessionRules::checkSession(s).isEmpty());
        s.startsAt = QDateTime(day, {14, 0});
        s.durationMin = 0;
        QVERIFY(!SessionRules::checkSession(s).isEmpty());
        s.durationMin = 120;
        s.capacity = -1;
        QVERIFY(!SessionRules::checkSession(s).isEmpty());
        s.capacity = 500;
        QVERIFY(!SessionRules::checkSession(s).isEmpty());
    }

    void enrolmentAndCapacity()
    {
        const Session s = session(1, QDateTime(day, {14, 0}), 120, {}, {}, 2);
        QList<Attendance> att;
        auto c = SessionRules::checkEnrolment(s, att, 10, {1}, false);
        QVERIFY(c.allowed());
        QVERIFY(c.warnings.isEmpty());
        att << Attendance{1, 10, Attendance::Status::Enrolled};
        c = SessionRules::checkEnrolment(s, att, 10, {1}, false);
        QVERIFY(!c.allowed()); // already enrolled
        att << Attendance{1, 11, Attendance::Status::Present};
        c = SessionRules::checkEnrolment(s, att, 12, {1}, false);
        QVERIFY(c.allowed());
        QCOMPARE(c.warnings.size(), 1); // full: a warning, not a refusal
        QVERIFY(c.warnings.first().contains(QStringLiteral("complète")));
        // an excused patient frees the seat
        att[1].status = Attendance::Status::Excused;
        QVERIFY(!SessionRules::isFull(s, att));
        // outside the personalised programme: a warning
        c = SessionRules::checkEnrolment(s, att, 12, {2, 3}, false);
        QVERIFY(c.allowed());
        QVERIFY(c.warnings.first().contains(QStringLiteral("programme personnalisé")));
        // a closed path refuses
        QVERIFY(!SessionRules::checkEnrolment(s, att, 12, {1}, true).allowed());
        // capacity 0 = not limited
        QVERIFY(!SessionRules::isFull(session(2, QDateTime(day, {9, 0}), 60, {}, {}, 0), att));
    }

    void conflictsAreFound()
    {
        const QList<Session> list = {
            session(1, QDateTime(day, {14, 0}), 120, QStringLiteral("Salle 1"), {100, 101}),
            session(2, QDateTime(day, {15, 30}), 90, QStringLiteral("salle 1 "), {102}),   // same room, overlapping
            session(3, QDateTime(day, {15, 0}), 60, QStringLiteral("Salle 2"), {101}),     // same facilitator
            session(4, QDateTime(day, {16, 0}), 60, QStringLiteral("Salle 3"), {100}),     // starts as 1 ends: no conflict
            session(5, QDateTime(day.addDays(1), {14, 0}), 60, QStringLiteral("Salle 1"), {100}),
        };
        const QList<Attendance> att = {{1, 7, Attendance::Status::Enrolled}, {3, 7, Attendance::Status::Enrolled},
                                       {2, 8, Attendance::Status::Excused}, {4, 8, Attendance::Status::Enrolled}};
        const auto found = SessionRules::conflicts(list, att);
        QCOMPARE(found.size(), 3);
        int place = 0, facilitator = 0, patient = 0;
        for (const SessionConflict &c : found) {
            QVERIFY(c.firstSessionId != 4 && c.secondSessionId != 4 && c.firstSessionId != 5 && c.secondSessionId != 5);
            place += c.kind == SessionConflict::Kind::Place;
            facilitator += c.kind == SessionConflict::Kind::Facilitator && c.subjectId == 101;
            patient += c.kind == SessionConflict::Kind::Patient && c.subjectId == 7;
        }
        QCOMPARE(place, 1);
        QCOMPARE(facilitator, 1);
        QCOMPARE(patient, 1);
        QVERIFY(SessionRules::overlaps(list.at(0), list.at(2)));
        QVERIFY(!SessionRules::overlaps(list.at(0), list.at(3)));
    }

    void attendanceOnlyOnceBegun()
    {
        const QDateTime now(day, {10, 0});
        const Session later = session(1, QDateTime(day, {14, 0}), 120, {}, {});
        const Session begun = session(2, QDateTime(day, {9, 30}), 120, {}, {});
        const Session nextWeek = session(3, QDateTime(day.addDays(7), {9, 0}), 120, {}, {});
        const Session past = session(4, QDateTime(day.addDays(-7), {9, 0}), 120, {}, {});
        for (Attendance::Status st : {Attendance::Status::Present, Attendance::Status::Absent, Attendance::Status::Excused}) {
            QVERIFY(!SessionRules::checkAttendance(later, st, now).isEmpty()); // today, not yet begun
            QVERIFY(!SessionRules::checkAttendance(nextWeek, st, now).isEmpty());
            QVERIFY(SessionRules::checkAttendance(begun, st, now).isEmpty());
            QVERIFY(SessionRules::checkAttendance(past, st, now).isEmpty());
        }
        // Enrolment stays open for a session to come.
        QVERIFY(SessionRules::checkAttendance(nextWeek, Attendance::Status::Enrolled, now).isEmpty());
        QVERIFY(SessionRules::hasStarted(later, QDateTime(day, {14, 0}))); // at its start time
        QVERIFY(!SessionRules::hasStarted(later, QDateTime(day, {13, 59})));
        QVERIFY(!SessionRules::hasStarted(Session(), now));
        const QString message = SessionRules::checkAttendance(nextWeek, Attendance::Status::Present, now);
        QVERIFY2(message.contains(QLocale().toString(day.addDays(7), QLocale::LongFormat)), qPrintable(message));
    }

    // Séances page, by keyboard in the presence list: next week's session refuses "présent" (message, file
    // unchanged, the list back to "inscrit"); last week's records it. The command refuses it too.
    void futurePresenceIsRefused()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 p = f.addPatient(QStringLiteral("P-1"));
        SessionStore store(*f.file);
        const QDateTime now = QDateTime::currentDateTime();
        Session future = session(0, QDateTime(now.date().addDays(7), {14, 0}), 120, QStringLiteral("Salle 1"), {});
        Session past = session(0, QDateTime(now.date().addDays(-7), {14, 0}), 120, QStringLiteral("Salle 1"), {});
        future.seanceId = past.seanceId = f.seances.first();
        QVERIFY(!store.add(future));
        QVERIFY(!store.add(past));
        QVERIFY(!store.setAttendance({future.id, p, Attendance::Status::Enrolled}));
        QVERIFY(!store.setAttendance({past.id, p, Attendance::Status::Enrolled}));
        const QString path = f.path;
        ProgrammeDocument doc(std::move(f.file));
        SessionsPage page;
        page.resize(1280, 720);
        page.setDocument(&doc);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy status(&page, &Page::status);
        const QByteArray before = testutil::readAll(path);

        page.selectSession(future.id);
        auto *enrolled = page.findChild<QTableWidget *>(QStringLiteral("enrolledTable"));
        QVERIFY(enrolled);
        QCOMPARE(enrolled->rowCount(), 1);
        auto *combo = qobject_cast<QComboBox *>(enrolled->cellWidget(0, 1));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toInt(), int(Attendance::Status::Enrolled));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // "inscrit" -> "présent"
        QCoreApplication::processEvents();
        QCOMPARE(status.size(), 1);
        const QString message = status.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("n'a pas encore eu lieu")), qPrintable(message));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("enrolWarning"))->text(), message);
        QCOMPARE(combo->currentData().toInt(), int(Attendance::Status::Enrolled));
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(SessionStore(doc.file()).attendance(future.id).constFirst().status, Attendance::Status::Enrolled);
        QCOMPARE(testutil::readAll(path), before);

        // No other path: the command itself refuses, with the same message.
        QSignalSpy failed(&doc, &ProgrammeDocument::writeFailed);
        QVERIFY(!doc.push(PatientCommands::setAttendance(&doc, {future.id, p, Attendance::Status::Absent}, Attendance::Status::Enrolled)));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(QStringLiteral("n'a pas encore eu lieu")),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QCOMPARE(SessionStore(doc.file()).attendance(future.id).constFirst().status, Attendance::Status::Enrolled);
        QCOMPARE(testutil::readAll(path), before);

        // Last week's session: recorded.
        page.selectSession(past.id);
        combo = qobject_cast<QComboBox *>(enrolled->cellWidget(0, 1));
        QVERIFY(combo);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTRY_COMPARE(SessionStore(doc.file()).attendance(past.id).constFirst().status, Attendance::Status::Present);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    // A file written before the rule may hold a presence for a session still to come: neither the GP letter of
    // today nor the indicators count it as held; the past one is.
    void aPresenceRecordedAheadIsNotHeld()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 a = f.addPatient(QStringLiteral("P-2025-0001"));
        const qint64 b = f.addPatient(QStringLiteral("P-2025-0002"));
        QVERIFY(f.addEvent(a, PathEvent::Kind::Proposal, QDate::currentDate().addDays(-30)));
        QVERIFY(f.addEvent(a, PathEvent::Kind::ConsentShare, QDate::currentDate().addDays(-30)));
        const QDate past = QDate::currentDate().addDays(-7);
        const QDate future = QDate::currentDate().addDays(7);
        SessionStore store(*f.file);
        Session held = session(0, QDateTime(past, {14, 0}), 120, QStringLiteral("Salle 1"), {});
        held.seanceId = f.seances.at(1); // « Connaissance et gestion du traitement oral »
        Session ahead = session(0, QDateTime(future, {14, 0}), 120, QStringLiteral("Salle 1"), {});
        ahead.seanceId = f.seances.at(2); // « Prévenir les effets secondaires »
        QVERIFY(!store.add(held));
        QVERIFY(!store.add(ahead));
        QVERIFY(!store.setAttendance({held.id, a, Attendance::Status::Present}));
        QVERIFY(!store.setAttendance({ahead.id, a, Attendance::Status::Present})); // the store below the rule
        QVERIFY(!store.setAttendance({ahead.id, b, Attendance::Status::Present}));

        const QString pdf = f.dir.filePath(QStringLiteral("lettre.pdf"));
        PaperDocument doc(QStringLiteral("Synthèse"));
        GpLetterDocument::build(doc, *f.file, GpLetterDocument::gather(*f.file, a));
        QVERIFY(!doc.writePdf(pdf, PaperDocument::Privacy::Personal));
        const QString text = testutil::pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Connaissance et gestion du traitement oral")), qPrintable(text));
        QVERIFY2(text.contains(QLocale(QLocale::French).toString(past, QStringLiteral("d MMMM yyyy"))), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Prévenir les effets secondaires")), qPrintable(text));
        QVERIFY2(!text.contains(QLocale(QLocale::French).toString(future, QStringLiteral("d MMMM yyyy"))), qPrintable(text));

        const IndicatorData d = IndicatorStore(*f.file).compute(Period::range(past.addDays(-1), future.addDays(1)));
        int present = 0, heldCount = 0;
        for (const IndicatorData::SeanceActivity &x : d.seances) {
            present += x.present;
            heldCount += x.sessionsHeld;
            if (x.code == QStringLiteral("C2S1")) {
                QCOMPARE(x.sessions, 1); // planned, shown as such
                QCOMPARE(x.present, 0);
                QCOMPARE(x.sessionsHeld, 0);
            }
        }
        QCOMPARE(present, 1);
        QCOMPARE(heldCount, 1);
        QCOMPARE(d.attendedOne, 1); // P-2025-0002 only "attended" next week's
    }

    void storeKeepsSessionsAndAttendance()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 p = f.addPatient(QStringLiteral("P-1"));
        SessionStore store(*f.file);
        Session s = session(0, QDateTime(day, {14, 0}), 120, QStringLiteral("Salle d'éducation"), {f.members.at(0), f.members.at(1)});
        s.seanceId = f.seances.first();
        QVERIFY(!store.add(s));
        QVERIFY(!store.setAttendance({s.id, p, Attendance::Status::Enrolled}));
        QVERIFY(!store.setAttendance({s.id, p, Attendance::Status::Absent}));
        f.file.reset();
        auto reopened = ProgrammeFile::open(f.path);
        QVERIFY(!reopened.error);
        SessionStore again(*reopened.file);
        const auto loaded = again.session(s.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->facilitatorIds.size(), 2);
        QCOMPARE(loaded->place, QStringLiteral("Salle d'éducation"));
        QCOMPARE(again.attendance(s.id).size(), 1);
        QCOMPARE(again.attendance(s.id).first().status, Attendance::Status::Absent);
        QCOMPARE(again.sessionsOfPatient(p).size(), 1);
        QCOMPARE(again.attendanceBetween(day, day).size(), 1);
        QCOMPARE(again.attendanceBetween(day.addDays(1), day.addDays(3)).size(), 0);
        QCOMPARE(PatientStore(*reopened.file).patientsPlanning(f.seances.first()).size(), 0);
    }

    void storeRefusesImplausibleDates()
    {
        PatientFixture f;
        QVERIFY(f.create());
        SessionStore store(*f.file);
        Session good = session(0, QDateTime(day, {14, 0}), 120, QStringLiteral("Salle"), {});
        good.seanceId = f.seances.first();
        QVERIFY(!store.add(good));
        const QByteArray before = testutil::readAll(f.path);
        for (const QDateTime &bad : {QDateTime(), QDateTime(QDate(1989, 12, 31), {9, 0}), QDateTime(QDate(2101, 1, 1), {9, 0})}) {
            Session s = good;
            s.id = 0;
            s.startsAt = bad;
            const FileError added = store.add(s);
            QVERIFY2(added, qPrintable(bad.toString(Qt::ISODate)));
            QCOMPARE(added.code(), FileError::InvalidInput);
            QVERIFY2(added.message().contains(QStringLiteral("date")), qPrintable(added.message()));
            s.id = good.id;
            const FileError updated = store.update(s);
            QVERIFY(updated);
            QCOMPARE(updated.code(), FileError::InvalidInput);
        }
        QCOMPARE(store.session(good.id)->startsAt, QDateTime(day, {14, 0}));
        QCOMPARE(testutil::readAll(f.path), before);
    }

    void signinSheetListsTheEnrolled()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 a = f.addPatient(QStringLiteral("P-2025-0001"), QStringLiteral("Zoé"), QStringLiteral("<Imaginaire> & Cie"));
        const qint64 b = f.addPatient(QStringLiteral("P-2025-0002"));
        const qint64 c = f.addPatient(QStringLiteral("P-2025-0003"), QStringLiteral("Loïc"), QStringLiteral("Excusé"));
        SessionStore store(*f.file);
        Session s = session(0, QDateTime(day, {14, 0}), 150, QStringLiteral("Salle d'éducation 1"), {f.members.at(0)});
        s.seanceId = f.seances.at(2);
        QVERIFY(!store.add(s));
        QVERIFY(!store.setAttendance({s.id, a, Attendance::Status::Enrolled}));
        QVERIFY(!store.setAttendance({s.id, b, Attendance::Status::Enrolled}));
        QVERIFY(!store.setAttendance({s.id, c, Attendance::Status::Excused}));
        // The Séances page prints the guides room's sheet, pre-filled from the session.
        const SignInSheetDocument::Options options = SignInSheetDocument::forSession(*f.file, s);
        QCOMPARE(options.participants.size(), 2);
        const auto seance = GuideStore(*f.file).seance(s.seanceId);
        QVERIFY(seance);
        const auto doc = SignInSheetDocument::build(*f.file, *seance, options, PageSetup::defaultLayout());
        const QString pdf = f.dir.filePath(QStringLiteral("emargement.pdf"));
        QVERIFY(!doc->writePdf(pdf, PaperDocument::Privacy::Personal));
        if (!qEnvironmentVariableIsEmpty("KITETP_SCREENSHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("KITETP_SCREENSHOTS") + QStringLiteral("/emargement.pdf"));
        // pdftotext gives the typographic ligatures of DejaVu (ﬀ, ﬁ) as single characters
        const QString text = testutil::pdfText(pdf).simplified().replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi"));
        QVERIFY2(text.contains(QStringLiteral("C2S1 — Prévenir les effets secondaires")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<IMAGINAIRE> & CIE Zoé")));
        QVERIFY(text.contains(QStringLiteral("P-2025-0002")));
        QVERIFY(!text.contains(QStringLiteral("P-2025-0003"))); // excused: not expected to sign
        QVERIFY(text.contains(QStringLiteral("Infirmière Fictive")));
        QVERIFY(text.contains(QStringLiteral("Salle d'éducation 1")));
        QVERIFY(text.contains(QStringLiteral("2 patient(s) inscrit(s)")));
        QVERIFY2(text.contains(QStringLiteral("14:00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 h 30")), qPrintable(text)); // the session's duration, not the séance's 2 h
    }
};

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
