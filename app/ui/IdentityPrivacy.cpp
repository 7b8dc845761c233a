// SPDX-License-Identifier: EUPL-1.2
#include "ui/IdentityPrivacy.h"

#include "ui/Settings.h"

#include <QCoreApplication>

namespace kitetp {

IdentityPrivacy *IdentityPrivacy::instance()
{
    static IdentityPrivacy *privacy = new IdentityPrivacy(QCoreApplication::instance());
    return privacy;
}

bool IdentityPrivacy::hidden() const
{
    return Settings::hideIdentities();
}

void IdentityPrivacy::setHidden(bool hidden)
{
    if (hidden == Settings::hideIdentities())
        return;
    Settings::setHideIdentities(hidden);
    Q_EMIT hiddenChanged(hidden);
}

} // namespace kitetp
