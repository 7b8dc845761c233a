// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/Declaration.h"
#include "core/FileError.h"
#include "storage/Store.h"

#include <optional>

namespace kitetp {

// The declaration's own tables: projected funding and the dated events of the declaration's life; and the facts
// the checklist and flowcharts read (fields, team, séances, patients' paths, sessions, evaluation notes).
// Changes are announced as ChangeArea::Declaration.
class DeclarationStore : public Store
{
public:
    using Store::Store;

    QList<Funding> funding() const;
    FileError addFunding(Funding &funding); // sets id (keeps a preset id: undo of a removal)
    FileError updateFunding(const Funding &funding);
    FileError removeFunding(qint64 id);

    QList<DeclarationEvent> events() const; // by date
    std::optional<DeclarationEvent> event(qint64 id) const;
    FileError addEvent(DeclarationEvent &event); // sets id (keeps a preset id)
    FileError updateEvent(const DeclarationEvent &event);
    FileError removeEvent(qint64 id);
    // The one event of `kind` (sent, acknowledged...): sets its date, or removes it when `date` is invalid.
    FileError setDated(DeclarationEvent::Kind kind, const QDate &date);
    QDate dated(DeclarationEvent::Kind kind) const;

    DeclarationFacts facts(const QDate &today = QDate::currentDate()) const;

    static constexpr ChangeArea area() { return ChangeArea::Declaration; }
};

} // namespace kitetp
