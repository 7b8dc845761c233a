// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "core/Patients.h"
#include "documents/PaperDocument.h"

#include <QDateTime>
#include <memory>

namespace kitetp {

class ProgrammeFile;

// The sign-in sheet (feuille d'émargement) of a séance: date, place, facilitators, then one row per participant
// to sign. Blank by default, to fill in by hand; the Séances page pre-fills it with forSession(), the command line
// through Options:
//
//   SignInSheetDocument::Options o;
//   o.date = QDateTime(QDate(2025, 3, 14), QTime(14, 0)); // shown as "vendredi 14 mars 2025 à 14:00"
//   o.place = session.place;
//   o.facilitators = {"Camille Exemple (IDE)", ...};  // printed instead of blank lines
//   o.participants = {"P-0012", "Mme Dupont", ...};   // one pre-filled row each, in this order
//   auto doc = SignInSheetDocument::build(file, seance, o, layout);
//   doc->writePdf(path, o.participants.isEmpty() ? Privacy::Shareable : Privacy::Personal);
//
// Names are printed as given (escaped); a sheet with participants' names is personal data (Privacy::Personal).
namespace SignInSheetDocument {

struct Options
{
    QDateTime date;            // invalid: a blank "Date" line; a time of 00:00 prints the date only
    QString place;             // empty: the séance's room, or a blank line
    QStringList facilitators;  // empty: blank lines for the facilitators' names and signatures
    QStringList participants;  // names or pseudonymous codes, one row each
    int blankRows = 0;         // rows added after the participants; 0: enough to reach the séance's group maximum (≥ 8)
    int durationMin = 0;       // 0: the séance's planned duration
    int enrolled = -1;         // ≥ 0: "N patient(s) inscrit(s)" under the participants
};

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const Seance &seance, const Options &options, const QPageLayout &layout);

// The options of a dated session of the calendar: its start, place, duration and facilitators ("Name (profession)"),
// and its enrolled patients (excused ones aside) sorted by name, each "NAME First (code)" or just the pseudonymous
// code when the patient has no identity.
Options forSession(ProgrammeFile &file, const Session &session);

} // namespace SignInSheetDocument
} // namespace kitetp
