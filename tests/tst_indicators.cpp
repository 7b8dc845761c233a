// SPDX-License-Identifier: EUPL-1.2
// Every indicator on the small fixture of EvaluationFixture.cpp; the expected figures are worked out by hand below.
#include "EvaluationFixture.h"

#include "core/ChartData.h"
#include "core/Indicators.h"
#include "storage/EvaluationStore.h"
#include "storage/IndicatorStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/QuestionnaireStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kitetp;

namespace {

const Indicator *find(const QList<Indicator> &list, const char *key)
{
    for (const Indicator &i : list)
        if (i.key == QLatin1String(key))
            return &i;
    return nullptr;
}

std::optional<double> value(const QList<Indicator> &list, const char *key)
{
    const Indicator *i = find(list, key);
    return i ? i->value : std::nullopt;
}

std::optional<double> row(const QList<Indicator> &list, const char *key, const char *rowKey)
{
    if (const Indicator *i = find(list, key))
        for (const Indicator::Row &r : i->breakdown)
            if (r.key == QString::fromUtf8(rowKey))
                return r.value;
    return std::nullopt;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ProgrammeFile> m_file;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto created = ProgrammeFile::create(m_dir.filePath(QStringLiteral("fixture.etp")));
        QVERIFY(!created.error);
        m_file = std::move(created.file);
        QVERIFY(evaluationFixture::fill(*m_file));
    }

