// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"

#include <QRandomGenerator>
#include <QString>

namespace kitetp {

class ProgrammeFile;

struct DemoOptions
{
    int patients = 60;
    int years = 2;
    quint32 seed = 1;
    int lastYear = 0; // the last year of activity; 0 = the current year
};

// Fills a new programme file with fictional, plausible data (names that are obviously invented) for trying the
// application and for benchmarks. The same options always give the same content.
// Each room adds its own part to fill() as it lands.
class DemoGenerator
{
public:
    DemoGenerator(ProgrammeFile &file, const DemoOptions &options);
    FileError fill();

    static constexpr int maxPatients = 200000;
    static constexpr int maxYears = 30;

private:
    FileError fillProgramme();

    ProgrammeFile &m_file;
    DemoOptions m_options;
    QRandomGenerator m_random;
};

} // namespace kitetp
