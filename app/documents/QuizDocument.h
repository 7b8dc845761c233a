// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "documents/PaperDocument.h"

#include <memory>

namespace kitetp {

class ProgrammeFile;

// A séance's recap quiz on paper: the patient sheet (large type like the handout, 14 pt; boxes to tick, no
// answers, no explanation) or the facilitator's key (the right answers marked, with the explanations).
namespace QuizDocument {

enum class Kind { Sheet, Key };
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const Seance &seance, Kind kind, const QPageLayout &layout);

} // namespace QuizDocument
} // namespace kitetp
