// SPDX-License-Identifier: EUPL-1.2
#include "core/AppInfo.h"
#include "core/Dates.h"
#include "core/Html.h"
#include "core/Patients.h"
#include "core/ProgrammeFields.h"

#include <QFile>
#include <QTest>

using namespace kitetp;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapeTurnsMarkupIntoText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tags") << QStringLiteral("<b>Mme</b>") << QStringLiteral("&lt;b&gt;Mme&lt;/b&gt;");
        QTest::newRow("ampersand") << QStringLiteral("A & B") << QStringLiteral("A &amp; B");
        QTest::newRow("script") << QStringLiteral("<script>alert('x')</script>")
                                << QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        QTest::newRow("accents kept") << QStringLiteral("Éducation « thérapeutique » œuvre")
                                      << QStringLiteral("Éducation « thérapeutique » œuvre");
        QTest::newRow("quotes") << QStringLiteral("\"x\"") << QStringLiteral("&quot;x&quot;");
    }
    void escapeTurnsMarkupIntoText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Html::escape(input), expected);
    }

    void escapeKeepsLineBreaksOnRequest()
    {
        QCOMPARE(Html::escape(QStringLiteral("a\nb"), true), QStringLiteral("a<br/>b"));
        QCOMPARE(Html::escape(QStringLiteral("a\nb"), false), QStringLiteral("a\nb"));
    }

    void userDatesAcceptIsoAndFrenchAndRefuseAbsurdOnes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << QStringLiteral("2025-03-14") << QDate(2025, 3, 14);
        QTest::newRow("french") << QStringLiteral("14/03/2025") << QDate(2025, 3, 14);
        QTest::newRow("short french") << QStringLiteral("4/3/2025") << QDate(2025, 3, 4);
        QTest::newRow("year 1789") << QStringLiteral("1789-07-14") << QDate();
        QTest::newRow("year 3000") << QStringLiteral("3000-01-01") << QDate();
        QTest::newRow("31 February") << QStringLiteral("31/02/2025") << QDate();
        QTest::newRow("words") << QStringLiteral("demain") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void userDatesAcceptIsoAndFrenchAndRefuseAbsurdOnes()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(Dates::parseUserDate(text), expected);
    }

    void programmeFieldsAreChecked()
    {
        QVERIFY(!ProgrammeFields::check(ProgrammeFields::title(), QStringLiteral("  ")).isEmpty());
        QVERIFY(ProgrammeFields::check(ProgrammeFields::title(), QStringLiteral("ONCOPLET")).isEmpty());
        QVERIFY(!ProgrammeFields::check(ProgrammeFields::title(), QString(400, QLatin1Char('x'))).isEmpty());
        QVERIFY(!ProgrammeFields::check(QStringLiteral("programme.start"), QStringLiteral("1789-07-14")).isEmpty());
        QVERIFY(ProgrammeFields::check(QStringLiteral("programme.start"), QStringLiteral("2024-09-01")).isEmpty());
        QVERIFY(!ProgrammeFields::check(QStringLiteral("contact.email"), QStringLiteral("pas une adresse")).isEmpty());
        QVERIFY(ProgrammeFields::check(QStringLiteral("contact.email"), QStringLiteral("etp@chu.fr")).isEmpty());
        QVERIFY(!ProgrammeFields::check(QStringLiteral("no.such.key"), QStringLiteral("x")).isEmpty());
        QVERIFY(!ProgrammeFields::check(QStringLiteral("structure.name"), QStringLiteral("two\nlines")).isEmpty());
    }

    void storedVocabularyRoundTrips()
    {
        for (int k = 0; k <= int(PathEvent::Kind::Exit); ++k)
            QCOMPARE(pathEventKindFromStored(toStored(PathEvent::Kind(k))), PathEvent::Kind(k));
        for (int s = 0; s <= int(Patient::Status::Moved); ++s)
            QCOMPARE(patientStatusFromStored(toStored(Patient::Status(s))), Patient::Status(s));
        QCOMPARE(toStored(Attendance::Status::Excused), QStringLiteral("excused"));
        QCOMPARE(objectiveResultFromStored(QStringLiteral("partly")), Objective::Result::Partly);
    }

    // The licence the About box names is the one the source tree and the package declare.
    void licenceIsTheSameEverywhere()
    {
        QCOMPARE(AppInfo::licenseId(), QStringLiteral("EUPL-1.2"));
        const QString root = QStringLiteral(KITETP_TEST_DATA "/../..");
        const auto read = [&root](const char *path) {
            QFile file(root + QLatin1Char('/') + QLatin1String(path));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", path);
            return QString::fromUtf8(file.readAll());
        };
        const QString firstLine = read("LICENSE").section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(firstLine, QStringLiteral("EUROPEAN UNION PUBLIC LICENCE v. 1.2"));
        QCOMPARE(firstLine.compare(AppInfo::licenseName(), Qt::CaseInsensitive), 0);
        QVERIFY(read("packaging/kitetp.metainfo.xml")
                    .contains(QStringLiteral("<project_license>%1</project_license>").arg(AppInfo::licenseId())));
        const QString everyFile = QStringLiteral("Files: *\nCopyright: 2026 Kit ETP contributors\nLicense: %1\n");
        QVERIFY(read("debian/copyright").contains(everyFile.arg(AppInfo::licenseId())));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
