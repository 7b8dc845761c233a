// SPDX-License-Identifier: EUPL-1.2
#include "ui/Icons.h"

namespace kitetp::Icons {

QIcon bundled(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon themed(const QString &themeName, const QString &bundledName)
{
    return QIcon::fromTheme(themeName, bundled(bundledName));
}

} // namespace kitetp::Icons
