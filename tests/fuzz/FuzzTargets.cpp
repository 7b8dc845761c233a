// SPDX-License-Identifier: EUPL-1.2
#include "FuzzTargets.h"

#include "core/GuideExchange.h"
#include "storage/GuidePackage.h"
#include "storage/FileProbe.h"
#include "storage/GuideStore.h"
#include "storage/Migrations.h"
#include "storage/PatientCsv.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>

namespace kitetp::fuzz {

namespace {

struct World
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ProgrammeFile> programme; // the patients CSV's target: two séances, one patient
    QList<Conducteur> existingGuides;
};

World *theWorld = nullptr;

World &world()
{
    return *theWorld;
}

void check(bool ok, const char *what)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
    std::abort();
}

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

void setUp()
{
    if (theWorld)
        return;
    theWorld = new World;
    World &w = *theWorld;
    if (!QCoreApplication::instance()) { // the regression test has its own
        static int argc = 1;
        static char name[] = "kitetp-fuzz";
        static char *argv[] = {name, nullptr};
        w.app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // A RAM folder when there is one: the probe target writes every input to a file.
    const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    w.dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/kitetp-fuzz-XXXXXX"));
    check(w.dir->isValid(), "a temporary folder");
    auto created = ProgrammeFile::create(w.dir->filePath(QStringLiteral("target.etp")));
    check(!created.error, "the target programme");
    w.programme = std::move(created.file);
    Conducteur c;
    c.code = QStringLiteral("C1");
    c.title = QStringLiteral("Comprendre son traitement");
    for (const char *code : {"C1S1", "C1S2"}) {
        Seance s;
        s.code = QString::fromLatin1(code);
        s.title = QStringLiteral("Séance %1").arg(s.code);
        c.seances << s;
    }
    check(!GuideStore(*w.programme).addConducteur(c), "the séances");
    Patient p;
    p.code = QStringLiteral("P-2024-0001");
    check(!PatientStore(*w.programme).add(p), "a patient");
    w.existingGuides = GuideStore(*w.programme).conducteurs();
    // Closed at exit before Qt's own globals go (registered after them, so run first): the connection, then the folder.
    std::atexit([] { delete std::exchange(theWorld, nullptr); });
}

int programmeFile(const std::uint8_t *data, std::size_t size)
{
    setUp();
    const QString path = world().dir->filePath(QStringLiteral("input.etp"));
    {
        QFile out(path);
        check(out.open(QIODevice::WriteOnly | QIODevice::Truncate), "writing the input");
        out.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const FileProbe probe = FileProbe::inspect(path, Migrations::latestVersion());
    if (!probe.error) {
        auto opened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
        if (opened.file) {
            opened.file->tableCounts();
            opened.file->meta(QStringLiteral("created_with"));
        }
    }
    // Read-only: whatever the input, the file is left as it was.
    QFile in(path);
    check(in.open(QIODevice::ReadOnly) && in.readAll() == bytes(data, size), "a file opened read-only is unchanged");
    return 0;
}

int guideExchange(const std::uint8_t *data, std::size_t size)
{
    setUp();
    QString error;
    const auto bundle = GuideExchange::parse(bytes(data, size), &error);
    check(bundle.has_value() == error.isEmpty(), "a refusal always says why, an acceptance never does");
    if (!bundle)
        return 0;
    GuideExchange::plan(*bundle, world().existingGuides, GuideExchange::Mode::Merge);
    GuideExchange::plan(*bundle, {}, GuideExchange::Mode::Replace);
    // What was accepted is written back and read again unchanged in substance.
    QString again;
    const auto reread = GuideExchange::parse(GuideExchange::toJson(*bundle), &again);
    check(reread.has_value(), "an accepted bundle, written back, is accepted again");
    check(reread->conducteurs.size() == bundle->conducteurs.size(), "the round trip keeps every conducteur");
    return 0;
}

int guidePackage(const std::uint8_t *data, std::size_t size)
{
    setUp();
    QString error;
    const auto bundle = GuidePackage::read(bytes(data, size), &error);
    check(bundle.has_value() == error.isEmpty(), "a refusal always says why, an acceptance never does");
    if (!bundle)
        return 0;
    QString why;
    const QByteArray written = GuidePackage::write(*bundle, bundle->origin, &why);
    check(!written.isEmpty(), "an accepted package can be written again");
    const auto reread = GuidePackage::read(written, &why);
    check(reread.has_value(), "an accepted package, written back, is accepted again");
    check(reread->conducteurs.size() == bundle->conducteurs.size(), "the round trip keeps every conducteur");
    return 0;
}

int patientsCsv(const std::uint8_t *data, std::size_t size)
{
    setUp();
    ProgrammeFile &file = *world().programme;
    const QDate today(2026, 6, 1);
    PatientCsv::ImportPlan plan = PatientCsv::read(file, bytes(data, size), today);
    check(plan.fatal.isEmpty() || plan.rows.isEmpty(), "an unusable file imports nothing");
    if (plan.rows.isEmpty())
        return 0;
    // Written in a transaction that is then rolled back: the target stays as set up for the next input.
    Transaction tx(file);
    PatientCsv::apply(file, plan);
    return 0;
}

} // namespace kitetp::fuzz
