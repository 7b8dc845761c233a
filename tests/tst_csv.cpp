// SPDX-License-Identifier: EUPL-1.2
#include "core/Csv.h"
#include "core/Dates.h"
#include "patientfixture.h"
#include "storage/PatientCsv.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace kitetp;
using K = PathEvent::Kind;

namespace {
QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(testutil::readAll(path), QCryptographicHash::Sha256);
}
bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
const QDate today(2025, 6, 30);
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parserReadsQuotedFields()
    {
        const QByteArray data = "\xEF\xBB\xBF" "a;b;c\r\n\"x;y\";\"il a dit \"\"oui\"\"\";\"deux\nlignes\"\r\n\r\nlast;;\n";
        const Csv::Parsed p = Csv::parse(data);
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.separator, QLatin1Char(';'));
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records.at(1).cells, (QStringList{QStringLiteral("x;y"), QStringLiteral("il a dit \"oui\""), QStringLiteral("deux\nlignes")}));
        QCOMPARE(p.records.at(2).line, 5); // line numbers count the line break inside the quoted cell
        QCOMPARE(p.records.at(2).cells, (QStringList{QStringLiteral("last"), QString(), QString()}));
        QCOMPARE(Csv::parse("a,b\n1,2\n").separator, QLatin1Char(','));
        QVERIFY(!Csv::parse("a;b\n\"open;2\n").error.isEmpty());
        // Not UTF-8 from the start: Windows-1252 (Excel's French CSV), 0x80-0x9F included (€, œ, ’).
        const Csv::Parsed cp1252 = Csv::parse("a;b\n\xe9t\xe9;\x80 \x9c\x92\n");
        QVERIFY2(cp1252.error.isEmpty(), qPrintable(cp1252.error));
        QCOMPARE(cp1252.records.at(1).cells, (QStringList{QStringLiteral("été"), QStringLiteral("€ œ’")}));
        // UTF-8 first, then bytes that are not: two encodings, refused whole.
        QByteArray mixed = "a;b\n\xc3\xa9t\xc3\xa9;1\n";
        mixed += QByteArray(100000, 'x') + "\n\xe9;2\n";
        QVERIFY(!Csv::parse(mixed).error.isEmpty());
        // A tab-separated file (a spreadsheet's "Texte (séparateur : tabulation)").
        const Csv::Parsed tabs = Csv::parse("a\tb\tc;d\n1\t2\t3;4\n");
        QCOMPARE(tabs.separator, QLatin1Char('\t'));
        QCOMPARE(tabs.records.at(1).cells, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3;4")}));
    }

    // The century rule of two-digit years in files (docs/csv-patients.md): 20yy unless that date is after today.
    void twoDigitYearsAreThisCenturyUnlessInTheFuture()
    {
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("05/01/24"), today), QDate(2024, 1, 5));
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("5/1/24"), today), QDate(2024, 1, 5));
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("30/06/25"), today), QDate(2025, 6, 30)); // today itself
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("01/07/25"), today), QDate());   // 1925: before 1990, refused
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("01/07/95"), today), QDate(1995, 7, 1));
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("5/1/2024"), today), QDate(2024, 1, 5));
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("2024-01-05"), today), QDate(2024, 1, 5));
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("31/02/24"), today), QDate());
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("05/01/2"), today), QDate());
        QCOMPARE(Dates::parseImportedDate(QStringLiteral("a5/01/24"), today), QDate());
    }

    // Files as spreadsheets write them (tests/data/csv): French column labels; Excel's Windows-1252; a stray empty
    // column at the end of each line, LF and blank lines at the end. Each imports every row.
    void spreadsheetFilesImportEveryRow_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("objective");
        QTest::newRow("French headers, UTF-8 with BOM") << QStringLiteral("patients-entetes-francais.csv") << QStringLiteral("Gérer la fatigue");
        QTest::newRow("Windows-1252") << QStringLiteral("patients-windows-1252.csv") << QStringLiteral("Gérer la fatigue au cœur de l’hiver");
        QTest::newRow("trailing empty column") << QStringLiteral("patients-colonne-vide.csv") << QStringLiteral("Gérer la fatigue");
        QTest::newRow("re-saved by LibreOffice") << QStringLiteral("patients-libreoffice.csv") << QStringLiteral("Gérer la fatigue");
    }
    void spreadsheetFilesImportEveryRow()
    {
        QFETCH(QString, name);
        QFETCH(QString, objective);
        PatientFixture f;
        QVERIFY(f.create());
        f.file.reset();
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), f.path, testutil::data(QStringLiteral("csv/") + name)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 patients importés")), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        auto opened = ProgrammeFile::open(f.path, ProgrammeFile::Mode::ReadOnly);
        PatientStore store(*opened.file);
        const auto first = store.patientByCode(QStringLiteral("P-2024-0001"));
        QVERIFY(first);
        QCOMPARE(first->cancerSite, QStringLiteral("Sein"));
        QCOMPARE(first->treatment, QStringLiteral("Hormonothérapie orale"));
        const QList<Objective> objectives = store.objectives(first->id);
        QCOMPARE(objectives.size(), 2);
        QCOMPARE(objectives.first().label, objective);
        QCOMPARE(objectives.first().result, Objective::Result::Reached);
        QCOMPARE(store.plan(first->id).size(), 2);
        const QList<PathEvent> events = store.events(first->id);
        QCOMPARE(events.size(), 7); // proposal, two consents, assessment, plan, two follow-ups
        QCOMPARE(events.first().date, QDate(2024, 1, 8));
        QCOMPARE(events.last().date, QDate(2024, 3, 11));
        const auto second = store.patientByCode(QStringLiteral("P-2024-0002"));
        QVERIFY(second);
        QCOMPARE(second->cancerSite, QStringLiteral("Côlon-rectum"));
        QCOMPARE(second->status, Patient::Status::Completed);
        QCOMPARE(store.events(second->id).last().date, QDate(2024, 6, 17));
        QCOMPARE(store.objectives(second->id).first().result, Objective::Result::Partly);
        QVERIFY(store.patientByCode(QStringLiteral("P-2024-0003")));
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        for (const char *c : {"=cmd|' /C calc'!A0", "+33 6 00", "-2", "@SUM(A1)", "\tx", "'=already", "''x", "'plain", "normal"})
            QTest::newRow(c) << QString::fromUtf8(c);
    }
    void formulasAreNeutralised()
    {
        QFETCH(QString, cell);
        const QString safe = Csv::neutralise(cell);
        QVERIFY(!QStringLiteral("=+-@\t\r").contains(safe.front()));
        QCOMPARE(Csv::unneutralise(safe), cell);
    }

    void roundTripKeepsEverything()
    {
        PatientFixture f;
        QVERIFY(f.create());
        PatientStore store(*f.file);
        Patient p;
        p.code = QStringLiteral("P-2025-0001");
        p.firstName = QStringLiteral("Zoé");
        p.lastName = QStringLiteral("L'Œuvre; \"dite\" Fictive");
        p.birthYear = 1961;
        p.sex = QStringLiteral("F");
        p.contact = QStringLiteral("=HYPERLINK(\"http://x\")");
        p.notes = QStringLiteral("Première ligne\nDeuxième, avec virgule");
        p.cancerSite = QStringLiteral("Côlon-rectum");
        p.treatment = QStringLiteral("Thérapie ciblée orale");
        p.gpName = QStringLiteral("Dr Exemple");
        p.gpAddress = QStringLiteral("1 rue Imaginaire\n99999 Belleville");
        p.referral = QStringLiteral("-oncologue");
        p.status = Patient::Status::Completed;
        QVERIFY(!store.add(p));
        QVERIFY(f.addEvent(p.id, K::Proposal, {2025, 1, 5}));
        QVERIFY(f.addEvent(p.id, K::ConsentEntry, {2025, 1, 5}));
        QVERIFY(f.addEvent(p.id, K::ConsentShare, {2025, 1, 5}));
        QVERIFY(f.addEvent(p.id, K::Assessment, {2025, 1, 20}));
        QVERIFY(f.addEvent(p.id, K::Plan, {2025, 1, 20}));
        QVERIFY(f.addEvent(p.id, K::FollowUp, {2025, 3, 1}));
        QVERIFY(f.addEvent(p.id, K::FollowUp, {2025, 4, 1}));
        QVERIFY(f.addEvent(p.id, K::FinalEvaluation, {2025, 5, 2}));
        QVERIFY(f.addEvent(p.id, K::GpLetter, {2025, 5, 10}));
        QVERIFY(f.addEvent(p.id, K::Exit, {2025, 5, 20}, QStringLiteral("completed")));
        QVERIFY(!store.setPlan(p.id, {f.seances.at(0), f.seances.at(2)}));
        Objective o;
        o.patientId = p.id;
        o.label = QStringLiteral("Gérer « la fatigue » ; au quotidien");
        o.result = Objective::Result::Partly;
        QVERIFY(!store.addObjective(o));
        o.id = 0;
        o.label = QStringLiteral("Savoir qui appeler");
        o.result = Objective::Result::Pending;
        QVERIFY(!store.addObjective(o));
        f.addPatient(QStringLiteral("P-2025-0002"));

        for (const QString &sep : {QStringLiteral(";"), QStringLiteral(",")}) {
            const QString csv = f.dir.filePath(QStringLiteral("out%1.csv").arg(sep == QLatin1String(";") ? 1 : 2));
            PatientCsv::ExportOptions options;
            options.withIdentities = true;
            options.separator = sep.front();
            QVERIFY(!PatientCsv::writeFile(*f.file, csv, options));
            const QByteArray bytes = testutil::readAll(csv);
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QVERIFY(bytes.contains("'=HYPERLINK"));
            QVERIFY(!bytes.contains(QByteArray(sep.toUtf8() + "=HYPERLINK")));

            PatientFixture g;
            QVERIFY(g.create());
            PatientCsv::ImportPlan plan = PatientCsv::readFile(*g.file, csv, today);
            QVERIFY2(plan.fatal.isEmpty(), qPrintable(plan.fatal));
            QVERIFY2(plan.rejected.isEmpty(), qPrintable(plan.rejected.value(0).reason));
            QVERIFY(!PatientCsv::apply(*g.file, plan));
            PatientStore back(*g.file);
            const auto q = back.patientByCode(QStringLiteral("P-2025-0001"));
            QVERIFY(q);
            QCOMPARE(q->lastName, p.lastName);
            QCOMPARE(q->firstName, p.firstName);
            QCOMPARE(q->contact, p.contact);
            QCOMPARE(q->notes, p.notes);
            QCOMPARE(q->gpAddress, p.gpAddress);
            QCOMPARE(q->referral, p.referral);
            QCOMPARE(q->birthYear, 1961);
            QCOMPARE(q->status, Patient::Status::Completed);
            const QList<PathEvent> events = back.events(q->id);
            QCOMPARE(events.size(), 10);
            QCOMPARE(events.last().kind, K::Exit);
            QCOMPARE(events.last().reason, QStringLiteral("completed"));
            const QList<Objective> objectives = back.objectives(q->id);
            QCOMPARE(objectives.size(), 2);
            QCOMPARE(objectives.at(0).label, QStringLiteral("Gérer « la fatigue » ; au quotidien"));
            QCOMPARE(objectives.at(0).result, Objective::Result::Partly);
            QCOMPARE(objectives.at(1).result, Objective::Result::Pending);
            QCOMPARE(back.plan(q->id).size(), 2);
            QVERIFY(back.patientByCode(QStringLiteral("P-2025-0002")));
            // exporting the imported programme gives the same file
            const QString again = g.dir.filePath(QStringLiteral("again.csv"));
            QVERIFY(!PatientCsv::writeFile(*g.file, again, options));
            QCOMPARE(testutil::readAll(again), bytes);
        }
    }

    void identitiesAreLeftOutByDefault()
    {
        PatientFixture f;
        QVERIFY(f.create());
        f.addPatient(QStringLiteral("P-2025-0001"), QStringLiteral("Camille"), QStringLiteral("Imaginaire"));
        f.file.reset();
        const QString csv = f.dir.filePath(QStringLiteral("anon.csv"));
        auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), f.path, QStringLiteral("-o"), csv});
        QCOMPARE(r.status, 0);
        const QString text = QString::fromUtf8(testutil::readAll(csv));
        QVERIFY(text.contains(QStringLiteral("P-2025-0001")));
        QVERIFY(!text.contains(QStringLiteral("Camille")));
        QVERIFY(!text.contains(QStringLiteral("Imaginaire")));
        QVERIFY(!text.contains(QStringLiteral("prenom")));

        const QString withIds = f.dir.filePath(QStringLiteral("ids.csv"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), f.path, QStringLiteral("--with-identities"),
                              QStringLiteral("--separator"), QStringLiteral(","), QStringLiteral("-o"), withIds});
        QCOMPARE(r.status, 0);
        QVERIFY(QString::fromUtf8(testutil::readAll(withIds)).contains(QStringLiteral("Camille,Imaginaire")));
        QCOMPARE(QFileInfo(withIds).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("patients"), f.path, QStringLiteral("--separator"),
                              QStringLiteral("|"), QStringLiteral("-o"), withIds});
        QCOMPARE(r.status, 2);
    }

    void hostileFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("wrong columns") << QByteArray("nom_complet;age\nDupont;45\n");
        QTest::newRow("no code column") << QByteArray("statut;bilan\nen cours;01/02/2025\n");
        QTest::newRow("unterminated quote") << QByteArray("code;statut\n\"P-1;en cours\n");
        // UTF-8 (an é) then, past the reader's first chunk, Windows-1252 (another é): two encodings.
        QTest::newRow("two encodings") << (QByteArray("code;nom\nP-1;M\xc3\xa9lanie\n") + QByteArray(70000, '\n') + "P-2;M\xe9lanie\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\x01\x02SQLite format 3\x00", 20);
    }
    void hostileFilesChangeNothing()
    {
        QFETCH(QByteArray, data);
        PatientFixture f;
        QVERIFY(f.create());
        f.addPatient(QStringLiteral("P-0"));
        f.file.reset();
        const QString csv = f.dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(write(csv, data));
        const QByteArray before = fileHash(f.path);
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), f.path, csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rien n'a été importé")), qPrintable(r.err));
        QCOMPARE(fileHash(f.path), before);
    }

    // A file read in chunks gives the same records as one read whole: multi-byte characters, doubled quotes and CRLF
    // falling across the reader's 64 KB chunks.
    void chunksDoNotSplitCharactersOrQuotes()
    {
        QByteArray data = "code;notes\r\n";
        QStringList expected;
        const int rows = 8000;
        for (int i = 0; i < rows; ++i) {
            const QString note = QStringLiteral("é€😀 \"%1\" ; ligne\nsuite").arg(i);
            expected << note;
            QString quoted = note;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            data += QStringLiteral("P-%1;\"%2\"\r\n").arg(i).arg(quoted).toUtf8();
        }
        QVERIFY(data.size() > qsizetype(3) * 65536);
        const Csv::Parsed parsed = Csv::parse(data);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records.size(), rows + 1);
        for (int i = 0; i < rows; ++i) {
            QCOMPARE(parsed.records.at(i + 1).cells, QStringList({QStringLiteral("P-%1").arg(i), expected.at(i)}));
            QCOMPARE(parsed.records.at(i + 1).line, 2 + 2 * i);
        }
    }

    // A code pasted with an invisible U+FEFF in front (inside the cell, not at the start of the file) is imported
    // without it; before, the insert failed and the whole import said "disque plein".
    void aByteOrderMarkInsideACellIsDropped()
    {
        PatientFixture f;
        QVERIFY(f.create());
        f.file.reset();
        const QString csv = f.dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(write(csv, "\xEF\xBB\xBF" "code;statut;site_cancer\r\n\xEF\xBB\xBFP-BOM;en cours;Se\xEF\xBB\xBFin\r\nP-2;\xEF\xBB\xBF" "en cours;Rein\r\n"));
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), f.path, csv});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("2 patients importés")));
        auto opened = ProgrammeFile::open(f.path, ProgrammeFile::Mode::ReadOnly);
        const auto p = PatientStore(*opened.file).patientByCode(QStringLiteral("P-BOM"));
        QVERIFY(p);
        QCOMPARE(p->cancerSite, QStringLiteral("Sein"));
    }

    // Messages quote refused cells with their control characters escaped: a bell or an escape sequence from a file
    // never reaches the terminal (or a message box) raw.
    void controlCharactersAreEchoedEscaped()
    {
        PatientFixture f;
        QVERIFY(f.create());
        f.file.reset();
        const QString csv = f.dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(write(csv, "code;statut\r\nP-1;gu\x07" "\xC3\xA9ri\x1B[31m\r\n"));
        auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), f.path, csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ligne 2 refusée : statut inconnu « gu\\u0007éri\\u001b[31m »")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QChar(0x07)));
        QVERIFY(!r.err.contains(QChar(0x1b)));

        QVERIFY(write(csv, "code;\x1B]0:titre\x07\r\nP-1;x\r\n"));
        r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), f.path, csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Colonne inconnue « \\u001b]0:titre\\u0007 »")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QChar(0x1b)));
    }

    // An import that writes nothing does not migrate an old programme (nor leave a backup, however many attempts);
    // one that imports migrates it once, with one backup.
    void aRefusedImportLeavesAnOldFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ancien.etp"));
        QVERIFY(QFile::copy(testutil::data(QStringLiteral("programme-format1.etp")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = fileHash(path);
        const QString csv = dir.filePath(QStringLiteral("in.csv"));
        const auto backups = [&dir] { return QDir(dir.path()).entryList({QStringLiteral("*sauvegarde*")}, QDir::Files); };
        for (const QByteArray &refused : {QByteArray("nom_complet;age\nDupont;45\n"), QByteArray("code;statut\n\"P-1;en cours\n"),
                                          QByteArray("code;seances_prevues\nP-1;C9S9\nP-2;C9S9\n")}) {
            QVERIFY(write(csv, refused));
            const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), path, csv});
            QCOMPARE(r.status, 1);
            QCOMPARE(fileHash(path), before);
            QVERIFY2(backups().isEmpty(), qPrintable(backups().join(QLatin1Char(' '))));
        }
        QVERIFY(write(csv, "code;statut\nP-1;en cours\n"));
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), path, csv});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(backups().size(), 1);
        auto opened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(!opened.error);
        QVERIFY(PatientStore(*opened.file).patientByCode(QStringLiteral("P-1")));
    }

    // Streamed, the import still writes all or nothing: rows written before a quote left open on the last line are
    // rolled back.
    void aFileFoundUnusableAtItsEndImportsNothing()
    {
        PatientFixture f;
        QVERIFY(f.create());
        f.addPatient(QStringLiteral("P-0"));
        f.file.reset();
        QByteArray data = "code;statut;notes\r\n";
        for (int i = 1; i <= 3000; ++i)
            data += QStringLiteral("P-%1;en cours;%2\r\n").arg(i).arg(QString(40, QLatin1Char('n'))).toUtf8();
        data += "P-END;en cours;\"jamais refermé\r\n";
        const QString csv = f.dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(write(csv, data));
        const QByteArray before = fileHash(f.path);
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), f.path, csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rien n'a été importé : Guillemet non refermé à partir de la ligne 3002")), qPrintable(r.err));
        QCOMPARE(fileHash(f.path), before);
    }

    void badRowsAreReportedWithTheirLine()
    {
        PatientFixture f;
        QVERIFY(f.create());
        f.addPatient(QStringLiteral("P-EXISTE"));
        f.file.reset();
        QByteArray data = "code;statut;bilan;evaluation_finale;seances_prevues;objectifs;sortie;motif_sortie\r\n"
                          "P-OK;en cours;20/01/2025;;C1S1 C2S2;\"Objectif un [atteint]\nObjectif deux\";;\r\n" // line 2-3
                          "P-DATE;en cours;31/02/2025;;;;;\r\n"                                                   // 4
                          "P-FINAL;en cours;;01/03/2025;;;;\r\n"                                                  // 5
                          "P-EXISTE;en cours;;;;;;\r\n"                                                           // 6
                          "P-SEANCE;en cours;;;C9S9;;;\r\n"                                                       // 7
                          "P-COLS;en cours\r\n"                                                                   // 8
                          "P-STATUT;guéri;;;;;;\r\n"                                                              // 9
                          "P-FUTUR;en cours;01/01/2099;;;;;\r\n"                                                 // 10
                          "P-BIG;en cours;;;;\"" + QByteArray(qsizetype(10) * 1024 * 1024, 'x') + "\";;\r\n"             // 11
                          "P-SORTIE;en cours;20/01/2025;;;;01/01/2025;arrêt\r\n"                                 // 12
                          ";en cours;05/02/2025;;;;;\r\n";                                                        // 13: code generated
        const QString csv = f.dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(write(csv, data));
        // Refused lines: nothing imported, each line and its reason said, the programme file untouched.
        const QByteArray before = fileHash(f.path);
        const auto refused = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), f.path, csv});
        QCOMPARE(refused.status, 1);
        for (const int line : {4, 5, 6, 7, 8, 9, 10, 11, 12})
            QVERIFY2(refused.err.contains(QStringLiteral("ligne %1 refusée").arg(line)), qPrintable(refused.err.left(2000)));
        QVERIFY2(refused.err.contains(QStringLiteral("rien n'a été importé : 9 ligne")) &&
                     refused.err.contains(QStringLiteral("--skip-invalid importe les 2 ")),
                 qPrintable(refused.err.left(2000)));
        QVERIFY2(!refused.out.contains(QStringLiteral("importé")), qPrintable(refused.out));
        QCOMPARE(fileHash(f.path), before);
        // --skip-invalid: the valid ones are imported, the refused ones still reported.
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("patients"), f.path, csv, QStringLiteral("--skip-invalid")});
        QCOMPARE(r.status, 1);
        for (const int line : {4, 5, 6, 7, 8, 9, 10, 11, 12})
            QVERIFY2(r.err.contains(QStringLiteral("ligne %1 refusée").arg(line)), qPrintable(QString::number(line) + r.err.left(2000)));
        QVERIFY(!r.err.contains(QStringLiteral("ligne 2 ")));
        QVERIFY(!r.err.contains(QStringLiteral("ligne 13 ")));
        QVERIFY(r.err.contains(QStringLiteral("31/02/2025")));
        QVERIFY(r.err.contains(QStringLiteral("C9S9")));
        QVERIFY(r.out.contains(QStringLiteral("2 patients importés")));
        QVERIFY(r.err.size() < 5000); // the 10 MB cell is not echoed

        auto opened = ProgrammeFile::open(f.path);
        QVERIFY(!opened.error);
        PatientStore store(*opened.file);
        const auto ok = store.patientByCode(QStringLiteral("P-OK"));
        QVERIFY(ok);
        QCOMPARE(store.plan(ok->id).size(), 2);
        QCOMPARE(store.objectives(ok->id).size(), 2);
        QCOMPARE(store.objectives(ok->id).first().result, Objective::Result::Reached);
        QVERIFY(store.patientByCode(QStringLiteral("P-2025-0001")));
        QCOMPARE(store.summaries().size(), 3);
    }

    // The path's rules and labels (core/PatientPath) are translated: their tr context is the one lupdate records.
    void pathRulesSpeakTheChosenLanguage()
    {
        PatientFixture f;
        QVERIFY(f.create());
        f.file.reset();
        const QString csv = f.dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(write(csv, "code;statut;bilan;evaluation_finale;seances_prevues;objectifs;sortie;motif_sortie\r\n"
                           "P-SORTIE;en cours;20/01/2025;;;;01/01/2025;arrêt\r\n"));
        const QByteArray before = fileHash(f.path);
        const auto r = testutil::kitetp({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"),
                                         QStringLiteral("patients"), f.path, csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Shared educational assessment (The pathway has been closed since")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Bilan éducatif partagé")), qPrintable(r.err));
        QCOMPARE(fileHash(f.path), before);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
