#include "core/AppInfo.h"

namespace kitetp::AppInfo {

QString version()
{
    return QStringLiteral(KITETP_VERSION);
}

QString displayName()
{
    return QStringLiteral("Kit ETP");
}

} // namespace kitetp::AppInfo
