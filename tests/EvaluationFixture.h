// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kitetp {
class ProgrammeFile;
}

// The small programme whose evaluation figures are worked out by hand in tst_evaluation.cpp (see the comments in
// EvaluationFixture.cpp for every event). Built only through the stores.
namespace evaluationFixture {

// Fills `file` (a new, empty programme); returns false if a store refused something.
bool fill(kitetp::ProgrammeFile &file);

} // namespace evaluationFixture
