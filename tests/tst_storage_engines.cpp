// SPDX-License-Identifier: EUPL-1.2
// The programme on both engines: an SQLite file and a PostgreSQL 15 database (storage/Engine.h). The cases that do
// not depend on what a file is (locks, kill -9, damaged bytes: tst_storage) run once per engine ("engine" column);
// the server's own (its schema against the file's, libpq URIs, databases refused) run against the throw-away cluster
// test.sh starts (scripts/pg-cluster.sh), named by KITETP_TEST_PG: one database per test case, dropped after it.
// Without a reachable server every case FAILS: none is skipped.
#include "core/AppInfo.h"
#include "core/Declaration.h"
#include "core/ProgrammeFields.h"
#include "storage/DeclarationStore.h"
#include "storage/Engine.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/Migrations.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

using namespace kitetp;

namespace {

// The server of KITETP_TEST_PG, on an administrator's connection of its own.
class TestServer
{
public:
    static QString adminUri() { return qEnvironmentVariable("KITETP_TEST_PG"); }

    // Runs one statement as the administrator; returns the error text, empty when it worked.
    static QString run(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const QUrl url(adminUri());
        const QString name = QStringLiteral("kitetp-test-admin");
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
            db.setUserName(url.userName());
            db.setDatabaseName(database);
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    error = q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    // The URI of `database` on the same server, as the user would write it (socket form).
    static QString uriOf(const QString &database)
    {
        QUrl url(adminUri());
        url.setPath(QLatin1Char('/') + database);
        return url.toString();
    }
};

QString nextDatabaseName()
{
    static QAtomicInt counter;
    return QStringLiteral("kitetp_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

class TestStorageEngines : public QObject
{
    Q_OBJECT

    QString m_database; // this test case's, on the server
    std::optional<QTemporaryDir> m_dir; // a new one per case

    void engines()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    // A new programme on the engine of this row: a file, or this case's database on the server.
    QString newProgramme(bool server, const QString &name = QStringLiteral("p.etp"))
    {
        QString where = server ? TestServer::uriOf(m_database) : m_dir->filePath(name);
        auto created = ProgrammeFile::create(where);
        if (created.error)
            qWarning() << created.error.message();
        return where;
    }

private Q_SLOTS:
    void init()
    {
        if (TestServer::adminUri().isEmpty())
            QFAIL("KITETP_TEST_PG is not set: run ./test.sh, which starts a PostgreSQL cluster (scripts/pg-cluster.sh)");
        m_dir.emplace();
        m_database = nextDatabaseName();
        const QString error = TestServer::run(QStringLiteral("CREATE DATABASE %1").arg(m_database));
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("the server of KITETP_TEST_PG is unreachable: ") + error));
    }

    void cleanup()
    {
        if (!m_database.isEmpty())
            TestServer::run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        m_database.clear();
    }

    // -- on both engines --------------------------------------------------------------------------------------

    void editsSurviveClosingAndReopening_data() { engines(); }
    void editsSurviveClosingAndReopening()
    {
        QFETCH(bool, server);
        const QString where = newProgramme(server);
        {
            auto opened = ProgrammeFile::open(where);
            QVERIFY2(!opened.error, qPrintable(opened.error.message()));
            QCOMPARE(opened.file->engine(), server ? Engine::Postgres : Engine::Sqlite);
            QCOMPARE(opened.file->schemaVersion(), Migrations::latestVersion());
            QCOMPARE(opened.file->meta(QStringLiteral("created_with")), AppInfo::version());
            FieldStore fields(*opened.file);
            QVERIFY(!fields.setValue(ProgrammeFields::title(), QStringLiteral("ONCOPLET — Nantes")));
            QVERIFY(!fields.setValues({{QStringLiteral("contact.email"), QStringLiteral("etp@chu.example")},
                                       {QStringLiteral("contact.name"), QStringLiteral("Dr Anaïs L'Hôte")}}));
            QVERIFY(!fields.setValue(ProgrammeFields::title(), QStringLiteral("ONCOPLET — Nantes « bis »"))); // an upsert
        }
        auto reopened = ProgrammeFile::open(where);
        QVERIFY2(!reopened.error, qPrintable(reopened.error.message()));
        FieldStore fields(*reopened.file);
        QCOMPARE(fields.value(ProgrammeFields::title()), QStringLiteral("ONCOPLET — Nantes « bis »"));
        QCOMPARE(fields.value(QStringLiteral("contact.name")), QStringLiteral("Dr Anaïs L'Hôte"));
        QCOMPARE(fields.values().value(QStringLiteral("contact.email")), QStringLiteral("etp@chu.example"));
        QVERIFY(reopened.file->integrityProblems().isEmpty());
    }

    void refusedValuesChangeNothing_data() { engines(); }
    void refusedValuesChangeNothing()
    {
        QFETCH(bool, server);
        auto opened = ProgrammeFile::open(newProgramme(server));
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        FieldStore fields(*opened.file);
        QVERIFY(!fields.setValue(QStringLiteral("programme.start"), QStringLiteral("2024-09-01")));
        QCOMPARE(fields.setValue(QStringLiteral("programme.start"), QStringLiteral("1789-07-14")).code(), FileError::InvalidInput);
        QCOMPARE(fields.value(QStringLiteral("programme.start")), QStringLiteral("2024-09-01"));
        QVERIFY(fields.setValues({{ProgrammeFields::title(), QStringLiteral("Nouveau titre")},
                                  {QStringLiteral("contact.email"), QStringLiteral("pas un courriel")}}));
        QVERIFY(fields.value(ProgrammeFields::title()) != QStringLiteral("Nouveau titre"));
    }

    void readOnlyRefusesWrites_data() { engines(); }
    void readOnlyRefusesWrites()
    {
        QFETCH(bool, server);
        const QString where = newProgramme(server);
        auto opened = ProgrammeFile::open(where, ProgrammeFile::Mode::ReadOnly);
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        QVERIFY(opened.file->isReadOnly());
        QCOMPARE(FieldStore(*opened.file).setValue(ProgrammeFields::title(), QStringLiteral("x")).code(), FileError::ReadOnly);
        // Refused by the engine too, not only by Kit ETP.
        QSqlQuery q(opened.file->database());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO programme_field(key, value) VALUES ('x', 'y')")));
    }

    void transactionsNestAndAnInnerFailureRollsEverythingBack_data() { engines(); }
    void transactionsNestAndAnInnerFailureRollsEverythingBack()
    {
        QFETCH(bool, server);
        auto opened = ProgrammeFile::open(newProgramme(server));
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        ProgrammeFile &file = *opened.file;
        QSignalSpy changed(&file, &ProgrammeFile::changed);
        FieldStore fields(file);
        {
            Transaction outer(file);
            QVERIFY(!fields.setValue(QStringLiteral("contact.name"), QStringLiteral("A")));
            QCOMPARE(changed.count(), 0);
            QVERIFY(outer.commit());
        }
        QCOMPARE(changed.count(), 1);
        {
            Transaction outer(file);
            QVERIFY(!fields.setValue(QStringLiteral("contact.name"), QStringLiteral("B")));
            {
                Transaction inner(file);
                QVERIFY(inner.isActive());
            }
            QVERIFY(!outer.commit());
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(fields.value(QStringLiteral("contact.name")), QStringLiteral("A"));
    }

    // New rows get ids as SQLite's rowids would: the next number, or the one given (an undone removal), after
    // which the next new row still gets a number of its own.
    void newRowsGetTheirIds_data() { engines(); }
    void newRowsGetTheirIds()
    {
        QFETCH(bool, server);
        auto opened = ProgrammeFile::open(newProgramme(server));
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        DeclarationStore store(*opened.file);
        Funding a{0, QStringLiteral("ARS"), 1250000, 2025, {}};
        QVERIFY(!store.addFunding(a));
        QVERIFY(a.id > 0);
        Funding given{a.id + 10, QStringLiteral("Ligue"), 300000, 0, QStringLiteral("rendue")};
        QVERIFY(!store.addFunding(given));
        QCOMPARE(given.id, a.id + 10);
        Funding next{0, QStringLiteral("Fondation"), 100, 0, {}};
        QVERIFY(!store.addFunding(next));
        QVERIFY(next.id > given.id);
        QCOMPARE(store.funding().size(), 3);
        QVERIFY(!store.removeFunding(given.id));
        QCOMPARE(store.funding().size(), 2);
    }

    // A guide with its séance, a patient and their path, a session and its attendance: the stores' own inserts
    // get their ids, flags are stored, and the patient list's summary (dates as Julian days) reads the same.
    void guidesPatientsAndSessionsOnBothEngines_data() { engines(); }
    void guidesPatientsAndSessionsOnBothEngines()
    {
        QFETCH(bool, server);
        const QString where = newProgramme(server);
        qint64 patientId = 0;
        {
            auto opened = ProgrammeFile::open(where);
            QVERIFY2(!opened.error, qPrintable(opened.error.message()));
            ProgrammeFile &file = *opened.file;
            GuideStore guides(file);
            Conducteur c;
            c.code = QStringLiteral("C1");
            c.title = QStringLiteral("Vivre avec la fatigue");
            Seance seance;
            seance.code = QStringLiteral("C1S1");
            seance.title = QStringLiteral("Comprendre sa fatigue");
            seance.durationMin = 90;
            seance.draft = true;
            seance.objectives = {QStringLiteral("Nommer trois causes"), QStringLiteral("Choisir une activité")};
            seance.steps = {SeanceStep{0, 90, QStringLiteral("Tour de table"), QStringLiteral("Photolangage"), {}}};
            c.seances = {seance};
            QVERIFY(!guides.addConducteur(c));
            QVERIFY(c.id > 0);
            QVERIFY(c.seances.first().id > 0);
            Conducteur twin;
            twin.code = QStringLiteral("C1");
            twin.title = QStringLiteral("Doublon");
            QCOMPARE(guides.addConducteur(twin).code(), FileError::InvalidInput); // the code is taken
            const auto stored = guides.seance(c.seances.first().id);
            QVERIFY(stored.has_value());
            QVERIFY(stored->draft);
            QCOMPARE(stored->objectives.size(), 2);
            QCOMPARE(stored->steps.size(), 1);

            PatientStore patients(file);
            Patient p;
            p.code = QStringLiteral("P-2024-0001");
            p.lastName = QStringLiteral("Le Gall");
            QVERIFY(!patients.add(p));
            QVERIFY(p.id > 0);
            patientId = p.id;
            PathEvent consent;
            consent.patientId = p.id;
            consent.kind = PathEvent::Kind::ConsentShare;
            consent.date = QDate(2024, 4, 1);
            QVERIFY(!patients.addEvent(consent));
            PathEvent assessment;
            assessment.patientId = p.id;
            assessment.kind = PathEvent::Kind::Assessment;
            assessment.date = QDate(2024, 5, 2);
            QVERIFY(!patients.addEvent(assessment));
            QVERIFY(assessment.id > consent.id);

            SessionStore sessions(file);
            Session session;
            session.seanceId = c.seances.first().id;
            session.startsAt = QDateTime(QDate(2024, 6, 10), QTime(14, 0));
            session.durationMin = 90;
            QVERIFY(!sessions.add(session));
            QVERIFY(session.id > 0);
            QVERIFY(!sessions.setAttendance({session.id, p.id, Attendance::Status::Present}));
            QCOMPARE(sessions.attendance(session.id).size(), 1);
            QVERIFY(!file.readFailure());
        }
        auto reopened = ProgrammeFile::open(where, ProgrammeFile::Mode::ReadOnly);
        QVERIFY2(!reopened.error, qPrintable(reopened.error.message()));
        const QList<PatientSummary> list = PatientStore(*reopened.file).summaries();
        QVERIFY(!reopened.file->readFailure());
        QCOMPARE(list.size(), 1);
        const PatientSummary &s = list.first();
        QCOMPARE(s.id, patientId);
        QCOMPARE(s.lastName, QStringLiteral("Le Gall"));
        QCOMPARE(s.entryDate, QDate(2024, 4, 1));
        QCOMPARE(s.assessmentDate, QDate(2024, 5, 2));
        QVERIFY(!s.planDate.isValid());
        QCOMPARE(s.lastPresence, QDate(2024, 6, 10));
        QCOMPARE(s.sessionsAttended, 1);
        QVERIFY(s.sharesWithGp);
        QCOMPARE(SessionStore(*reopened.file).sessions().size(), 1);
    }

    void tableCountsNameTheProgrammesTables_data() { engines(); }
    void tableCountsNameTheProgrammesTables()
    {
        QFETCH(bool, server);
        auto opened = ProgrammeFile::open(newProgramme(server));
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        QStringList tables;
        for (const auto &[table, count] : opened.file->tableCounts())
            tables << table;
        QVERIFY(tables.contains(QStringLiteral("patient_summary")));
        QVERIFY(tables.contains(QStringLiteral("quiz_answer")));
        QVERIFY(!tables.contains(QLatin1String(Dialect::formatTable)));
    }

    // -- the server's own ---------------------------------------------------------------------------------------

    // The same numbered migrations give the same tables and columns, in the same order, on both engines.
    void theSchemaIsTheSameOnBothEngines()
    {
        auto file = ProgrammeFile::open(newProgramme(false));
        auto server = ProgrammeFile::open(newProgramme(true));
        QVERIFY2(!file.error, qPrintable(file.error.message()));
        QVERIFY2(!server.error, qPrintable(server.error.message()));
        QSqlDatabase f = file.file->database();
        QSqlDatabase s = server.file->database();
        QCOMPARE(Dialect::tables(s), Dialect::tables(f));
        QVERIFY(Dialect::tables(f).size() >= 30);
        for (const QString &table : Dialect::tables(f))
            QCOMPARE(table + QLatin1Char(':') + Dialect::columns(s, table).join(QLatin1Char(',')),
                     table + QLatin1Char(':') + Dialect::columns(f, table).join(QLatin1Char(',')));
    }

    // An older programme on the server is migrated when opened for writing (one transaction), and ends up with the
    // schema of a new one; read-only, it is left as it is.
    void anOlderDatabaseIsMigratedWhenOpened()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("old"));
            const QUrl url(TestServer::adminUri());
            db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
            db.setUserName(url.userName());
            db.setDatabaseName(m_database);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::migrate(db, 0, 3, &error, Migrations::programmeMigrations, AppInfo::applicationId), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO patient(code) VALUES ('P-1')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO path_event(patient_id, kind, date) SELECT id, 'assessment', '2024-05-02' FROM patient")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO kitetp_meta(key, value) VALUES ('created_with', 'ancien')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        const QString uri = TestServer::uriOf(m_database);
        {
            auto ro = ProgrammeFile::open(uri, ProgrammeFile::Mode::ReadOnly);
            QVERIFY2(!ro.error, qPrintable(ro.error.message()));
            QCOMPARE(ro.file->schemaVersion(), 3);
        }
        auto opened = ProgrammeFile::open(uri);
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        QCOMPARE(opened.migratedFrom, 3);
        QCOMPARE(opened.file->schemaVersion(), Migrations::latestVersion());
        // Migration 005 filled the summary from the path already there.
        QSqlQuery q(opened.file->database());
        QVERIFY(q.exec(QStringLiteral("SELECT assessment, entry FROM patient_summary")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2024-05-02"));
        auto file = ProgrammeFile::open(newProgramme(false));
        QSqlDatabase f = file.file->database();
        QSqlDatabase s = opened.file->database();
        QCOMPARE(Dialect::tables(s), Dialect::tables(f));
        for (const QString &table : Dialect::tables(f))
            QCOMPARE(Dialect::columns(s, table), Dialect::columns(f, table));
    }

    // Migration 005's triggers keep the patient list's summary true on the server too.
    void theSummaryFollowsEveryWriteOnTheServer()
    {
        auto opened = ProgrammeFile::open(newProgramme(true));
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        QSqlQuery q(opened.file->database());
        const auto summary = [&q]() -> QString {
            if (!q.exec(QStringLiteral("SELECT coalesce(entry, '-'), coalesce(assessment, '-'), shares, present, "
                                       "coalesce(last_present, '-') FROM patient_summary")) || !q.next())
                return QStringLiteral("none: ") + q.lastError().text();
            QStringList out;
            for (int i = 0; i < 5; ++i)
                out << q.value(i).toString();
            return out.join(QLatin1Char(' '));
        };
        QVERIFY(q.exec(QStringLiteral("INSERT INTO patient(code) VALUES ('P-1')")));
        QCOMPARE(summary(), QStringLiteral("- - 0 0 -"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO path_event(patient_id, kind, date) SELECT id, 'assessment', '2024-05-02' FROM patient")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO path_event(patient_id, kind, date) SELECT id, 'consent_share', '2024-04-01' FROM patient")));
        QCOMPARE(summary(), QStringLiteral("2024-04-01 2024-05-02 1 0 -"));
        QVERIFY(q.exec(QStringLiteral("UPDATE path_event SET date = '2024-06-01' WHERE kind = 'assessment'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM path_event WHERE kind = 'consent_share'")));
        QCOMPARE(summary(), QStringLiteral("2024-06-01 2024-06-01 0 0 -"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO conducteur(code, title) VALUES ('C1', 'Vivre avec')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO seance(conducteur_id, code, title) SELECT id, 'S1', 'Fatigue' FROM conducteur")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO session(seance_id, starts_at) SELECT id, '2024-06-10T14:00' FROM seance")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO attendance(session_id, patient_id, status) SELECT s.id, p.id, 'present' FROM session s, patient p")));
        QCOMPARE(summary(), QStringLiteral("2024-06-01 2024-06-01 0 1 2024-06-10T14:00"));
        QVERIFY(q.exec(QStringLiteral("UPDATE session SET starts_at = '2024-06-12T14:00'")));
        QCOMPARE(summary(), QStringLiteral("2024-06-01 2024-06-01 0 1 2024-06-12T14:00"));
        QVERIFY(q.exec(QStringLiteral("UPDATE attendance SET status = 'absent'")));
        QCOMPARE(summary(), QStringLiteral("2024-06-01 2024-06-01 0 0 -"));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM patient")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM patient_summary")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Databases that are not Kit ETP programmes, or are newer, are refused with the files' messages, and left
    // as they were.
    void databasesThatAreNotProgrammesAreRefused()
    {
        const QString uri = TestServer::uriOf(m_database);
        auto empty = ProgrammeFile::open(uri);
        QCOMPARE(empty.error.code(), FileError::Empty);
        QVERIFY2(empty.error.message().contains(m_database), qPrintable(empty.error.message()));

        QVERIFY(TestServer::run(QStringLiteral("CREATE TABLE invoices (id INTEGER)"), m_database).isEmpty());
        for (auto mode : {ProgrammeFile::Mode::ReadWrite, ProgrammeFile::Mode::ReadOnly}) {
            auto foreign = ProgrammeFile::open(uri, mode);
            QCOMPARE(foreign.error.code(), FileError::Foreign);
            QVERIFY(foreign.error.message().contains(QStringLiteral("autre application")));
        }
        auto over = ProgrammeFile::create(uri); // never over another application's tables
        QCOMPARE(over.error.code(), FileError::AlreadyExists);
        QVERIFY(TestServer::run(QStringLiteral("SELECT id FROM invoices"), m_database).isEmpty());
        QVERIFY(TestServer::run(QStringLiteral("DROP TABLE invoices"), m_database).isEmpty());

        QVERIFY(!ProgrammeFile::create(uri).error);
        QCOMPARE(ProgrammeFile::create(uri).error.code(), FileError::AlreadyExists);
        QVERIFY(TestServer::run(QStringLiteral("UPDATE kitetp_format SET version = 99"), m_database).isEmpty());
        auto newer = ProgrammeFile::open(uri);
        QCOMPARE(newer.error.code(), FileError::TooNew);
        QVERIFY(newer.error.message().contains(QStringLiteral("plus récente")));
        QVERIFY(TestServer::run(QStringLiteral("UPDATE kitetp_format SET version = 1, application_id = 1234"), m_database).isEmpty());
        QCOMPARE(ProgrammeFile::open(uri).error.code(), FileError::Foreign);

        auto missing = ProgrammeFile::open(TestServer::uriOf(m_database + QStringLiteral("_absent")));
        QCOMPARE(missing.error.code(), FileError::NotFound);
        QVERIFY(missing.error.message().contains(QStringLiteral("introuvable")));
    }

    // The address as libpq writes it: the socket form (host= a folder), dbname= and port= in the query, the
    // host:port form; a password in it is refused (libpq's ~/.pgpass keeps it), so is an unknown parameter.
    void libpqAddressesAreUnderstood()
    {
        QVERIFY(!ProgrammeFile::create(TestServer::uriOf(m_database)).error);
        QUrl url(TestServer::adminUri());
        url.setPath(QStringLiteral("/"));
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("dbname"), m_database);
        query.addQueryItem(QStringLiteral("port"), QStringLiteral("5432"));
        query.addQueryItem(QStringLiteral("application_name"), QStringLiteral("kitetp-test"));
        url.setQuery(query);
        auto byQuery = ProgrammeFile::open(url.toString());
        QVERIFY2(!byQuery.error, qPrintable(byQuery.error.message()));
        QVERIFY(!byQuery.file->path().contains(QStringLiteral("password")));
        byQuery.file.reset();

        QVERIFY(ProgrammeFile::isServerUri(QStringLiteral("postgresql://coord@db.chu.example:5432/etp_oncoplet")));
        QVERIFY(!ProgrammeFile::isServerUri(QStringLiteral("/home/coord/etp_oncoplet.etp")));
        // The cluster has no TCP: the host form reaches no server, and says which database it meant.
        auto tcp = ProgrammeFile::open(QStringLiteral("postgresql://kitetp@127.0.0.1:1/etp_oncoplet?connect_timeout=2"));
        QCOMPARE(tcp.error.code(), FileError::Unreadable);
        QVERIFY2(tcp.error.message().contains(QStringLiteral("etp_oncoplet")), qPrintable(tcp.error.message()));

        QUrl withPassword(TestServer::uriOf(m_database));
        withPassword.setPassword(QStringLiteral("secret"));
        auto refused = ProgrammeFile::open(withPassword.toString());
        QCOMPARE(refused.error.code(), FileError::Unreadable);
        QVERIFY(refused.error.message().contains(QStringLiteral(".pgpass")));
        QVERIFY(!refused.error.message().contains(QStringLiteral("secret")));
        auto unknown = ProgrammeFile::open(TestServer::uriOf(m_database) + QStringLiteral("&options=-c%20x=1"));
        QCOMPARE(unknown.error.code(), FileError::Unreadable);
        QVERIFY(unknown.error.message().contains(QStringLiteral("options")));
    }

    void aCopyOfAServerProgrammeIsNotYetPossible()
    {
        auto opened = ProgrammeFile::open(newProgramme(true));
        QVERIFY2(!opened.error, qPrintable(opened.error.message()));
        QCOMPARE(opened.file->saveCopyAs(m_dir->filePath(QStringLiteral("copie.etp"))).code(), FileError::ExportRefused);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("copie.etp"))));
    }
};

QTEST_GUILESS_MAIN(TestStorageEngines)
#include "tst_storage_engines.moc"