    void activityOf2024()
    {
        const QList<Indicator> l = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2024)));
        // In the programme during 2024: P1 (entered 2023, left 2024), P2, P3, P4, P5 (left Feb 2024), P7; not P6 (left 2023).
        QCOMPARE(value(l, "patients.caseload"), 6.0);
        QCOMPARE(value(l, "patients.proposed"), 2.0);  // P2, P3 (P1's proposal is December 2023)
        QCOMPARE(value(l, "patients.entered"), 4.0);   // P2, P3, P7, and P4 on 31 December
        QCOMPARE(value(l, "patients.assessed"), 3.0);  // P1, P2, P3 (P4's is 2025)
        QCOMPARE(value(l, "patients.planned"), 2.0);   // P1, P2
        QCOMPARE(value(l, "patients.attended"), 3.0);  // present: P1, P3 (15 Jan), P1, P2 (20 May), P2 (31 Dec)
        QCOMPARE(value(l, "patients.completed"), 1.0); // P1 (P2 completes in 2025)
        QCOMPARE(value(l, "patients.stopped"), 2.0);   // P3 stopped, P7 moved
        QCOMPARE(row(l, "patients.stopped", "stopped"), 1.0);
        QCOMPARE(row(l, "patients.stopped", "moved"), 1.0);
        QCOMPARE(row(l, "patients.stopped", "died"), 0.0);
        QCOMPARE(value(l, "patients.lost"), 1.0); // P5
    }

    void sessionsOf2024()
    {
        const QList<Indicator> l = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2024)));
        // C1S1: 15 Jan (3 enrolled, 2 present), 31 Dec 17:00 (2 enrolled, 1 present): 2 held, 16 places.
        // C1S2: 20 May (3 enrolled, 2 present), 10 Sep (1 enrolled, nobody present: not held): 1 held, 10 places.
        QCOMPARE(value(l, "sessions.held"), 3.0);
        QCOMPARE(row(l, "sessions.held", "C1S1"), 2.0);
        QCOMPARE(row(l, "sessions.held", "C1S2"), 1.0);
        QCOMPARE(value(l, "sessions.places"), 26.0);
        QCOMPARE(value(l, "sessions.enrolled"), 9.0);
        QCOMPARE(value(l, "sessions.present"), 5.0);
        QCOMPARE(*value(l, "sessions.attendance_rate"), 100.0 * 5 / 9);
        QCOMPARE(row(l, "sessions.attendance_rate", "C1S1"), 60.0);
        QCOMPARE(row(l, "sessions.attendance_rate", "C1S2"), 50.0);
    }

    void processAndResultsOf2024()
    {
        const QList<Indicator> l = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2024)));
        QCOMPARE(value(l, "evaluations.final"), 2.0); // P1 (June), P2 (31 Dec)
        QCOMPARE(value(l, "letters.gp"), 3.0);        // P1, P3, P7 (P2's letter is January 2025)
        // P1: last present 20 May, letter 10 June = 21 days; P3: last present 15 Jan, letter 10 May = 116 days
        // (2024 is a leap year); P7 never attended: not counted.
        QCOMPARE(value(l, "letters.delay"), (21.0 + 116.0) / 2);
        QCOMPARE(row(l, "letters.delay", "letters"), 2.0);
        QCOMPARE(row(l, "letters.delay", "min"), 21.0);
        QCOMPARE(row(l, "letters.delay", "max"), 116.0);
        QCOMPARE(value(l, "consents.entry"), 4.0);
        QCOMPARE(value(l, "consents.share"), 1.0); // P2 (P1's is December 2023)
        // Objectives of P1 and P2 (final evaluations of 2024): reached 3, partly 1, not 1, one pending; P3's not counted.
        QCOMPARE(value(l, "objectives.reached"), 3.0);
        QCOMPARE(value(l, "objectives.partly"), 1.0);
        QCOMPARE(value(l, "objectives.not"), 1.0);
        QCOMPARE(value(l, "objectives.reached_rate"), 60.0);
    }

    void teamAndSatisfactionOf2024()
    {
        const QList<Indicator> l = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2024)));
        QCOMPARE(value(l, "team.members"), 3.0); // the facilitators of 2024's sessions (Delta only facilitated in 2023)
        QCOMPARE(row(l, "team.members", "Médecin"), 1.0);
        QCOMPARE(row(l, "team.members", "Infirmier"), 1.0);
        QCOMPARE(value(l, "team.training_hours"), 100.0);
        QCOMPARE(value(l, "team.trained40"), 2.0);
        QCOMPARE(value(l, "team.charters"), 1.0); // Bravo signs in 2025
        QCOMPARE(value(l, "team.patient_partners"), 1.0);
        // Two responses in 2024 (1 March, 31 December): Q1 = 5, 3; Q2 = 4, 5; one non-empty comment.
        QCOMPARE(value(l, "satisfaction.responses"), 2.0);
        QCOMPARE(value(l, "satisfaction.mean"), (5.0 + 3 + 4 + 5) / 4);
        QCOMPARE(row(l, "satisfaction.mean", "1"), 4.0);
        QCOMPARE(row(l, "satisfaction.mean", "2"), 4.5);
        QCOMPARE(value(l, "satisfaction.satisfied_rate"), 75.0);
        QCOMPARE(value(l, "satisfaction.comments"), 1.0);
    }

    void periodBoundaries()
    {
        const IndicatorStore store(*m_file);
        // P1 entered on 20 December 2023 and completed in June 2024: an entry of 2023, a completion of 2024.
        const QList<Indicator> y2023 = Indicators::list(store.compute(Period::year(2023)));
        QCOMPARE(value(y2023, "patients.entered"), 1.0);
        QCOMPARE(value(y2023, "patients.completed"), 1.0); // P6
        // The session of 31 December 2023 at 23:30 belongs to 2023.
        QCOMPARE(value(y2023, "sessions.held"), 1.0);
        QCOMPARE(row(y2023, "sessions.held", "C1S2"), 1.0);
        // P2 entered in 2024 and completed on 10 January 2025; P4 entered on 31 December 2024.
        const QList<Indicator> y2025 = Indicators::list(store.compute(Period::year(2025)));
        QCOMPARE(value(y2025, "patients.entered"), 0.0);
        QCOMPARE(value(y2025, "patients.completed"), 1.0);
        QCOMPARE(value(y2025, "sessions.held"), 1.0); // 1 January 2025 only
        QCOMPARE(value(y2025, "satisfaction.responses"), 1.0);
        // A date range: the last day is included.
        const QList<Indicator> december = Indicators::list(store.compute(Period::range(QDate(2024, 12, 1), QDate(2024, 12, 31))));
        QCOMPARE(value(december, "patients.entered"), 1.0);
        QCOMPARE(value(december, "sessions.held"), 1.0);
        QCOMPARE(value(december, "evaluations.final"), 1.0);
        // Entries per month of 2024: February, March, July, December.
        const IndicatorData d = store.compute(Period::year(2024));
        QCOMPARE(d.entriesByMonth.value(QStringLiteral("2024-02")), 1);
        QCOMPARE(d.entriesByMonth.value(QStringLiteral("2024-12")), 1);
        QCOMPARE(d.entriesByMonth.size(), 4);
    }

    void aYearWithoutActivitySaysNoData()
    {
        const QList<Indicator> l = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2010)));
        for (const char *key : {"patients.entered", "patients.completed", "sessions.held", "sessions.attendance_rate",
                                "letters.delay", "objectives.reached", "satisfaction.mean", "patients.caseload"})
            QVERIFY2(!value(l, key).has_value(), key);
        QCOMPARE(Indicators::valueText(value(l, "patients.entered"), Indicator::Unit::Count), QStringLiteral("pas de données"));
        // The team is counted as of the period: nobody facilitated in 2010.
        QVERIFY(!value(l, "team.members").has_value());
    }

    void teamOfAPastYearIsTheTeamOfThatYear()
    {
        // 2023: Delta (no longer active today) and Alpha facilitated; Alpha signed her charter in March 2024.
        const QList<Indicator> l = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2023)));
        QCOMPARE(value(l, "team.members"), 2.0);
        QCOMPARE(row(l, "team.members", "Médecin"), 2.0);
        QCOMPARE(value(l, "team.training_hours"), 80.0);
        QCOMPARE(value(l, "team.charters"), 0.0);
        QCOMPARE(value(l, "team.patient_partners"), 0.0);
        // 2025: Bravo only.
        const QList<Indicator> y2025 = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2025)));
        QCOMPARE(value(y2025, "team.members"), 1.0);
        QCOMPARE(value(y2025, "team.charters"), 1.0);
    }

    void hasProcessIndicatorsAreProportions()
    {
        const QList<Indicator> l = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2024)));
        // Entered in 2024: P2, P3, P4, P7. Assessed from entry on: P2, P3, P4 (January 2025); a plan: P2 only.
        struct Expected
        {
            const char *key;
            int numerator;
            int denominator;
        };
        const Expected expected[] = {
            {"has.assessment", 3, 4},
            {"has.plan", 1, 4},
            {"has.final_evaluation", 1, 1}, // P1 completed in June after her final evaluation
            {"has.gp_entry", 1, 1},         // P2 consented to sharing; her GP got a letter in January 2025
            {"has.gp_end", 1, 1},           // P1: letter 10 June, after her final evaluation of 1 June
        };
        for (const Expected &e : expected) {
            const Indicator *i = find(l, e.key);
            QVERIFY2(i, e.key);
            QCOMPARE(i->section, Indicator::Section::Quality);
            QCOMPARE(i->unit, Indicator::Unit::Percent);
            QCOMPARE(i->numerator, std::optional<int>(e.numerator));
            QCOMPARE(i->denominator, std::optional<int>(e.denominator));
            QCOMPARE(*i->value, 100.0 * e.numerator / e.denominator);
            QVERIFY2(i->definition.contains(QStringLiteral("d'après les indicateurs HAS 2014 — à vérifier")), e.key);
        }
        QCOMPARE(Indicators::fractionText(*find(l, "has.assessment")), QStringLiteral("3 sur 4"));
        // Team meetings are not recorded by the file: no figure, and the definition says why.
        QVERIFY(!value(l, "has.team_meetings").has_value());
        QVERIFY(find(l, "has.team_meetings")->definition.contains(QStringLiteral("Non calculable")));
        // No entry at all: no proportion, not 0 %.
        const QList<Indicator> y2010 = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2010)));
        QVERIFY(!value(y2010, "has.assessment").has_value());
        QVERIFY(!find(y2010, "has.assessment")->denominator.has_value());
    }

    // Every indicator of 2024 as printed: its unit and its text, breakdown rows included (a count of letters is
    // never printed in days).
    void everyIndicatorHasItsUnitAndFormat_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("text");
        using U = Indicator::Unit;
        const QList<std::tuple<const char *, U, const char *>> rows = {
            {"patients.caseload", U::Count, "6"}, {"patients.proposed", U::Count, "2"}, {"patients.entered", U::Count, "4"},
            {"patients.assessed", U::Count, "3"}, {"patients.planned", U::Count, "2"}, {"patients.attended", U::Count, "3"},
            {"patients.completed", U::Count, "1"}, {"patients.stopped", U::Count, "2"}, {"patients.lost", U::Count, "1"},
            {"sessions.held", U::Count, "3"}, {"sessions.attendance_rate", U::Percent, "55,6\u00a0%"},
            {"sessions.places", U::Count, "26"}, {"sessions.enrolled", U::Count, "9"}, {"sessions.present", U::Count, "5"},
            {"evaluations.final", U::Count, "2"}, {"letters.gp", U::Count, "3"}, {"letters.delay", U::Days, "68,5 jours"},
            {"letters.delay/letters", U::Count, "2"}, {"letters.delay/min", U::Days, "21,0 jours"},
            {"letters.delay/max", U::Days, "116,0 jours"}, {"consents.entry", U::Count, "4"}, {"consents.share", U::Count, "1"},
            {"objectives.reached", U::Count, "3"}, {"objectives.partly", U::Count, "1"}, {"objectives.not", U::Count, "1"},
            {"objectives.reached_rate", U::Percent, "60,0\u00a0%"}, {"has.assessment", U::Percent, "75,0\u00a0%"},
            {"has.plan", U::Percent, "25,0\u00a0%"}, {"has.team_meetings", U::Count, "pas de données"},
            {"team.members", U::Count, "3"}, {"team.training_hours", U::Hours, "100 h"}, {"team.trained40", U::Count, "2"},
            {"team.charters", U::Count, "1"}, {"team.patient_partners", U::Count, "1"},
            {"sessions.attendance_rate/C1S1", U::Percent, "60,0\u00a0%"},
            {"satisfaction.responses", U::Count, "2"}, {"satisfaction.mean", U::Score, "4,25"},
            {"satisfaction.mean/2", U::Score, "4,50"}, {"satisfaction.satisfied_rate", U::Percent, "75,0\u00a0%"},
            {"satisfaction.comments", U::Count, "1"},
        };
        for (const auto &[key, unit, text] : rows)
            QTest::newRow(key) << QString::fromUtf8(key) << int(unit) << QString::fromUtf8(text);
    }

    void everyIndicatorHasItsUnitAndFormat()
    {
        QFETCH(QString, key);
        QFETCH(int, unit);
        QFETCH(QString, text);
        const QList<Indicator> l = Indicators::list(IndicatorStore(*m_file).compute(Period::year(2024)));
        const QStringList parts = key.split(QLatin1Char('/'));
        const Indicator *i = find(l, parts.first().toUtf8().constData());
        QVERIFY(i);
        if (parts.size() == 1) {
            QCOMPARE(int(i->unit), unit);
            QCOMPARE(Indicators::valueText(i->value, i->unit), text);
            return;
        }
        for (const Indicator::Row &r : i->breakdown)
            if (r.key == parts.at(1)) {
                QCOMPARE(int(r.unit), unit);
                QCOMPARE(Indicators::valueText(r.value, r.unit), text);
                return;
            }
        QFAIL("no such breakdown row");
    }

    void emptyProgrammeHasNoDataAnywhere()
    {
        QTemporaryDir dir;
        auto created = ProgrammeFile::create(dir.filePath(QStringLiteral("empty.etp")));
        QVERIFY(!created.error);
        const QList<Indicator> l = Indicators::list(IndicatorStore(*created.file).compute(Period::year(2025)));
        QVERIFY(l.size() > 20);
        for (const Indicator &i : l) {
            QVERIFY2(!i.hasData(), qPrintable(i.key));
            QVERIFY2(!i.definition.isEmpty(), qPrintable(i.key));
        }
        for (const ChartData &c : EvaluationCharts::all(IndicatorStore(*created.file).compute(Period::year(2025)),
                                                        IndicatorStore(*created.file).years(2022, 2025)))
            QVERIFY2(c.isEmpty(), qPrintable(c.id));
    }

    void chartSeriesComeFromTheIndicators()
    {
        const IndicatorStore store(*m_file);
        const IndicatorData d = store.compute(Period::year(2024));
        const ChartData entries = EvaluationCharts::entriesPerMonth(d);
        QCOMPARE(entries.categories.size(), 12);
        QCOMPARE(entries.series.first().values, (QList<double>{0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1}));
        const ChartData funnel = EvaluationCharts::funnel(d);
        QCOMPARE(funnel.series.first().values, (QList<double>{4, 3, 2, 3, 2, 1}));
        const ChartData attendance = EvaluationCharts::attendanceBySeance(d);
        QCOMPARE(attendance.categories, (QStringList{QStringLiteral("C1S1"), QStringLiteral("C1S2")}));
        QCOMPARE(attendance.series.first().values, (QList<double>{60, 50}));
        QCOMPARE(attendance.yMax, 100.0);
        QCOMPARE(EvaluationCharts::objectives(d).series.first().values, (QList<double>{3, 1, 1}));
        QCOMPARE(EvaluationCharts::satisfaction(d).series.first().values, (QList<double>{0, 0, 1, 1, 2}));
        const QList<IndicatorData> years = store.years(2022, 2025);
        const ChartData trends = EvaluationCharts::trends(years);
        QCOMPARE(trends.categories, (QStringList{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025")}));
        QCOMPARE(trends.series.at(0).values, (QList<double>{1, 1, 4, 0})); // entered: P5, P1, four, none
        QCOMPARE(trends.series.at(2).values, (QList<double>{0, 1, 1, 1})); // completed: -, P6, P1, P2
        const ChartData rates = EvaluationCharts::trendRates(years);
        QCOMPARE(rates.series.at(0).values.at(2), 100.0 * 5 / 9);
        QCOMPARE(rates.series.at(0).values.at(3), 100.0); // 2025: P4 present on 1 January
        // A date range over two years labels the months with their year.
        const ChartData range = EvaluationCharts::entriesPerMonth(store.compute(Period::range(QDate(2024, 11, 15), QDate(2025, 2, 1))));
        QCOMPARE(range.categories.size(), 4);
        QCOMPARE(range.series.first().values, (QList<double>{0, 1, 0, 0}));
        QVERIFY(range.categories.at(1).endsWith(QLatin1String("2024")));
    }

    void notesAndActionsAreStoredPerPeriod()
    {
        EvaluationStore store(*m_file);
        QVERIFY(!store.setNote(QStringLiteral("2024"), QStringLiteral("worked"), QStringLiteral("Les ateliers <b>du jeudi</b>")));
        QCOMPARE(store.note(QStringLiteral("2024"), QStringLiteral("worked")), QStringLiteral("Les ateliers <b>du jeudi</b>"));
        QVERIFY(store.note(QStringLiteral("2025"), QStringLiteral("worked")).isEmpty());
        const QList<EvaluationAction> actions = {{QStringLiteral("Relancer les absents"), QStringLiteral("IDE"), QDate(2025, 3, 1)},
                                                 {QStringLiteral("Former un patient partenaire"), QString(), QDate()}};
        QVERIFY(!store.setActions(QStringLiteral("2024"), actions));
        QCOMPARE(store.actions(QStringLiteral("2024")), actions);
        // Refused: an action without text, an absurd date, a huge note; nothing changes.
        QVERIFY(store.setActions(QStringLiteral("2024"), {{QString(), QString(), QDate()}}));
        QVERIFY(store.setActions(QStringLiteral("2024"), {{QStringLiteral("x"), QString(), QDate(2500, 1, 1)}}));
        QVERIFY(store.setNote(QStringLiteral("2024"), QStringLiteral("worked"), QString(30000, QLatin1Char('x'))));
        QCOMPARE(store.actions(QStringLiteral("2024")), actions);
        QCOMPARE(store.note(QStringLiteral("2024"), QStringLiteral("worked")), QStringLiteral("Les ateliers <b>du jeudi</b>"));
        QVERIFY(!store.setNote(QStringLiteral("2024"), QStringLiteral("worked"), QString()));
        QVERIFY(!store.notes(QStringLiteral("2024")).contains(QStringLiteral("worked")));
        QVERIFY(!store.setActions(QStringLiteral("2024"), {}));
    }

    void questionnaireRefusesBadInputAndKeepsAnsweredQuestions()
    {
        QuestionnaireStore store(*m_file);
        const QList<Question> questions = store.questions();
        QCOMPARE(questions.size(), 3);
        // An answered question can neither be removed nor change kind.
        QVERIFY(store.removeQuestion(questions.first().id));
        Question changed = questions.first();
        changed.kind = Question::Kind::Text;
        QVERIFY(store.updateQuestion(changed));
        QCOMPARE(store.questions().first().kind, Question::Kind::Likert);
        QuestionnaireResponse bad;
        bad.date = QDate(2024, 5, 1);
        bad.likert = {{questions.first().id, 6}};
        QVERIFY(store.addResponse(bad));
        bad.likert.clear();
        bad.date = QDate(1890, 1, 1);
        QVERIFY(store.addResponse(bad));
        QCOMPARE(store.responses().size(), 3);
        const QList<QuestionnaireResponse> in2024 = store.responses(QDate(2024, 1, 1), QDate(2024, 12, 31));
        QCOMPARE(in2024.size(), 2);
        QCOMPARE(in2024.last().texts.value(questions.at(2).id), QStringLiteral("Très bien <b>merci</b>"));
        QCOMPARE(in2024.first().likert.value(questions.at(1).id), 5);
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
