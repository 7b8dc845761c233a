// SPDX-License-Identifier: EUPL-1.2
#include "documents/PageSetup.h"

#include <QPageSize>

namespace kitetp::PageSetup {

QPageLayout defaultLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

QPageLayout landscape(const QPageLayout &layout)
{
    QPageLayout l = layout;
    l.setOrientation(QPageLayout::Landscape);
    return l;
}

} // namespace kitetp::PageSetup
