// SPDX-License-Identifier: EUPL-1.2
// Replays, through the fuzz targets' own entry functions (tests/fuzz/FuzzTargets.h), every input that ever made a
// fuzz target fail (tests/data/fuzz/regressions/TARGET/) and every seed of the corpora (tests/data/fuzz/TARGET/).
// A defect aborts the process, so ctest reports the test as failed with the sanitizer's or the target's message.
#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <functional>

using namespace kitetp;

namespace {

using Target = int (*)(const std::uint8_t *, std::size_t);

const QList<QPair<QString, Target>> &targets()
{
    static const QList<QPair<QString, Target>> t = {
        {QStringLiteral("programme_file"), &fuzz::programmeFile},
        {QStringLiteral("guide_exchange"), &fuzz::guideExchange},
        {QStringLiteral("guide_package"), &fuzz::guidePackage},
        {QStringLiteral("patients_csv"), &fuzz::patientsCsv},
    };
    return t;
}

QStringList filesIn(const QString &folder)
{
    QStringList out;
    const QDir dir(QStringLiteral(KITETP_FUZZ_DATA "/") + folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        if (name != QLatin1String("README.md"))
            out << dir.filePath(name);
    return out;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fuzz::setUp(); }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        for (int t = 0; t < targets().size(); ++t) {
            const QString name = targets().at(t).first;
            const QStringList seeds = filesIn(name);
            // A corpus that went missing would make this test pass while replaying nothing.
            QVERIFY2(seeds.size() >= 3, qPrintable(QStringLiteral("seed corpus of %1 missing").arg(name)));
            for (const QString &path : seeds + filesIn(QStringLiteral("regressions/") + name))
                QTest::newRow(qPrintable(name + QLatin1Char('/') + QFileInfo(path).fileName())) << t << path;
        }
    }

    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QCOMPARE(targets().at(target).second(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
