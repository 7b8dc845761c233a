// SPDX-License-Identifier: EUPL-1.2
#include "ui/evaluation/NoteEdit.h"

namespace kitetp {

NoteEdit::NoteEdit(const QString &key, QWidget *parent) : QPlainTextEdit(parent), m_key(key)
{
    setTabChangesFocus(true);
    setMinimumHeight(70);
}

void NoteEdit::showValue(const QString &value)
{
    m_shown = value;
    if (toPlainText() != value)
        setPlainText(value);
}

void NoteEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (toPlainText() != m_shown)
        Q_EMIT edited(m_key, toPlainText());
}

} // namespace kitetp
