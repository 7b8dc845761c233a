#include "ui/pages/Page.h"

namespace kitetp {

void Page::reloadOrMarkStale()
{
    // A page in the window's stack that is not the current one is hidden by the stack.
    if (parentWidget() && isHidden()) {
        m_changedWhileHidden = true;
        return;
    }
    m_changedWhileHidden = false;
    reloadStale();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_changedWhileHidden) {
        m_changedWhileHidden = false;
        reloadStale();
    }
}

} // namespace kitetp
