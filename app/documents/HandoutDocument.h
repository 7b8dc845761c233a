// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "documents/PaperDocument.h"

#include <memory>

namespace kitetp {

class ProgrammeFile;

// The patient handout of a séance: large type (14 pt body), the key messages, room for the patient's own notes
// and questions, and the team's contact (programme fields contact.*, structure.name).
namespace HandoutDocument {

constexpr qreal bodyPoints = 14.0;
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const Seance &seance, const QPageLayout &layout);

} // namespace HandoutDocument
} // namespace kitetp
