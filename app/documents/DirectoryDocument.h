// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Directory.h"
#include "documents/PaperDocument.h"

#include <memory>

namespace kitetp::DirectoryDocument {

// The "annuaire": the entries of a regional directory grouped by département then town, after a cover (the
// directory's title, the edition's date, how many programmes) and a table of contents with page numbers. Each
// programme shows what its card holds (empty fields left out), the card's date, and « à mettre à jour » when the
// card is more than a year old on `edition`. Text from the cards is escaped: markup prints as typed.
std::unique_ptr<PaperDocument> build(const QList<DirectoryEntry> &entries, const QString &title, const QDate &edition);

// The directory's title when it has none of its own.
QString defaultTitle();

} // namespace kitetp::DirectoryDocument
