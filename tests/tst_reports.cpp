// SPDX-License-Identifier: EUPL-1.2
// The command line of the evaluation: `kitetp indicators` (text, JSON against docs/indicators.md, CSV) and
// `kitetp export report` (annual and four-year PDFs, read back with pdftotext).
#include "EvaluationFixture.h"
#include "storage/FieldStore.h"
#include "testutil.h"

#include "core/Evaluation.h"
#include "storage/DeclarationStore.h"
#include "storage/EvaluationStore.h"
#include "storage/ProgrammeFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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
        QVERIFY(!notes.setNote(QStringLiteral("2022-2025"), QStringLiteral("effects_conclusion"), QStringLiteral("Des patients plus autonomes.")));
        QVERIFY(!notes.setNote(QStringLiteral("2022-2025"), QStringLiteral("decision"), QStringLiteral("Poursuivre le programme.")));
        QVERIFY(!FieldStore(*created.file).setValue(QStringLiteral("programme.start"), QStringLiteral("2022-01-15")));
        QVERIFY(!FieldStore(*created.file).setValue(QStringLiteral("programme.criteria"),
                                                    QStringLiteral("- Taux de présence aux séances d'au moins 50 %\n"
                                                                   "- Au moins trois patients sur quatre ont un bilan partagé")));
        QVERIFY(!notes.setNote(QStringLiteral("2024"), EvaluationNotes::criteriaKey(),
                               EvaluationNotes::appraisalsToStored({{QStringLiteral("Taux de présence aux séances d'au moins 50 %"),
                                                                     QStringLiteral("sessions.attendance_rate"),
                                                                     QStringLiteral("Tenu, de justesse")}})));
        QVERIFY(!notes.setNote(QStringLiteral("2024"), QStringLiteral("items"), QStringLiteral("La présence aux séances collectives.")));
        QVERIFY(!notes.setActions(QStringLiteral("2023"), {{QStringLiteral("Créer un atelier <script>nutrition</script>"), QStringLiteral("Diététicienne"),
                                                             QDate(), EvaluationAction::State::Done}}));
        if (qEnvironmentVariableIsSet("KITETP_KEEP_FIXTURE"))
            QVERIFY(!created.file->saveCopyAs(qEnvironmentVariable("KITETP_KEEP_FIXTURE")));
    }

    void jsonFollowsTheDocumentedShape()
    {
        const auto r = testutil::kitetp({QStringLiteral("indicators"), m_path, QStringLiteral("--calendar"), QStringLiteral("--year"),
                                         QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        // docs/indicators.md: format, version, generator, programme, period{from,to,key,label}, indicators[].
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("kitetp-indicators"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
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
                                      QStringLiteral("quality"), QStringLiteral("team"), QStringLiteral("satisfaction")};
        const QStringList units = {QStringLiteral("count"), QStringLiteral("percent"), QStringLiteral("days"),
                                   QStringLiteral("hours"), QStringLiteral("score")};
        QStringList keys;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("breakdown"), QStringLiteral("definition"), QStringLiteral("denominator"),
                                            QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("numerator"),
                                            QStringLiteral("section"), QStringLiteral("text"), QStringLiteral("unit"),
                                            QStringLiteral("value")}));
            QVERIFY(sections.contains(o.value(QStringLiteral("section")).toString()));
            QVERIFY(units.contains(o.value(QStringLiteral("unit")).toString()));
            QVERIFY(!o.value(QStringLiteral("definition")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("value")).isDouble() || o.value(QStringLiteral("value")).isNull());
            for (const QJsonValue &b : o.value(QStringLiteral("breakdown")).toArray()) {
                const QJsonObject row = b.toObject();
                QCOMPARE(row.keys(), (QStringList{QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("unit"), QStringLiteral("value")}));
                QVERIFY(units.contains(row.value(QStringLiteral("unit")).toString()));
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
        QCOMPARE(valueOf(QStringLiteral("has.assessment")).toDouble(), 75.0);
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
        auto r = testutil::kitetp({QStringLiteral("indicators"), m_path, QStringLiteral("--calendar"), QStringLiteral("--year"), QStringLiteral("2024")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Patients entrés dans le programme : 4")));
        QVERIFY(r.out.contains(QStringLiteral("Consentements d'entrée dans le programme datés dans la période.")));
        r = testutil::kitetp({QStringLiteral("indicators"), m_path, QStringLiteral("--calendar"), QStringLiteral("--year"),
                              QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("csv-machine")});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("period_from,period_to,section,key,row,label,value,unit,definition"));
        QVERIFY(lines.contains(QStringLiteral("2024-01-01,2024-12-31,activity,sessions.held,C1S1,Connaissance de la maladie,2,count,")
                                   .replace(QStringLiteral("C1S1,Connaissance"), QStringLiteral("C1S1,C1S1 — Connaissance"))));
        // --format csv: for a French spreadsheet (";", decimal comma, BOM, dates dd/mm/yyyy).
        QProcess french; // the bytes as they are: QString::fromUtf8 would drop the byte order mark
        french.start(QStringLiteral(KITETP_BINARY), {QStringLiteral("indicators"), m_path, QStringLiteral("--calendar"), QStringLiteral("--year"),
                                                     QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(french.waitForFinished(120000));
        QCOMPARE(french.exitCode(), 0);
        const QByteArray bytes = french.readAllStandardOutput();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF" "Du;Au;Section;"), bytes.left(100).constData());
        QVERIFY2(bytes.contains("\r\n01/01/2024;31/12/2024;"), bytes.left(400).constData());
        QVERIFY2(bytes.contains(";55,56;%;"), bytes.left(400).constData());
        // xlsx needs a file: a usage error that says where.
        r = testutil::kitetp({QStringLiteral("indicators"), m_path, QStringLiteral("--format"), QStringLiteral("xlsx")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("export indicators")));
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
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--calendar"),
                                         QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Période couverte : du lundi 1 janvier 2024 au mardi 31 décembre 2024.")));
        const QString layout = pdfText(pdf);
        const QString text = layout.simplified();
        QVERIFY(text.contains(QStringLiteral("Auto-évaluation annuelle — année 2024")));
        QVERIFY(!text.contains(QStringLiteral("Rapport partiel")));
        // The six parts of the HAS annual report, in order.
        qsizetype last = -1;
        for (const QString &part : {QStringLiteral("1. Le programme en bref"), QStringLiteral("2. Démarche d'auto-évaluation"),
                                    QStringLiteral("3. Activité, processus et résultats"), QStringLiteral("4. Indicateurs de processus"),
                                    QStringLiteral("5. Analyse et actions d'amélioration"), QStringLiteral("6. Mise à disposition des patients")}) {
            const qsizetype at = text.indexOf(part);
            QVERIFY2(at > last, qPrintable(part));
            last = at;
        }
        QVERIFY(rowShows(layout, QStringLiteral("Patients entrés"), QStringLiteral("4")));
        QVERIFY(rowShows(layout, QStringLiteral("Taux de présence"), QStringLiteral("55,6 %")));
        QVERIFY(rowShows(layout, QStringLiteral("File active"), QStringLiteral("6")));
        QVERIFY(pdfDrawnText(pdf).contains(QStringLiteral("Consentements d'entrée dans le programme datés dans la période.")));
        QVERIFY(text.contains(QStringLiteral("68,5 jours")));
        // A count under a delay is a count: "2", never "2,0 jours".
        QVERIFY(QRegularExpression(QStringLiteral("Courriers pris en compte\\s+2\\s")).match(layout).hasMatch());
        QVERIFY(!QRegularExpression(QStringLiteral("Courriers pris en compte\\s+[0-9,]+ jours")).match(layout).hasMatch());
        // The declared criteria, each printed with the figure set against it and the team's appraisal.
        const QString drawn = pdfDrawnText(pdf);
        QVERIFY(drawn.contains(QStringLiteral("Taux de présence aux séances d'au moins 50 %")));
        QVERIFY(drawn.contains(QStringLiteral("Au moins trois patients sur quatre ont un bilan partagé")));
        QVERIFY(drawn.contains(QStringLiteral("Tenu, de justesse")));
        QVERIFY(drawn.contains(QStringLiteral("Taux de présence : 55,6 %")));
        // The HAS process indicators as proportions, labelled as such.
        QVERIFY(drawn.contains(QStringLiteral("75,0 % (3 sur 4)")));
        QVERIFY(drawn.contains(QStringLiteral("d'après les indicateurs HAS 2014 — à vérifier")));
        // How the self-evaluation was done, entered by the team; an empty part says "À compléter."
        QVERIFY(text.contains(QStringLiteral("La présence aux séances collectives.")));
        QVERIFY(text.contains(QStringLiteral("À compléter.")));
        // User text comes out literally; last year's actions are followed up with their state.
        QVERIFY(text.contains(QStringLiteral("Les ateliers <b>du jeudi</b> & le café")));
        QVERIFY(text.contains(QStringLiteral("Appeler chaque absent sous 48 h")));
        QVERIFY(text.contains(QStringLiteral("IDE coordinatrice")));
        const qsizetype followUp = text.indexOf(QStringLiteral("Suivi des actions de la période précédente (année 2023)"));
        QVERIFY(followUp > 0);
        QVERIFY(text.indexOf(QStringLiteral("Créer un atelier <script>nutrition</script>"), followUp) > followUp);
        QVERIFY(text.indexOf(QStringLiteral("réalisée"), followUp) > followUp);
        QVERIFY(!text.contains(QStringLiteral("Prénom")));
        QVERIFY(testutil::pdfPages(pdf) >= 4);
    }

    void annualReportOnAProgrammeYear()
    {
        // programme.start is 15 January 2022 and no effective date is recorded: years run from 15 January, and the
        // report says why.
        const QString pdf = out(QStringLiteral("programme-year.pdf"));
        auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--year"),
                                   QStringLiteral("2024"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Période couverte : du lundi 15 janvier 2024 au mardi 14 janvier 2025.")));
        QVERIFY(r.out.contains(QStringLiteral("n'est pas enregistrée")));
        QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Auto-évaluation annuelle — année de programme 3")));
        QVERIFY(text.contains(QStringLiteral("La date de prise d'effet de la déclaration n'est pas enregistrée")));

        // Effective on 1 July 2022 (mid-year): the programme year beginning in 2024 is 1 July 2024 – 30 June 2025.
        const QString anchored = out(QStringLiteral("anchored.etp"));
        QVERIFY(QFile::copy(m_path, anchored));
        {
            auto opened = ProgrammeFile::open(anchored);
            QVERIFY(!opened.error);
            DeclarationStore declaration(*opened.file);
            QVERIFY(!declaration.setDated(DeclarationEvent::Kind::Sent, QDate(2022, 4, 20)));
            QVERIFY(!declaration.setDated(DeclarationEvent::Kind::Acknowledged, QDate(2022, 7, 1)));
        }
        r = testutil::kitetp({QStringLiteral("indicators"), anchored, QStringLiteral("--year"), QStringLiteral("2024"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.status, 0);
        const QJsonObject period = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("period")).toObject();
        QCOMPARE(period.value(QStringLiteral("from")).toString(), QStringLiteral("2024-07-01"));
        QCOMPARE(period.value(QStringLiteral("to")).toString(), QStringLiteral("2025-06-30"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), anchored, QStringLiteral("--year"),
                              QStringLiteral("2024"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("prise d'effet de la déclaration, le vendredi 1 juillet 2022")));
        // The year before the programme is refused: exit 1, a message.
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), anchored, QStringLiteral("--year"),
                              QStringLiteral("2021"), QStringLiteral("-o"), out(QStringLiteral("before.pdf"))});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("précède le début du programme")));
        QVERIFY(!QFile::exists(out(QStringLiteral("before.pdf"))));
    }

    void partialAndFreePeriodsAreSaidSo()
    {
        // A period that is not over today is flagged as partial, on stdout and in the PDF; a free period is not
        // called "annuelle".
        const QDate today = QDate::currentDate();
        const QString pdf = out(QStringLiteral("partial.pdf"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--from"),
                                         today.addDays(-20).toString(Qt::ISODate), QStringLiteral("--to"),
                                         today.addDays(40).toString(Qt::ISODate), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("(en cours : rapport partiel)")));
        const QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Rapport partiel : la période n'est pas terminée")));
        QVERIFY(text.contains(QStringLiteral("Rapport d'évaluation sur une période libre")));
        QVERIFY(!text.contains(QStringLiteral("Auto-évaluation annuelle")));
    }

    void fourYearReportPdf()
    {
        const QString pdf = out(QStringLiteral("four.pdf"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--calendar"),
                                         QStringLiteral("--four-year"), QStringLiteral("--to"), QStringLiteral("2025"),
                                         QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        const QString layout = pdfText(pdf);
        const QString text = layout.simplified();
        QVERIFY(text.contains(QStringLiteral("Évaluation quadriennale 2022–2025")));
        const QStringList parts = {QStringLiteral("1. Le programme, le coordonnateur et l'équipe"), QStringLiteral("2. Conduite de l'évaluation"),
                                   QStringLiteral("3. Effets du programme"), QStringLiteral("Conclusion sur les effets"),
                                   QStringLiteral("4. Évolution du programme"), QStringLiteral("Profil des patients entrés chaque année"),
                                   QStringLiteral("Indicateurs de processus"), QStringLiteral("Conclusion sur l'évolution"),
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
        const QString drawn = pdfDrawnText(pdf);
        // (the narrow cell wraps the markup after "</": compare without spaces)
        QVERIFY(QString(drawn).remove(QLatin1Char(' ')).contains(QStringLiteral("2023Créerunatelier<script>nutrition</script>Diététicienne—réalisée")));
        QVERIFY(drawn.contains(QStringLiteral("Appeler chaque absent sous 48 h")));
        // The trend table: entries per year 2022..2025 = 1, 1, 4, 0.
        bool found = false;
        for (const QString &line : layout.split(QLatin1Char('\n')))
            if (line.simplified().startsWith(QStringLiteral("Patients entrés dans le programme")))
                found = line.simplified().endsWith(QStringLiteral(" 1 1 4 0"));
        QVERIFY(found);
        // The patients' profile is counted, never named.
        QVERIFY(text.contains(QStringLiteral("Localisation du cancer")));
        QVERIFY(!text.contains(QStringLiteral("Prénom")));
        // The parts the team has not written say so, none is dropped.
        QVERIFY(text.contains(QStringLiteral("À compléter.")));
    }

    void fourYearReportStartsWithTheProgramme()
    {
        // The programme began on 15 January 2022: a four-year report ending in 2023 has two years, never 2020-2021.
        const QString pdf = out(QStringLiteral("four-short.pdf"));
        auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--calendar"),
                                   QStringLiteral("--four-year"), QStringLiteral("--to"), QStringLiteral("2023"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        QString text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Évaluation quadriennale 2022–2023")));
        QVERIFY(text.contains(QStringLiteral("Le programme a commencé le samedi 15 janvier 2022 : le rapport ne remonte pas avant.")));
        QVERIFY(!text.contains(QStringLiteral("2020")));
        QVERIFY(!text.contains(QStringLiteral("2021")));
        // In programme years: from 15 January 2022.
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--four-year"),
                              QStringLiteral("--to"), QStringLiteral("2025"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("15 janvier 2022 au mercredi 14 janvier 2026")));
        text = pdfText(pdf).simplified();
        QVERIFY(text.contains(QStringLiteral("Évaluation quadriennale 2022–2026")));
    }

    void indicatorsForASpreadsheet()
    {
        const QString csv = out(QStringLiteral("indicateurs.csv"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("indicators"), m_path, QStringLiteral("--calendar"),
                                         QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), csv});
        QCOMPARE(r.status, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF")); // UTF-8 byte order mark: accents right in a spreadsheet
        const QStringList lines = QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("Du;Au;Section;Indicateur;Détail;Valeur;Unité;Numérateur;Dénominateur;Définition;Clé"));
        auto line = [&lines](const QString &key) {
            for (const QString &l : lines)
                if (l.endsWith(QLatin1Char(';') + key))
                    return l;
            return QString();
        };
        QVERIFY(line(QStringLiteral("sessions.attendance_rate")).contains(QStringLiteral(";55,56;%;")));
        QVERIFY(line(QStringLiteral("letters.delay")).contains(QStringLiteral(";68,5;jours;")));
        QVERIFY(line(QStringLiteral("letters.delay/letters")).contains(QStringLiteral(";2;nombre;")));
        QVERIFY(line(QStringLiteral("has.assessment")).contains(QStringLiteral(";75;%;3;4;")));
        QVERIFY(line(QStringLiteral("patients.entered")).contains(QStringLiteral(";4;nombre;")));
        // No data is an empty cell, not 0.
        QVERIFY(line(QStringLiteral("has.team_meetings")).contains(QStringLiteral(";;nombre;")));
        QVERIFY(!QString::fromUtf8(data).contains(QStringLiteral("Prénom")));
        // No output: a usage error.
        QCOMPARE(testutil::kitetp({QStringLiteral("export"), QStringLiteral("indicators"), m_path}).status, 2);
    }

    void reportNeedsAnOutput()
    {
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), m_path, QStringLiteral("--year"), QStringLiteral("2024")});
        QCOMPARE(r.status, 2);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
