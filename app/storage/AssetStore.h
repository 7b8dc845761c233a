// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "storage/Store.h"

#include <QByteArray>
#include <QString>

namespace kitetp {

// Images kept in the programme file: the team's logo ("logo") for the letterhead of every document.
// Changes are announced as ChangeArea::Assets.
class AssetStore : public Store
{
public:
    using Store::Store;

    QByteArray data(const QString &key) const;
    QString mimeType(const QString &key) const;
    FileError set(const QString &key, const QString &mimeType, const QByteArray &data);
    FileError remove(const QString &key);

    static constexpr qint64 maxSize = qint64(2) * 1024 * 1024; // 2 MB
    static QString logoKey() { return QStringLiteral("logo"); }
    static constexpr ChangeArea area() { return ChangeArea::Assets; }
};

} // namespace kitetp
