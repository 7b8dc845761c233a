// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Declaration.h"
#include "documents/PaperDocument.h"

#include <QJsonObject>
#include <memory>

namespace kitetp {

class ProgrammeFile;

// The notification of a change to the ARS (coordinator, objectives, funding source): a letter citing the article,
// giving the declaration's reference and date, naming what changed — the previous value (`event.previous`) and the
// new one — with the team's explanation (`event.note`, may be empty) and a signature block.
namespace NotificationLetter {
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const DeclarationEvent &event);
} // namespace NotificationLetter

// The declaration of a programme's stop (within 3 months of the stop): the date of the stop, why, what becomes of
// the patients in progress, the declaration's reference, a signature block. `stop` is the date of the stop
// (the recorded one when invalid); `date` the letter's.
namespace CessationLetter {
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &stop, const QDate &date = QDate::currentDate());
} // namespace CessationLetter

// A one-page leaflet for referring professionals: what the programme offers, who can be referred, how, contact.
namespace ReferralLeaflet {
std::unique_ptr<PaperDocument> build(ProgrammeFile &file);
} // namespace ReferralLeaflet

// The programme's card for a regional directory of ETP programmes: as a printable page and as JSON
// (docs/directory-card.md describes the JSON).
namespace DirectoryCard {
QJsonObject toJson(ProgrammeFile &file, const QDate &today = QDate::currentDate());
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &today = QDate::currentDate());
constexpr int formatVersion = 1;
} // namespace DirectoryCard

} // namespace kitetp
