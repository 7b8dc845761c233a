// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/Page.h"

#include <QEvent>

#include <utility>

namespace kitetp {

void Page::reloadOrMarkStale()
{
    if (isBehindAnother()) {
        m_changedWhileHidden = true;
        return;
    }
    m_changedWhileHidden = false;
    reloadStale();
}

bool Page::deferLoad()
{
    if (!isBehindAnother())
        return false;
    m_loadDeferred = true;
    return true;
}

bool Page::event(QEvent *event)
{
    const bool handled = DocumentView::event(event);
    if (event->type() == QEvent::ShowToParent) {
        if (std::exchange(m_loadDeferred, false)) {
            m_changedWhileHidden = false; // the whole load covers the changes
            loadDeferred();
        } else if (std::exchange(m_changedWhileHidden, false)) {
            reloadStale();
        }
    }
    return handled;
}

} // namespace kitetp
