// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "core/Guides.h"
#include "core/Material.h"
#include "storage/Store.h"

#include <optional>

namespace kitetp {

// The teaching materials of the séances (table material; files as BLOBs, links as URLs) and where imported guides
// came from (table guide_origin). Changes are announced as ChangeArea::Guides naming the séance.
class MaterialStore : public Store
{
public:
    using Store::Store;

    // The materials of a séance, in order, without their data.
    QList<Material> list(qint64 seanceId) const;
    // One material with its data.
    std::optional<Material> material(qint64 id) const;
    // Every material of a séance with its data (export, the guide with its supports).
    QList<Material> withData(qint64 seanceId) const;
    FileError add(Material &material);            // checks, seals (size, sha256), sets id (keeps a preset id: undo)
    FileError update(const Material &material);   // the description (title, kind, licence, version, step, URL), not the file
    FileError remove(qint64 id);

    // The origin recorded for a conducteur (empty when made here).
    GuideOrigin origin(qint64 conducteurId) const;
    FileError setOrigin(qint64 conducteurId, const GuideOrigin &origin);

    static constexpr ChangeArea area() { return ChangeArea::Guides; }
};

} // namespace kitetp
