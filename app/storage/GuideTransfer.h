// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/GuideExchange.h"

namespace kitetp {

class ProgrammeFile;

// Moves guides between a programme file and a GuideBundle (the exchange file, core/GuideExchange).
namespace GuideTransfer {

// Every conducteur of the file (or only `codes` when given), with the skills their séances aim at, their origin and
// their séances' materials (with the files' data when `withData`: a package).
GuideBundle collect(ProgrammeFile &file, const QStringList &codes = {}, bool withData = false);

struct Result
{
    FileError error;               // set: nothing was written
    ImportReport report;
    QList<qint64> addedConducteurs; // ids, for undo
    QList<qint64> addedSkills;
    QList<Conducteur> removed;      // replaced conducteurs (with their ids), for undo
};

// Imports `bundle` in one transaction: skills matched by family and label (missing ones added to the catalogue),
// conducteurs planned by GuideExchange::plan(), with their materials and origin. In a merge, a conducteur whose origin
// (programme, structure, code there) is that of a guide already imported replaces it (an update, keeping its code and
// place) instead of being added beside it. A bundle naming files it does not hold (a JSON file written for a package)
// is refused. Replace first removes the existing guides, which is refused when
// the calendar or a patient's personalised programme uses them. On any failure the file is unchanged.
Result import(ProgrammeFile &file, const GuideBundle &bundle, GuideExchange::Mode mode);

// Undoes an import: removes what it added and puts back what it replaced (same ids). Added skills that a patient's
// objective or a séance uses by now stay in the catalogue; added guides that the calendar or a plan uses are refused.
FileError revert(ProgrammeFile &file, const Result &result);

// A séance or conducteur as the file holds it, with its materials' data (and a conducteur's origin): what undoing its
// removal must put back.
Seance withMaterials(ProgrammeFile &file, Seance seance);
Conducteur withMaterials(ProgrammeFile &file, Conducteur conducteur);
// Adds a séance or a conducteur with its materials (and origin), in one transaction; ids given are kept (undo).
FileError addWithMaterials(ProgrammeFile &file, Seance &seance);
FileError addWithMaterials(ProgrammeFile &file, Conducteur &conducteur);

// The seeded catalogue: adds every default skill missing from the file (GuideRules::defaultSkills).
FileError seedSkills(ProgrammeFile &file);

} // namespace GuideTransfer
} // namespace kitetp
