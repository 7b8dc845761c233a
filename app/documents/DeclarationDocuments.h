#pragma once

#include "core/Declaration.h"
#include "documents/PaperDocument.h"

#include <QJsonObject>
#include <memory>

namespace kitetp {

class ProgrammeFile;

// The notification of a change to the ARS (coordinator, objectives, funding source): a letter stating the change
// and the programme's current value of what changed. `note` is the team's own explanation (may be empty).
namespace NotificationLetter {
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, DeclarationEvent::Change change, const QDate &date,
                                     const QString &note);
} // namespace NotificationLetter

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
