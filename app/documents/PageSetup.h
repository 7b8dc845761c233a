// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPageLayout>

namespace kitetp {

// The page layout of printed documents: A4 portrait by default, margins every office printer can print
// (15 mm), remembered between sessions by the window (QSettings) and passed to every builder.
namespace PageSetup {
QPageLayout defaultLayout();
QPageLayout landscape(const QPageLayout &layout);
} // namespace PageSetup

} // namespace kitetp
