// SPDX-License-Identifier: EUPL-1.2
// The programme's own year (ProgrammeCalendar), round chart axes, and years without data: absent from the charts
// (never drawn as 0) and said so.
#include "EvaluationFixture.h"

#include "charts/ChartFactory.h"
#include "core/ChartData.h"
#include "core/ProgrammeCalendar.h"
#include "storage/DeclarationStore.h"
#include "storage/EvaluationStore.h"
#include "storage/FieldStore.h"
#include "storage/IndicatorStore.h"
#include "storage/OutputFile.h"
#include "storage/ProgrammeFile.h"

#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace kitetp;

class TestEvaluationPeriods : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }

    void programmeYearsAreAnchoredOnTheEffectiveDate()
    {
        // Effective on 1 July 2022 (mid-year): the programme's years run from 1 July to 30 June.
        const ProgrammeCalendar c(QDate(2022, 7, 1), QDate(2022, 1, 15), false);
        QCOMPARE(c.anchor(), ProgrammeCalendar::Anchor::Effective);
        const Period second = c.yearStartingIn(2023);
        QCOMPARE(second.from, QDate(2023, 7, 1));
        QCOMPARE(second.to, QDate(2024, 6, 30));
        QCOMPARE(second.programmeYear, 2);
        QVERIFY(second.isYear() && !second.isCalendarYear());
        QCOMPARE(second.label(), QStringLiteral("année de programme 2 (du samedi 1 juillet 2023 au dimanche 30 juin 2024)"));
        // 30 June belongs to the year that ends that day; 1 July starts the next one.
        QCOMPARE(c.yearContaining(QDate(2024, 6, 30)).programmeYear, 2);
        QCOMPARE(c.yearContaining(QDate(2024, 7, 1)).programmeYear, 3);
        QCOMPARE(c.previous(second).from, QDate(2022, 7, 1));
        QVERIFY(c.anchorNote().contains(QStringLiteral("prise d'effet de la déclaration, le vendredi 1 juillet 2022")));
        // The deadlines: the next anniversary, and every fourth one.
        QCOMPARE(c.nextAnniversary(QDate(2023, 3, 1)), QDate(2023, 7, 1));
        QCOMPARE(c.nextAnniversary(QDate(2023, 7, 1)), QDate(2024, 7, 1));
        QCOMPARE(c.nextFourYearDeadline(QDate(2023, 3, 1)), QDate(2026, 7, 1));
        QCOMPARE(c.nextFourYearDeadline(QDate(2026, 7, 1)), QDate(2030, 7, 1));
        // A leap day anchor keeps a real date every year.
        const ProgrammeCalendar leap(QDate(2024, 2, 29), {}, false);
        QCOMPARE(leap.yearStartingIn(2025).from, QDate(2025, 2, 28));
    }

    void withoutEffectiveDateTheStartDateAnchorsWithANote()
    {
        const ProgrammeCalendar c({}, QDate(2022, 1, 15), false);
        QCOMPARE(c.anchor(), ProgrammeCalendar::Anchor::Start);
        QCOMPARE(c.yearStartingIn(2024).from, QDate(2024, 1, 15));
        QVERIFY(c.anchorNote().contains(QStringLiteral("n'est pas enregistrée")));
        // Neither date: calendar years, and the note says so.
        const ProgrammeCalendar none({}, {}, false);
        QVERIFY(none.calendarYears());
        QVERIFY(none.yearStartingIn(2024).isCalendarYear());
        QVERIFY(none.anchorNote().contains(QStringLiteral("années civiles")));
        QVERIFY(!none.nextAnniversary(QDate(2024, 1, 1)).isValid());
        // --calendar keeps calendar years even with an anchor.
        const ProgrammeCalendar calendar(QDate(2022, 7, 1), {}, true);
        QVERIFY(calendar.yearStartingIn(2024).isCalendarYear());
    }

    void fourYearsNeverStartBeforeTheProgramme()
    {
        // Begun in January 2024: the four-year report of 2025 has 2024 and 2025, not 2022 and 2023.
        const ProgrammeCalendar calendarYears({}, QDate(2024, 1, 10), true);
        const QList<Period> years = calendarYears.fourYears(Period::year(2025));
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.first().from, QDate(2024, 1, 1));
        const ProgrammeCalendar programme(QDate(2024, 1, 10), {}, false);
        const QList<Period> programmeYears = programme.fourYears(programme.yearStartingIn(2025));
        QCOMPARE(programmeYears.size(), 2);
        QCOMPARE(programmeYears.first().from, QDate(2024, 1, 10));
        QVERIFY(programme.beforeProgramme(programme.yearStartingIn(2023)));
        // Long enough: four years exactly.
        QCOMPARE(programme.fourYears(programme.yearStartingIn(2030)).size(), 4);
    }

    void theStoreReadsTheDeclarationsEffectiveDate()
    {
        auto created = ProgrammeFile::create(m_dir.filePath(QStringLiteral("anchor.etp")));
        QVERIFY(!created.error);
        ProgrammeFile &file = *created.file;
        QVERIFY(!FieldStore(file).setValue(QStringLiteral("programme.start"), QStringLiteral("2022-01-15")));
        QCOMPARE(EvaluationStore(file).calendar(false).anchor(), ProgrammeCalendar::Anchor::Start);
        DeclarationStore declaration(file);
        QVERIFY(!declaration.setDated(DeclarationEvent::Kind::Sent, QDate(2022, 4, 20)));
        QVERIFY(!declaration.setDated(DeclarationEvent::Kind::Acknowledged, QDate(2022, 7, 1)));
        const ProgrammeCalendar c = EvaluationStore(file).calendar(false, QDate(2025, 1, 1));
        QCOMPARE(c.anchor(), ProgrammeCalendar::Anchor::Effective);
        QCOMPARE(c.anchorDate(), QDate(2022, 7, 1));
    }

    void axesHaveRoundTicksAndRoomForLabels_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<bool>("integers");
        QTest::addColumn<double>("fixed");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("range");
        QTest::newRow("98 patients") << 98.0 << true << 0.0 << 20.0 << 100.0 << 120.0;
        QTest::newRow("7 patients") << 7.0 << true << 0.0 << 2.0 << 8.0 << 8.0;
        QTest::newRow("3 patients") << 3.0 << true << 0.0 << 1.0 << 3.0 << 4.0;
        QTest::newRow("1590 places") << 1590.0 << true << 0.0 << 500.0 << 2000.0 << 2000.0;
        QTest::newRow("240") << 240.0 << true << 0.0 << 50.0 << 250.0 << 300.0;
        QTest::newRow("nothing") << 0.0 << true << 0.0 << 1.0 << 5.0 << 5.0;
        QTest::newRow("percent, 100 %") << 100.0 << false << 100.0 << 20.0 << 100.0 << 120.0;
        QTest::newRow("percent, 60 %") << 60.0 << false << 100.0 << 20.0 << 100.0 << 100.0;
    }

    void axesHaveRoundTicksAndRoomForLabels()
    {
        QFETCH(double, max);
        QFETCH(bool, integers);
        QFETCH(double, fixed);
        QFETCH(double, step);
        QFETCH(double, top);
        QFETCH(double, range);
        const ChartData::Axis a = ChartData::axisFor(max, integers, fixed, true);
        QCOMPARE(a.step, step);
        QCOMPARE(a.top, top);
        QCOMPARE(a.range, range);
        QVERIFY(a.top >= max);
        // Every tick is a multiple of the step: 0, 20, 40... never 19.6, 39.2.
        QCOMPARE(std::fmod(a.top, a.step), 0.0);
    }

    void theChartAxisUsesThoseTicks()
    {
        ChartData d;
        d.categories = {QStringLiteral("a"), QStringLiteral("b")};
        d.series << ChartData::Series{QStringLiteral("s"), {98, 40}};
        std::unique_ptr<QChart> chart(ChartFactory::create(d));
        auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(axis);
        QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(axis->tickInterval(), 20.0);
        QCOMPARE(axis->tickAnchor(), 0.0);
        QCOMPARE(axis->max(), 120.0); // the label of the 98 bar sits above it, inside the chart
    }

    void aYearWithoutDataIsAbsentFromTrendsNotZero()
    {
        auto created = ProgrammeFile::create(m_dir.filePath(QStringLiteral("fixture.etp")));
        QVERIFY(!created.error);
        QVERIFY(evaluationFixture::fill(*created.file));
        const IndicatorStore store(*created.file);
        // 2019 and 2020 hold nothing; 2021 holds P6's entry, 2022 P5's.
        const QList<IndicatorData> years = store.periods({Period::year(2019), Period::year(2020), Period::year(2021), Period::year(2022)});
        const ChartData trends = EvaluationCharts::trends(years);
        QVERIFY(std::isnan(trends.series.at(0).values.at(0)));
        QVERIFY(std::isnan(trends.series.at(0).values.at(1)));
        QCOMPARE(trends.series.at(0).values.at(2), 1.0);
        QCOMPARE(trends.series.at(0).values.at(3), 1.0);
        QCOMPARE(trends.note, QStringLiteral("Pas de données pour 2019, 2020 : non tracé (ce n'est pas un zéro)."));
        // Drawn: only the two years with data are points of the lines.
        std::unique_ptr<QChart> chart(ChartFactory::create(trends));
        int entered = 0;
        for (QAbstractSeries *s : chart->series())
            if (auto *line = qobject_cast<QLineSeries *>(s); line && line->name() == trends.series.at(0).name)
                entered += int(line->count());
        QCOMPARE(entered, 2);
        // A year with data but no session: the attended line has a gap there, the entries do not.
        const ChartData rates = EvaluationCharts::trendRates(years);
        QVERIFY(std::isnan(rates.series.at(0).values.at(2)));
        // The report carries the note in its text as well.
        const QList<ReportChart> images = ChartFactory::reportCharts({trends});
        QCOMPARE(images.first().note, trends.note);
    }

    void everyChartSavesAsSvgAndPng()
    {
        ChartData d;
        d.id = QStringLiteral("funnel");
        d.title = QStringLiteral("Du consentement à la fin du parcours");
        d.categories = {QStringLiteral("Entrés"), QStringLiteral("Terminés")};
        d.series << ChartData::Series{QStringLiteral("Patients"), {12, 7}};
        // As the Évaluation page saves a chart: through the one door out (OutputFile), SVG or PNG by the extension.
        const auto save = [](const ChartData &data, const QString &path) {
            OutputFile file(path);
            const bool svg = path.endsWith(QLatin1String(".svg"));
            return file.open(QIODevice::WriteOnly) && ChartFactory::write(data, file, svg, QSize(900, 520)) && file.commit();
        };
        const QString svg = m_dir.filePath(QStringLiteral("funnel.svg"));
        const QString png = m_dir.filePath(QStringLiteral("funnel.png"));
        QVERIFY(save(d, svg));
        QVERIFY(save(d, png));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("<svg")));
        QVERIFY(text.contains(QStringLiteral("<title>Du consentement à la fin du parcours</title>")));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1800, 1040)); // drawn at twice the size, for print
        // A folder that does not exist, or a programme file, is refused: false, nothing written.
        QVERIFY(!save(d, m_dir.filePath(QStringLiteral("absent/funnel.png"))));
        auto created = ProgrammeFile::create(m_dir.filePath(QStringLiteral("keep.etp")));
        QVERIFY(!created.error);
        const QString programme = created.file->path();
        created.file.reset();
        const qint64 size = QFileInfo(programme).size();
        QVERIFY(!save(d, programme));
        QCOMPARE(QFileInfo(programme).size(), size);
    }
};

QTEST_MAIN(TestEvaluationPeriods)
#include "tst_evaluation_periods.moc"
