// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "documents/PaperDocument.h"

#include <memory>

namespace kitetp {

class ProgrammeFile;

// The leader's guide (guide d'animation) of one séance, or of a whole conducteur (a cover listing its séances,
// then each séance on its own pages): cover, objectives and skills, timing table, materials checklist,
// step-by-step plan, evaluation grid, key messages, sources. Used by the window, `kitetp export guide` and tests.
namespace LeaderGuideDocument {

std::unique_ptr<PaperDocument> forSeance(ProgrammeFile &file, const Seance &seance, const QPageLayout &layout);
std::unique_ptr<PaperDocument> forConducteur(ProgrammeFile &file, const Conducteur &conducteur, const QPageLayout &layout);

// "Guide + supports": the guide's PDF followed by the pages of its séances' PDF materials and their PNG and JPEG
// images (one A4 page each), in the order of the lists (PdfAssembly, qpdf). SVG, office documents and video links are
// listed in the guide ("Matériel et supports"), not appended. `appended` receives the titles of what was appended.
// Empty, with `error` set, when a material cannot be read.
QByteArray withSupports(ProgrammeFile &file, const PaperDocument &guide, const QList<Seance> &seances, QString *error,
                        QStringList *appended = nullptr);

} // namespace LeaderGuideDocument
} // namespace kitetp
