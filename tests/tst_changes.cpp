// SPDX-License-Identifier: EUPL-1.2
// Typed changes and the storage helpers: what a write announces (areas and rows), when (after the outermost
// commit, never after a rollback), and that a read which fails says so instead of passing for an empty programme.
#include "patientfixture.h"
#include "storage/FieldStore.h"
#include "storage/SessionStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace kitetp;

namespace {

Change changeAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<Change>();
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteNamesItsAreaAndRows()
    {
        PatientFixture f;
        QVERIFY(f.create());
        QSignalSpy spy(f.file.get(), &ProgrammeFile::changed);
        const qint64 patient = f.addPatient(QStringLiteral("P-2025-0001"));
        QVERIFY(patient);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(changeAt(spy, 0).areas(), ChangeAreas(ChangeArea::Patients));
        QCOMPARE(changeAt(spy, 0).rows(ChangeArea::Patients), QList<qint64>{patient});
        QVERIFY(!changeAt(spy, 0).isWhole(ChangeArea::Patients));

        FieldStore fields(*f.file);
        QVERIFY(!fields.setValue(QStringLiteral("contact.name"), QStringLiteral("Dr Fictif")));
        QCOMPARE(spy.count(), 2);
        QVERIFY(changeAt(spy, 1).touches(ChangeArea::Fields));
        QVERIFY(!changeAt(spy, 1).touches(ChangeArea::Patients));
        QCOMPARE(changeAt(spy, 1).keys(ChangeArea::Fields), QStringList{QStringLiteral("contact.name")});
    }

    void attendanceChangesTheSessionAndThePatient()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 patient = f.addPatient(QStringLiteral("P-2025-0001"));
        SessionStore sessions(*f.file);
        Session s;
        s.seanceId = f.seances.first();
        s.startsAt = QDateTime(QDate(2025, 3, 4), QTime(14, 0));
        s.durationMin = 120;
        QVERIFY(!sessions.add(s));
        QSignalSpy spy(f.file.get(), &ProgrammeFile::changed);
        QVERIFY(!sessions.setAttendance({s.id, patient, Attendance::Status::Present}));
        QCOMPARE(spy.count(), 1);
        const Change c = changeAt(spy, 0);
        QCOMPARE(c.areas(), ChangeArea::Sessions | ChangeArea::Patients);
        QCOMPARE(c.rows(ChangeArea::Sessions), QList<qint64>{s.id});
        QCOMPARE(c.rows(ChangeArea::Patients), QList<qint64>{patient});
    }

    void changesInOneTransactionAreAnnouncedOnceAfterTheCommitAndNeverAfterARollback()
    {
        PatientFixture f;
        QVERIFY(f.create());
        QSignalSpy spy(f.file.get(), &ProgrammeFile::changed);
        qint64 first = 0;
        qint64 second = 0;
        {
            Transaction tx(*f.file);
            first = f.addPatient(QStringLiteral("P-2025-0001"));
            second = f.addPatient(QStringLiteral("P-2025-0002"));
            QVERIFY(!FieldStore(*f.file).setValue(QStringLiteral("contact.name"), QStringLiteral("A")));
            QCOMPARE(spy.count(), 0);
            QVERIFY(tx.commit());
        }
        QCOMPARE(spy.count(), 1);
        const Change merged = changeAt(spy, 0);
        QCOMPARE(merged.areas(), ChangeArea::Patients | ChangeArea::Fields);
        QCOMPARE(merged.rows(ChangeArea::Patients), (QList<qint64>{first, second}));
        {
            Transaction tx(*f.file);
            QVERIFY(f.addPatient(QStringLiteral("P-2025-0003")));
            // destroyed without commit
        }
        QCOMPARE(spy.count(), 1);
        QVERIFY(!PatientStore(*f.file).patientByCode(QStringLiteral("P-2025-0003")));
    }

    void aFailedReadIsReportedNotPassedOffAsEmpty()
    {
        PatientFixture f;
        QVERIFY(f.create());
        QVERIFY(!TeamStore(*f.file).members().isEmpty());
        QVERIFY(!f.file->readFailure());
        QSignalSpy spy(f.file.get(), &ProgrammeFile::readFailed);
        // Damage of the kind a foreign tool could do: the table is gone.
        QSqlQuery q(f.file->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE session_facilitator")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE team_member")));
        QVERIFY(TeamStore(*f.file).members().isEmpty());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(f.file->readFailure().code(), FileError::Unreadable);
        QVERIFY(f.file->readFailure().detail().contains(QLatin1String("team_member")));
        QVERIFY(!f.file->readFailure().message().isEmpty());
    }

    void oneFieldIsOneStatement()
    {
        PatientFixture f;
        QVERIFY(f.create());
        FieldStore fields(*f.file);
        const quint64 before = f.file->statementCount();
        QVERIFY(!fields.setValue(QStringLiteral("contact.name"), QStringLiteral("B")));
        QCOMPARE(f.file->statementCount() - before, quint64(1));
        QCOMPARE(fields.value(QStringLiteral("contact.name")), QStringLiteral("B"));
    }

    void aReadOnlyFileRefusesEveryWriteHelper()
    {
        PatientFixture f;
        QVERIFY(f.create());
        const qint64 patient = f.addPatient(QStringLiteral("P-2025-0001"));
        f.file.reset();
        auto opened = ProgrammeFile::open(f.path, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(opened.file);
        QSignalSpy spy(opened.file.get(), &ProgrammeFile::changed);
        QCOMPARE(FieldStore(*opened.file).setValue(QStringLiteral("contact.name"), QStringLiteral("C")).code(), FileError::ReadOnly);
        QCOMPARE(PatientStore(*opened.file).remove(patient).code(), FileError::ReadOnly);
        QCOMPARE(PatientStore(*opened.file).setPlan(patient, {}).code(), FileError::ReadOnly);
        QCOMPARE(spy.count(), 0);
        QVERIFY(PatientStore(*opened.file).patient(patient));
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
