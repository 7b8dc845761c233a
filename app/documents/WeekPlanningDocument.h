// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/PaperDocument.h"

#include <QDate>
#include <memory>

namespace kitetp {

class ProgrammeFile;

// The planning of a week, to pin on a wall: a landscape table with the days from Monday to Sunday as columns
// and, in each, that day's sessions by start time (hours, séance code and title, place, facilitators,
// enrolled count). No patient is named: the planning is shareable.
//
//   auto doc = WeekPlanningDocument::build(file, QDate(2026, 12, 2), layout); // the week of Monday 30
//   November doc->writePdf(path);
namespace WeekPlanningDocument {

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &dayOfWeek, const QPageLayout &layout);

} // namespace WeekPlanningDocument
} // namespace kitetp
