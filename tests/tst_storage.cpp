// SPDX-License-Identifier: EUPL-1.2
// The programme file: creation, permissions, crash safety, migration, refusal of bad files, the lock.
#include "core/AppInfo.h"
#include "core/ProgrammeFields.h"
#include "core/Patients.h"
#include "storage/DeclarationStore.h"
#include "storage/FieldStore.h"
#include "storage/FileLock.h"
#include "storage/FileProbe.h"
#include "storage/Migrations.h"
#include "storage/ProgrammeFile.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace kitetp;

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions unixPermissions(const QString &path)
{
    // QFile reports ReadUser too; keep the owner/group/other bits only.
    return QFile::permissions(path) & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                       QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                       QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

QString newProgramme(const QTemporaryDir &dir, const QString &name = QStringLiteral("p.etp"))
{
    QString path = dir.filePath(name);
    auto created = ProgrammeFile::create(path);
    if (created.error)
        qWarning() << created.error.message();
    return path;
}

// Run as a child process: writes a title, says so, then waits to be killed. With `midTransaction`, the title is
// committed first, then a second change is left half-done inside an open transaction when the kill comes.
int crashWriter(const QString &path, bool midTransaction)
{
    auto opened = ProgrammeFile::open(path);
    if (opened.error)
        return 3;
    FieldStore fields(*opened.file);
    if (fields.setValue(ProgrammeFields::title(), QStringLiteral("Écrit avant le kill -9")))
        return 4;
    std::optional<Transaction> open;
    if (midTransaction) {
        open.emplace(*opened.file);
        // More than SQLite's page cache holds, so that pages reach the file and the journal becomes hot.
        for (int i = 0; i < 4000; ++i)
            if (opened.file->setMeta(QStringLiteral("junk-%1").arg(i), QString(5000, QLatin1Char('a' + i % 26))))
                return 5;
        if (fields.setValue(ProgrammeFields::title(), QStringLiteral("jamais validé")))
            return 6;
    }
    std::fputs("written\n", stdout);
    std::fflush(stdout);
    for (;;)
        ::pause();
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newFileIsPrivateAndIdentified()
    {
        QTemporaryDir dir;
        auto created = ProgrammeFile::create(dir.filePath(QStringLiteral("nouveau.etp")));
        QVERIFY2(!created.error, qPrintable(created.error.message()));
        const QString path = created.file->path();
        QCOMPARE(unixPermissions(path), ownerOnly);
        const FileProbe probe = FileProbe::inspect(path, Migrations::latestVersion());
        QVERIFY(!probe.error);
        QCOMPARE(probe.applicationId, AppInfo::applicationId);
        QCOMPARE(probe.schemaVersion, Migrations::latestVersion());
        QCOMPARE(created.file->meta(QStringLiteral("created_with")), AppInfo::version());
        QVERIFY(created.file->integrityProblems().isEmpty());
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // the file and its lock
    }

    void createRefusesAnExistingFileAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.etp"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("précieux");
        f.close();
        auto created = ProgrammeFile::create(path);
        QCOMPARE(created.error.code(), FileError::AlreadyExists);
        QCOMPARE(testutil::readAll(path), QByteArray("précieux"));
    }

    void createInAMissingFolderSaysSo()
    {
        auto created = ProgrammeFile::create(QStringLiteral("/nonexistent-folder/x.etp"));
        QCOMPARE(created.error.code(), FileError::CannotCreate);
        QVERIFY(created.error.message().contains(QStringLiteral("dossier")));
    }

    void editsSurviveClosingAndReopening()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        {
            auto opened = ProgrammeFile::open(path);
            QVERIFY(!opened.error);
            FieldStore fields(*opened.file);
            QVERIFY(!fields.setValue(ProgrammeFields::title(), QStringLiteral("ONCOPLET — Nantes")));
            QVERIFY(!fields.setValue(QStringLiteral("contact.email"), QStringLiteral("etp@chu.example")));
        }
        auto reopened = ProgrammeFile::open(path);
        QVERIFY(!reopened.error);
        FieldStore fields(*reopened.file);
        QCOMPARE(fields.value(ProgrammeFields::title()), QStringLiteral("ONCOPLET — Nantes"));
        QCOMPARE(fields.value(QStringLiteral("contact.email")), QStringLiteral("etp@chu.example"));
    }

    void anEditSurvivesKillMinus9_data()
    {
        QTest::addColumn<bool>("midTransaction");
        QTest::newRow("between edits") << false;
        QTest::newRow("during a transaction") << true;
    }
    void anEditSurvivesKillMinus9()
    {
        QFETCH(bool, midTransaction);
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KITETP_CRASH_WRITER"), path);
        if (midTransaction)
            env.insert(QStringLiteral("KITETP_CRASH_MID_TRANSACTION"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("written") ||
                                     child.state() == QProcess::NotRunning,
                                 60000);
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());

        if (midTransaction) {
            QVERIFY(FileProbe::inspect(path, Migrations::latestVersion()).hotJournal); // a hot journal was left
            // A read-only look (kitetp check) cannot roll it back: it says what to do rather than read half a change.
            const QByteArray before = testutil::readAll(path);
            auto readOnly = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
            QCOMPARE(readOnly.error.code(), FileError::NeedsRecovery);
            QVERIFY(readOnly.error.message().contains(QStringLiteral("interrompu")));
            QCOMPARE(testutil::readAll(path), before);
        }
        // The dead process's lock is taken over; the committed edit is there, the half-done one is not.
        auto reopened = ProgrammeFile::open(path);
        QVERIFY2(!reopened.error, qPrintable(reopened.error.message()));
        QCOMPARE(FieldStore(*reopened.file).value(ProgrammeFields::title()), QStringLiteral("Écrit avant le kill -9"));
        QVERIFY(reopened.file->meta(QStringLiteral("junk-1")).isEmpty());
        QVERIFY(reopened.file->integrityProblems().isEmpty());
        QVERIFY(!FileProbe::inspect(path, Migrations::latestVersion()).hotJournal); // rolled back
    }

    void refusedValuesChangeNothing()
    {
        QTemporaryDir dir;
        auto opened = ProgrammeFile::open(newProgramme(dir));
        FieldStore fields(*opened.file);
        QVERIFY(!fields.setValue(QStringLiteral("programme.start"), QStringLiteral("2024-09-01")));
        const FileError e = fields.setValue(QStringLiteral("programme.start"), QStringLiteral("1789-07-14"));
        QCOMPARE(e.code(), FileError::InvalidInput);
        QVERIFY(e.message().contains(QStringLiteral("plausible")));
        QCOMPARE(fields.value(QStringLiteral("programme.start")), QStringLiteral("2024-09-01"));
        // All or nothing: one bad value refuses the whole set.
        QVERIFY(fields.setValues({{ProgrammeFields::title(), QStringLiteral("Nouveau titre")},
                                  {QStringLiteral("contact.email"), QStringLiteral("pas un courriel")}}));
        QVERIFY(fields.value(ProgrammeFields::title()) != QStringLiteral("Nouveau titre"));
    }

    void readOnlyFilesRefuseWrites()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        auto opened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(!opened.error);
        QVERIFY(opened.file->isReadOnly());
        QCOMPARE(FieldStore(*opened.file).setValue(ProgrammeFields::title(), QStringLiteral("x")).code(), FileError::ReadOnly);
    }

    void badFilesAreRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QString>("source");   // a file of tests/data, or a recipe
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("newer version") << QStringLiteral("programme-format99.etp") << int(FileError::TooNew) << QStringLiteral("plus récente");
        QTest::newRow("foreign sqlite") << QStringLiteral("foreign.etp") << int(FileError::Foreign) << QStringLiteral("autre application");
        QTest::newRow("not sqlite") << QStringLiteral("not-sqlite.etp") << int(FileError::NotSqlite) << QStringLiteral("n'est pas un fichier de programme");
        QTest::newRow("empty") << QStringLiteral("empty.etp") << int(FileError::Empty) << QStringLiteral("vide");
        QTest::newRow("truncated") << QStringLiteral("@truncated") << int(FileError::Truncated) << QStringLiteral("incomplet");
        QTest::newRow("truncated header") << QStringLiteral("@header") << int(FileError::Truncated) << QStringLiteral("incomplet");
        QTest::newRow("corrupt") << QStringLiteral("@corrupt") << int(FileError::Corrupt) << QStringLiteral("endommagé");
        QTest::newRow("missing") << QStringLiteral("@missing") << int(FileError::NotFound) << QStringLiteral("introuvable");
        QTest::newRow("directory") << QStringLiteral("@directory") << int(FileError::IsDirectory) << QStringLiteral("dossier");
    }
    void badFilesAreRefusedAndLeftUntouched()
    {
        QFETCH(QString, source);
        QFETCH(int, expected);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("bad.etp"));
        if (source == QLatin1String("@missing")) {
            path = dir.filePath(QStringLiteral("absent.etp"));
        } else if (source == QLatin1String("@directory")) {
            path = dir.filePath(QStringLiteral("dossier.etp"));
            QVERIFY(QDir().mkpath(path));
        } else if (source.startsWith(QLatin1Char('@'))) {
            const QString good = newProgramme(dir, QStringLiteral("good.etp"));
            QFile::remove(FileLock::lockPathFor(good));
            QByteArray bytes = testutil::readAll(good);
            if (source == QLatin1String("@truncated"))
                bytes.truncate(bytes.size() / 2);
            else if (source == QLatin1String("@header"))
                bytes.truncate(60);
            else // corrupt: scribble over every page after the first, keeping the size
                for (qsizetype i = 4096; i < bytes.size(); ++i)
                    bytes[i] = char((i * 7919) & 0xff);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        } else {
            QVERIFY(QFile::copy(testutil::data(source), path));
        }
        const QByteArray before = testutil::readAll(path);

        for (auto mode : {ProgrammeFile::Mode::ReadWrite, ProgrammeFile::Mode::ReadOnly}) {
            auto opened = ProgrammeFile::open(path, mode);
            QVERIFY(!opened.file);
            QCOMPARE(int(opened.error.code()), expected);
            QVERIFY2(opened.error.message().contains(messagePart), qPrintable(opened.error.message()));
        }
        QCOMPARE(testutil::readAll(path), before);
        QVERIFY(!QFile::exists(FileLock::lockPathFor(path)));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void anOlderFileIsCopiedAsideThenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ancien.etp"));
        QVERIFY(QFile::copy(testutil::data(QStringLiteral("programme-format1.etp")), path));
        QFile::setPermissions(path, ownerOnly);
        const QByteArray original = testutil::readAll(path);

        // Read-only: nothing is migrated, nothing written.
        {
            auto ro = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
            QVERIFY(!ro.error);
            QCOMPARE(ro.file->schemaVersion(), 1);
        }
        QCOMPARE(testutil::readAll(path), original);

        auto opened = ProgrammeFile::open(path);
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        QCOMPARE(opened.migratedFrom, 1);
        QCOMPARE(opened.file->schemaVersion(), Migrations::latestVersion());
        QVERIFY(QFile::exists(opened.backupPath));
        QVERIFY(opened.backupPath.contains(QStringLiteral("sauvegarde-format1")));
        QCOMPARE(testutil::readAll(opened.backupPath), original);
        QCOMPARE(unixPermissions(opened.backupPath), ownerOnly);
        QCOMPARE(FieldStore(*opened.file).value(ProgrammeFields::title()), QStringLiteral("Programme ancien « format 1 »"));
        QVERIFY(opened.file->integrityProblems().isEmpty());
        QStringList tables;
        for (const auto &[table, count] : opened.file->tableCounts())
            tables << table;
        QVERIFY(tables.contains(QStringLiteral("seance")));
        QVERIFY(tables.contains(QStringLiteral("attendance")));
        opened.file.reset();
        QCOMPARE(FileProbe::inspect(path, Migrations::latestVersion()).schemaVersion, Migrations::latestVersion());
    }

    // Format 4 adds an index only: a format-3 file with patients opens, is copied aside, gains the index, and the
    // declaration still counts the same patients (now from the index alone).
    void aFormat3FileGainsThePathIndexAndKeepsItsCounts()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir, QStringLiteral("format3.etp"));
        const QString consent = toStored(PathEvent::Kind::ConsentEntry);
        const QString assessment = toStored(PathEvent::Kind::Assessment);
        // The file as Kit ETP format 3 left it: no path_event_by_kind_patient, user_version 3.
        const auto raw = [&path](const QStringList &statements, const QString &query = {}) {
            QStringList out;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(path);
                if (!db.open())
                    return QStringList{QStringLiteral("cannot open")};
                QSqlQuery q(db);
                for (const QString &sql : statements)
                    if (!q.exec(sql))
                        out << QStringLiteral("failed: ") + sql;
                if (!query.isEmpty() && q.exec(query))
                    while (q.next())
                        out << q.value(q.record().count() - 1).toString(); // the last column (EXPLAIN's detail)
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            return out;
        };
        // Back to format 3: what migrations 004, 005 and 006 add goes (the index; the summary table and its triggers; the
        // materials, guide origins and packages sent).
        QStringList toFormat3{QStringLiteral("DROP INDEX path_event_by_kind_patient")};
        for (const char *trigger : {"patient_added", "patient_removed", "event_added", "event_removed", "event_changed",
                                    "presence_added", "presence_removed", "presence_changed", "session_moved"})
            toFormat3 << QStringLiteral("DROP TRIGGER patient_summary_%1").arg(QLatin1String(trigger));
        toFormat3 << QStringLiteral("DROP TABLE patient_summary");
        for (const char *table : {"quiz_answer", "quiz_question", "quiz", "material", "guide_origin", "package_sent"})
            toFormat3 << QStringLiteral("DROP TABLE %1").arg(QLatin1String(table));
        QVERIFY(raw(toFormat3).isEmpty());
        QVERIFY(raw({
                     QStringLiteral("INSERT INTO patient (id, code) VALUES (1, 'P-2024-0001'), (2, 'P-2024-0002'), (3, 'P-2024-0003')"),
                     QStringLiteral("INSERT INTO path_event (patient_id, kind, date) VALUES (1, '%1', '2024-01-10'), (1, '%1', '2024-02-01'), "
                                    "(2, '%1', '2024-03-05'), (2, '%2', '2024-03-20')").arg(consent, assessment),
                     QStringLiteral("PRAGMA user_version = 3")})
                    .isEmpty());
        QCOMPARE(FileProbe::inspect(path, Migrations::latestVersion()).schemaVersion, 3);

        auto opened = ProgrammeFile::open(path);
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        QCOMPARE(opened.migratedFrom, 3);
        QCOMPARE(opened.file->schemaVersion(), Migrations::latestVersion());
        QVERIFY(opened.backupPath.contains(QStringLiteral("sauvegarde-format3")));
        const DeclarationFacts facts = DeclarationStore(*opened.file).facts(QDate(2025, 1, 1));
        QCOMPARE(facts.patientsConsented, 2); // patient 1 twice: one patient
        QCOMPARE(facts.assessments, 1);
        QCOMPARE(facts.finalEvaluations, 0);
        QVERIFY(opened.file->integrityProblems().isEmpty());
        opened.file.reset();
        QCOMPARE(raw({}, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'path_event_by_kind_patient'")),
                 QStringList{QStringLiteral("CREATE INDEX path_event_by_kind_patient ON path_event(kind, patient_id)")});
        // The count the declaration asks is answered by the index without reading the table.
        const QStringList plan = raw({}, QStringLiteral("EXPLAIN QUERY PLAN SELECT count(DISTINCT patient_id) FROM path_event WHERE kind = 'x'"));
        QCOMPARE(plan, QStringList{QStringLiteral("SEARCH path_event USING COVERING INDEX path_event_by_kind_patient (kind=?)")});
    }

    void aFileOpenElsewhereIsOfferedReadOnly()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        auto first = ProgrammeFile::open(path);
        QVERIFY(!first.error);
        auto second = ProgrammeFile::open(path);
        QCOMPARE(second.error.code(), FileError::Locked);
        QVERIFY(second.lockedBy.has_value());
        QCOMPARE(second.lockedBy->host, QSysInfo::machineHostName());
        QVERIFY(second.error.message().contains(QSysInfo::machineHostName()));
        QVERIFY(second.error.message().contains(QStringLiteral("lecture seule")));
        auto readOnly = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(!readOnly.error);
        first.file.reset();
        QVERIFY(!QFile::exists(FileLock::lockPathFor(path)));
        QVERIFY(!ProgrammeFile::open(path).error);
    }

    void aLockFromAnotherMachineIsRespected()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        QFile lock(FileLock::lockPathFor(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("marie")},
                                             {QStringLiteral("host"), QStringLiteral("poste-infirmier-12")},
                                             {QStringLiteral("pid"), 4242},
                                             {QStringLiteral("since"), QStringLiteral("2026-02-03T08:14:00Z")}})
                       .toJson());
        lock.close();
        auto opened = ProgrammeFile::open(path);
        QCOMPARE(opened.error.code(), FileError::Locked);
        QCOMPARE(opened.lockedBy->user, QStringLiteral("marie"));
        QVERIFY(opened.error.message().contains(QStringLiteral("poste-infirmier-12")));
        QVERIFY(opened.error.message().contains(QStringLiteral("marie")));
        QVERIFY(QFile::exists(FileLock::lockPathFor(path))); // not stolen
    }

    void aStaleLockOfThisMachineIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        QFile lock(FileLock::lockPathFor(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("moi")},
                                             {QStringLiteral("host"), QSysInfo::machineHostName()},
                                             {QStringLiteral("pid"), 2147483000},
                                             {QStringLiteral("since"), QStringLiteral("2026-02-03T08:14:00Z")}})
                       .toJson());
        lock.close();
        auto opened = ProgrammeFile::open(path);
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
    }

    void saveCopyAsWritesAPrivateConsistentCopy()
    {
        QTemporaryDir dir;
        auto opened = ProgrammeFile::open(newProgramme(dir));
        QVERIFY(!FieldStore(*opened.file).setValue(ProgrammeFields::title(), QStringLiteral("Copie « fidèle »")));
        const QString copy = dir.filePath(QStringLiteral("copie.etp"));
        QVERIFY(!opened.file->saveCopyAs(copy));
        QCOMPARE(unixPermissions(copy), ownerOnly);
        QVERIFY(!opened.file->saveCopyAs(copy)); // replacing an existing copy works too
        auto reopened = ProgrammeFile::open(copy, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(!reopened.error);
        QCOMPARE(FieldStore(*reopened.file).value(ProgrammeFields::title()), QStringLiteral("Copie « fidèle »"));
        QCOMPARE(opened.file->saveCopyAs(opened.file->path()).code(), FileError::AlreadyExists);
    }

    void aCopyIsNeverWrittenOverTheFileItself()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        auto opened = ProgrammeFile::open(path);
        QVERIFY(!FieldStore(*opened.file).setValue(ProgrammeFields::title(), QStringLiteral("Précieux")));
        const QString link = dir.filePath(QStringLiteral("lien.etp"));
        QVERIFY(QFile::link(path, link));
        QCOMPARE(opened.file->saveCopyAs(link).code(), FileError::AlreadyExists);
        QCOMPARE(opened.file->saveCopyAs(dir.filePath(QStringLiteral("./p.etp"))).code(), FileError::AlreadyExists);
        QCOMPARE(FieldStore(*opened.file).value(ProgrammeFields::title()), QStringLiteral("Précieux"));
        QVERIFY(opened.file->integrityProblems().isEmpty());

        // Nor over a programme another Kit ETP has open.
        const QString other = newProgramme(dir, QStringLiteral("autre.etp"));
        auto otherOpen = ProgrammeFile::open(other);
        QVERIFY(!otherOpen.error);
        const QByteArray before = testutil::readAll(other);
        QCOMPARE(opened.file->saveCopyAs(other).code(), FileError::Locked);
        QCOMPARE(testutil::readAll(other), before);
    }

    void aLockFileCutShortIsTakenOverWhenNobodyHoldsIt()
    {
        QTemporaryDir dir;
        const QString path = newProgramme(dir);
        const QString lockPath = FileLock::lockPathFor(path);
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("{\"user\": \"ma"); // a crash while writing it
        lock.close();
        // A Kit ETP writing its lock right now would hold the OS lock on the programme and on the lock file:
        // nobody does, so it is a crash's leftover, taken over at once (the 10-second grace is for network
        // folders, where there is no OS lock on the programme).
        auto opened = ProgrammeFile::open(path);
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
    }

    void transactionsNestAndAnInnerFailureRollsEverythingBack()
    {
        QTemporaryDir dir;
        auto opened = ProgrammeFile::open(newProgramme(dir));
        ProgrammeFile &file = *opened.file;
        QSignalSpy changed(&file, &ProgrammeFile::changed);
        FieldStore fields(file);
        {
            Transaction outer(file);
            QVERIFY(!fields.setValue(QStringLiteral("contact.name"), QStringLiteral("A")));
            QCOMPARE(changed.count(), 0); // waits for the outermost commit
            QVERIFY(outer.commit());
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(fields.value(QStringLiteral("contact.name")), QStringLiteral("A"));
        {
            Transaction outer(file);
            QVERIFY(!fields.setValue(QStringLiteral("contact.name"), QStringLiteral("B")));
            {
                Transaction inner(file);
                QVERIFY(inner.isActive());
                // destroyed without commit: a failure
            }
            QVERIFY(!outer.commit());
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(fields.value(QStringLiteral("contact.name")), QStringLiteral("A"));
    }

    void migrationScriptsSplitIntoStatements()
    {
        const QStringList s = Migrations::splitScript(QStringLiteral(
            "-- a comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n  y TEXT -- inline\n);\n"
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET y = 1;\n  UPDATE b SET y = 2;\nEND;\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(s.at(2).endsWith(QStringLiteral("END;")));
        QVERIFY(Migrations::latestVersion() >= 2);
        QVERIFY(!Migrations::statements(1).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString crashPath = qEnvironmentVariable("KITETP_CRASH_WRITER");
    if (!crashPath.isEmpty())
        return crashWriter(crashPath, qEnvironmentVariableIsSet("KITETP_CRASH_MID_TRANSACTION"));
    TestStorage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storage.moc"
