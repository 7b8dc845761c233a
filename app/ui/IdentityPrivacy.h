// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

namespace kitetp {

// Whether patients' identities are hidden on screen (Settings::hideIdentities()), with a signal so that every
// view showing identities updates when the user flips the switch (Préférences > Masquer les identités).
class IdentityPrivacy : public QObject
{
    Q_OBJECT
public:
    static IdentityPrivacy *instance();
    bool hidden() const;
    void setHidden(bool hidden);

Q_SIGNALS:
    void hiddenChanged(bool hidden);

private:
    using QObject::QObject;
};

} // namespace kitetp
