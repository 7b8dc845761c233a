// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/GuideExchange.h"

namespace kitetp {

class ProgrammeFile;

// Moves guides between a programme file and a GuideBundle (the exchange file, core/GuideExchange).
namespace GuideTransfer {

// Every conducteur of the file (or only `codes` when given), with the skills their séances aim at.
GuideBundle collect(ProgrammeFile &file, const QStringList &codes = {});

struct Result
{
    FileError error;               // set: nothing was written
    ImportReport report;
    QList<qint64> addedConducteurs; // ids, for undo
    QList<qint64> addedSkills;
    QList<Conducteur> removed;      // replaced conducteurs (with their ids), for undo
};

// Imports `bundle` in one transaction: skills matched by family and label (missing ones added to the catalogue),
// conducteurs planned by GuideExchange::plan(). Replace first removes the existing guides, which is refused when
// the calendar or a patient's personalised programme uses them. On any failure the file is unchanged.
Result import(ProgrammeFile &file, const GuideBundle &bundle, GuideExchange::Mode mode);

// Undoes an import: removes what it added and puts back what it replaced (same ids). Added skills that a patient's
// objective or a séance uses by now stay in the catalogue; added guides that the calendar or a plan uses are refused.
FileError revert(ProgrammeFile &file, const Result &result);

// The seeded catalogue: adds every default skill missing from the file (GuideRules::defaultSkills).
FileError seedSkills(ProgrammeFile &file);

} // namespace GuideTransfer
} // namespace kitetp
