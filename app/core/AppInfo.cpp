// SPDX-License-Identifier: EUPL-1.2
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

QString licenseId()
{
    return QStringLiteral("EUPL-1.2");
}

QString licenseName()
{
    return QStringLiteral("European Union Public Licence v. 1.2");
}

} // namespace kitetp::AppInfo
