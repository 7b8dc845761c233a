// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/Sharing.h"
#include "storage/Store.h"

#include <optional>

namespace kitetp {

// The packages of guides sent to other programmes (table package_sent). Changes are announced as ChangeArea::Guides
// (the whole area is not named: the rows are the sendings').
class SharingStore : public Store
{
public:
    using Store::Store;

    QList<PackageSent> list() const; // latest first
    std::optional<PackageSent> sent(qint64 id) const;
    FileError add(PackageSent &sent);           // sets id
    FileError update(const PackageSent &sent);  // recipient, answer (its date set when first given)
    FileError remove(qint64 id);
};

} // namespace kitetp
