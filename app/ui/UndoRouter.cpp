// SPDX-License-Identifier: EUPL-1.2
#include "ui/UndoRouter.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace kitetp {

namespace {
const char fieldProperty[] = "field"; // FieldBinder's binding, set in Qt Designer

// The line edit inside a spin box, a date editor or an editable combo box (nullptr for other widgets).
QLineEdit *innerLineEdit(QWidget *w)
{
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->lineEdit();
    if (qobject_cast<QAbstractSpinBox *>(w))
        return w->findChild<QLineEdit *>();
    return nullptr;
}
} // namespace

UndoRouter::UndoRouter(QWidget *window, QAction *undo, QAction *redo)
    : QObject(window), m_window(window), m_undo(undo), m_redo(redo)
{
    qApp->installEventFilter(this);
}

UndoRouter::~UndoRouter()
{
    qApp->removeEventFilter(this);
}

bool UndoRouter::matches(const QKeyEvent *event, const QList<QKeySequence> &keys)
{
    const QKeySequence pressed(event->keyCombination());
    for (const QKeySequence &key : keys)
        if (key.matches(pressed) == QKeySequence::ExactMatch)
            return true;
    return false;
}

bool UndoRouter::hasOwn(QWidget *focused, bool undo)
{
    if (auto *line = qobject_cast<QLineEdit *>(focused))
        return !line->isReadOnly() && (undo ? line->isUndoAvailable() : line->isRedoAvailable());
    if (auto *text = qobject_cast<QPlainTextEdit *>(focused))
        return !text->isReadOnly() && (undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable());
    if (auto *text = qobject_cast<QTextEdit *>(focused))
        return !text->isReadOnly() && (undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable());
    if (QLineEdit *inner = innerLineEdit(focused))
        return hasOwn(inner, undo);
    return false;
}

bool UndoRouter::isBound(const QWidget *focused)
{
    // The focus may be on the line edit inside a bound spin box or combo box.
    for (const QWidget *w = focused; w; w = w->parentWidget()) {
        if (!w->property(fieldProperty).toString().isEmpty())
            return true;
        if (w != focused || !qobject_cast<const QLineEdit *>(w))
            break;
    }
    return false;
}

void UndoRouter::commit(QWidget *focused)
{
    // FieldBinder commits an editor when it loses the focus (QLineEdit, spin boxes and dates through editingFinished).
    focused->clearFocus();
    focused->setFocus(Qt::OtherFocusReason);
}

UndoRouter::Route UndoRouter::route(bool undo) const
{
    QWidget *focused = QApplication::focusWidget();
    if (!focused)
        return Route::Programme;
    // A bound field holding a refused value (shown with its message, not committed) keeps its own undo.
    if (isBound(focused) && !focused->property("invalid").toBool())
        return Route::Programme;
    return hasOwn(focused, undo) ? Route::Widget : Route::Programme;
}

bool UndoRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_window || !m_undo || !m_redo)
        return QObject::eventFilter(watched, event);
    QWidget *focused = QApplication::focusWidget();
    if (!focused || focused->window() != m_window || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = matches(key, m_undo->shortcuts());
    if (!undo && !matches(key, m_redo->shortcuts()))
        return QObject::eventFilter(watched, event);
    // A bound field commits what it holds first (once, when the event reaches the focus widget itself).
    if (watched == focused && isBound(focused))
        commit(focused);
    if (route(undo) == Route::Widget)
        return QObject::eventFilter(watched, event);
    // The programme's: the window's shortcut gets the key (an ignored override, for the focus widget and its parents).
    event->ignore();
    return true;
}

} // namespace kitetp
