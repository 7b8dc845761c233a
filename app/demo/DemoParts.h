// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"

#include <QRandomGenerator>

namespace kitetp {

class ProgrammeFile;
struct DemoOptions;

// The parts of a demo programme, one per room, called in this order by DemoGenerator::fill(). Each is fictional
// and deterministic for a given random generator state.
FileError fillDemoGuides(ProgrammeFile &file, QRandomGenerator &random, const DemoOptions &options);   // DemoGuides.cpp
FileError fillDemoTeam(ProgrammeFile &file, QRandomGenerator &random, const DemoOptions &options);     // DemoTeam.cpp
FileError fillDemoPatients(ProgrammeFile &file, QRandomGenerator &random, const DemoOptions &options); // DemoPatients.cpp
FileError fillDemoQuizzes(ProgrammeFile &file, const DemoOptions &options);                            // DemoQuizzes.cpp

} // namespace kitetp
