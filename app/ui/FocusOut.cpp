// SPDX-License-Identifier: EUPL-1.2
#include "ui/FocusOut.h"

#include <QEvent>
#include <QWidget>

#include <utility>

namespace kitetp {

namespace {
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject *parent, std::function<void()> onFocusOut) : QObject(parent), m_onFocusOut(std::move(onFocusOut)) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onFocusOut;
};
} // namespace

void commitOnFocusOut(QWidget *editor, std::function<void()> commit)
{
    editor->installEventFilter(new FocusOutFilter(editor, std::move(commit)));
}

} // namespace kitetp
