#pragma once

#include <QString>

namespace kitetp {

// Facts about the application that every room may need.
namespace AppInfo {

// SQLite `PRAGMA application_id` of every programme file: the bytes "KETP".
constexpr qint32 applicationId = 0x4B455450;

// The file name suffix of programme files, without the dot.
inline QString fileSuffix() { return QStringLiteral("etp"); }

QString version();
QString displayName();

} // namespace AppInfo
} // namespace kitetp
