// The command line of the evaluation: `kitetp indicators` (text, JSON against docs/indicators.md, CSV) and
// `kitetp export report` (annual and four-year PDFs, read back with pdftotext).
#include "EvaluationFixture.h"
#include "storage/FieldStore.h"
#include "testutil.h"

#include "core/Evaluation.h"
#include "storage/EvaluationStore.h"
#include "storage/ProgrammeFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kitetp;

namespace {

// pdftotext gives ligatures (ﬁ, ﬀ) as single characters: compare in compatibility form.
QString pdfText(const QString &pdf)
{
    return testutil::pdfText(pdf).normalized(QString::NormalizationForm_KC);
}

// The text in the order it was drawn (cell after cell), for paragraphs that wrap inside a table cell.
QString pdfDrawnText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

// In `pdftotext -layout` output a table row's first line holds the start of the label and the value.
bool rowShows(const QString &layoutText, const QString &labelStart, const QString &value)
{
    for (const QString &line : layoutText.split(QLatin1Char('\n')))
        if (line.trimmed().startsWith(labelStart) && line.contains(QStringLiteral("  ") + value + QStringLiteral("  ")))
            return true;
    return false;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("fixture.etp"));
        auto created = ProgrammeFile::create(m_path);
        QVERIFY(!created.error);
        QVERIFY(evaluationFixture::fill(*created.file));
        EvaluationStore notes(*created.file);
        QVERIFY(!notes.setNote(QStringLiteral("2024"), QStringLiteral("worked"), QStringLiteral("Les ateliers <b>du jeudi</b> & le café")));
        QVERIFY(!notes.setNote(QStringLiteral("2024"), QStringLiteral("improve"), QStringLiteral("Relancer les absents")));
        QVERIFY(!notes.setActions(QStringLiteral("2024"), {{QStringLiteral("Appeler chaque absent sous 48 h"), QStringLiteral("IDE coordinatrice"), QDate(2025, 3, 31)}}));
        QVERIFY(!notes.setActions(QStringLiteral("2023"), {{QStringLiteral("Créer un atelier <script>nutrition</script>"), QStringLiteral("Diététicienne"), QDate()}}));
        QVERIFY(!notes.setNote(QStringLiteral("2022-2025"), QStringLiteral("effects_conclusion"), QStringLiteral("Des patients plus autonomes.")));
        QVERIFY(!notes.setNote(QStringLiteral("2022-2025"), QStringLiteral("decision"), QStringLiteral("Poursuivre le programme.")));
        QVERIFY(!FieldStore(*created.file).setValue(QStringLiteral("programme.start"), QStringLiteral("2022-01-15")));
        if (qEnvironmentVariableIsSet("KITETP_KEEP_FIXTURE"))
            QVERIFY(!created.file->saveCopyAs(qEnvironmentVariable("KITETP_KEEP_FIXTURE")));
    }

    void jsonFollowsTheDocumentedShape()
    {
        const auto r = testutil::kitetp({QStringLiteral("indicators"), m_path, QStringLiteral("--year"), QStringLiteral("2024"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        // docs/indicators.md: format, version, generator, programme, period{from,to,key,label}, indicators[].
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("kitetp-indicators"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(root.value(QStringLiteral("generator")).isString());
        QVERIFY(root.value(QStringLiteral("programme")).isString());
        const QJsonObject period = root.value(QStringLiteral("period")).toObject();
        QCOMPARE(period.value(QStringLiteral("from")).toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(period.value(QStringLiteral("to")).toString(), QStringLiteral("2024-12-31"));
        QCOMPARE(period.value(QStringLiteral("key")).toString(), QStringLiteral("2024"));
        QVERIFY(period.value(QStringLiteral("label")).isString());
        const QJsonArray list = root.value(QStringLiteral("indicators")).toArray();
        QVERIFY(list.size() > 20);
        const QStringList sections = {QStringLiteral("activity"), QStringLiteral("process"), QStringLiteral("results"),
                                      QStringLiteral("team"), QStringLiteral("satisfaction")};
        const QStringList units = {QStringLiteral("count"), QStringLiteral("percent"), QStringLiteral("days"),
                                   QStringLiteral("hours"), QStringLiteral("score")};
        QStringList keys;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("breakdown"), QStringLiteral("definition"), QStringLiteral("key"),
                                            QStringLiteral("label"), QStringLiteral("section"), QStringLiteral("text"),
                                            QStringLiteral("unit"), QStringLiteral("value")}));
            QVERIFY(sections.contains(o.value(QStringLiteral("section")).toString()));
            QVERIFY(units.contains(o.value(QStringLiteral("unit")).toString()));
            QVERIFY(!o.value(QStringLiteral("definition")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("value")).isDouble() || o.value(QStringLiteral("value")).isNull());
            for (const QJsonValue &b : o.value(QStringLiteral("breakdown")).toArray()) {
                const QJsonObject row = b.toObject();
                QCOMPARE(row.keys(), (QStringList{QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("value")}));
            }
            keys << o.value(QStringLiteral("key")).toString();
        }
        QCOMPARE(keys.removeDuplicates(), 0);
        auto valueOf = [&list](const QString &key) {
            for (const QJsonValue &v : list)
                if (v.toObject().value(QStringLiteral("key")).toString() == key)
                    return v.toObject().value(QStringLiteral("value"));
            return QJsonValue(QJsonValue::Undefined);
        };
        QCOMPARE(valueOf(QStringLiteral("patients.entered")).toDouble(), 4.0);
        QCOMPARE(valueOf(QStringLiteral("sessions.attendance_rate")).toDouble(), 55.56);
        QCOMPARE(valueOf(QStringLiteral("letters.delay")).toDouble(), 68.5);
        // No identity ever: the fixture's patients have first names and codes; the team has names.
        for (const QString &identity : {QStringLiteral("Prénom"), QStringLiteral("P1\""), QStringLiteral("Alpha"), QStringLiteral("Bravo")})
            QVERIFY2(!r.out.contains(identity), qPrintable(identity));
    }

    void jsonSaysNoDataWithNull()
    {
        const auto r = testutil::kitetp({QStringLiteral("indicators"), m_path, QStringLiteral("--from"), QStringLiteral("2010-01-01"),
                                         QStringLiteral("--to"), QStringLiteral("2010-06-30"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.status, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("indicators")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("key")).toString() == QLatin1String("patients.entered")) {
                QVERIFY(o.value(QStringLiteral("value")).isNull());
                QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("pas de données"));
            }
        }
    }

    void textAndCsv()
    {
        auto r = testutil::kitetp({QStringLiteral("indicators"), m_path, QStringLiteral("--year"), QStringLiteral("2024")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Patients entrés dans le programme : 4")));
        QVERIFY(r.out.contains(QStringLiteral("Consentements d'entrée dans le programme datés dans la période.")));
        r = testutil::kitetp({QStringLiteral("indicators"), m_path, QStringLiteral("--year"), QStringLiteral("2024"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("period_from,period_to,section,key,row,label,value,unit,definition"));
        QVERIFY(lines.contains(QStringLiteral("2024-01-01,2024-12-31,activity,sessions.held,C1S1,Connaissance de la maladie,2,count,")
                                   .replace(QStringLiteral("C1S1,Connaissance"), QStringLiteral("C1S1,C1S1 — Connaissance"))));
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("year") << QStringList{QStringLiteral("--year"), QStringLiteral("20x5")};
        QTest::newRow("absurd year") << QStringList{QStringLiteral("--year"), QStringLiteral("3025")};
        QTest::newRow("from alone") << QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01")};
        QTest::newRow("reversed") << QStringList{QStringLiteral("--from"), QStringLiteral("2024-12-01"), QStringLiteral("--to"), QStringLiteral("2024-01-01")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("31/02/2024"), QStringLiteral("--to"), QStringLiteral("2024-03-01")};
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
    }
    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, options);
        const auto r = testutil::kitetp(QStringList{QStringLiteral("indicators"), m_path} + options);
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("kitetp: ")));
        QVERIFY(r.out.isEmpty());
    }

    void missingFileIsAnInputFault()
    {
        const auto r = testutil::kitetp({QStringLiteral("indicators"), out(QStringLiteral("absent.etp"))});
        QCOMPARE(r.status, 1);
    }

    void annualReportPdf()
    {
        const QString pdf = out(QStringLiteral("annual.pdf"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--year"),
                                         QStringLiteral("2024"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        const QString layout = pdfText(pdf);
        const QString text = layout.simplified();
        QVERIFY(text.contains(QStringLiteral("Auto-évaluation annuelle — année 2024")));
        // In the order of evaluation.md: activity, process, results, then the team's analysis.
        const qsizetype activity = text.indexOf(QStringLiteral("1. Activité"));
        const qsizetype process = text.indexOf(QStringLiteral("2. Processus"));
        const qsizetype results = text.indexOf(QStringLiteral("3. Résultats"));
        const qsizetype analysis = text.indexOf(QStringLiteral("5. Analyse de l'équipe"));
        QVERIFY(activity > 0 && activity < process && process < results && results < analysis);
        QVERIFY(rowShows(layout, QStringLiteral("Patients entrés"), QStringLiteral("4")));
        QVERIFY(rowShows(layout, QStringLiteral("Taux de présence"), QStringLiteral("55,6 %")));
        QVERIFY(rowShows(layout, QStringLiteral("File active"), QStringLiteral("6")));
        QVERIFY(pdfDrawnText(pdf).contains(QStringLiteral("Consentements d'entrée dans le programme datés dans la période.")));
        QVERIFY(text.contains(QStringLiteral("68,5 jours")));
        // User text comes out literally.
        QVERIFY(text.contains(QStringLiteral("Les ateliers <b>du jeudi</b> & le café")));
        QVERIFY(text.contains(QStringLiteral("Appeler chaque absent sous 48 h")));
        QVERIFY(text.contains(QStringLiteral("IDE coordinatrice")));
        QVERIFY(!text.contains(QStringLiteral("Prénom")));
        QVERIFY(testutil::pdfPages(pdf) >= 4);
    }

    void fourYearReportPdf()
    {
        const QString pdf = out(QStringLiteral("four.pdf"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--four-year"),
                                         QStringLiteral("--to"), QStringLiteral("2025"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        const QString layout = pdfText(pdf);
        const QString text = layout.simplified();
        QVERIFY(text.contains(QStringLiteral("Évaluation quadriennale 2022–2025")));
        const QStringList parts = {QStringLiteral("1. Le programme, le coordonnateur et l'équipe"), QStringLiteral("2. Conduite de l'évaluation"),
                                   QStringLiteral("3. Effets du programme"), QStringLiteral("Conclusion sur les effets"),
                                   QStringLiteral("4. Évolution du programme"), QStringLiteral("Conclusion sur l'évolution"),
                                   QStringLiteral("5. Décisions pour l'avenir"), QStringLiteral("6. Mise à disposition du rapport")};
        qsizetype last = -1;
        for (const QString &p : parts) {
            const qsizetype at = text.indexOf(p);
            QVERIFY2(at > last, qPrintable(p));
            last = at;
        }
        QVERIFY(text.contains(QStringLiteral("Des patients plus autonomes.")));
        QVERIFY(text.contains(QStringLiteral("Poursuivre le programme.")));
        // Dates read as dates, in the reader's language.
        QVERIFY2(text.contains(QStringLiteral("15 janvier 2022")), qPrintable(text.left(2000)));
        QVERIFY(!text.contains(QStringLiteral("2022-01-15")));
        // The actions of the annual evaluations, with their year; markup stays text.
        QVERIFY(text.contains(QStringLiteral("Créer un atelier <script>nutrition</script>")));
        QVERIFY(text.contains(QStringLiteral("Appeler chaque absent sous 48 h")));
        // The trend table: entries per year 2022..2025 = 1, 1, 4, 0.
        bool found = false;
        for (const QString &line : layout.split(QLatin1Char('\n')))
            if (line.simplified().startsWith(QStringLiteral("Patients entrés dans le programme")))
                found = line.simplified().endsWith(QStringLiteral(" 1 1 4 0"));
        QVERIFY(found);
        // The sections without a note say so.
        QVERIFY(text.contains(QStringLiteral("Non renseigné.")));
    }

    void reportNeedsAnOutput()
    {
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--year"), QStringLiteral("2024")});
        QCOMPARE(r.status, 2);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
