// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kitetp {

// Facts about the application that every room may need.
namespace AppInfo {

// SQLite `PRAGMA application_id` of every programme file: the bytes "KETP".
constexpr qint32 applicationId = 0x4B455450;
// The application_id of a regional directory of programmes (.etpannuaire): the bytes "KETA".
constexpr qint32 directoryApplicationId = 0x4B455441;

// The file name suffix of programme files, without the dot.
inline QString fileSuffix() { return QStringLiteral("etp"); }
// The file name suffix of directory files, without the dot.
inline QString directorySuffix() { return QStringLiteral("etpannuaire"); }

QString version();
QString displayName();

// The licence of Kit ETP: its SPDX identifier ("EUPL-1.2", as in LICENSE, debian/copyright and the AppStream
// metadata) and its full name, not translated (a legal name).
QString licenseId();
QString licenseName();

} // namespace AppInfo
} // namespace kitetp
