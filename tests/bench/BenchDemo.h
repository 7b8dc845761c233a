// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "demo/DemoGenerator.h"
#include "storage/ProgrammeFile.h"

#include <QDate>
#include <QString>

// The demo a window benchmark builds: `bench_x [PATIENTS] [YEARS]` (20,000 patients over 10 years by default),
// its last year the current one.
inline kitetp::DemoOptions benchDemoOptions(int argc, char **argv)
{
    kitetp::DemoOptions options;
    options.patients = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    options.years = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10;
    options.lastYear = QDate::currentDate().year();
    return options;
}

// Creates the demo programme `path` with `options`; the reason when it could not be made, empty when it was.
inline QString createBenchDemo(const QString &path, const kitetp::DemoOptions &options)
{
    auto created = kitetp::ProgrammeFile::create(path);
    if (created.error)
        return created.error.message();
    if (kitetp::FileError e = kitetp::DemoGenerator(*created.file, options).fill())
        return e.message();
    return {};
}
