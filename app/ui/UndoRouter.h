// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QKeyEvent;
class QWidget;

namespace kitetp {

// Lets Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y reach the programme's undo stack from any widget of the window, instead of
// being eaten by a text field's own (often empty) undo. Installed on the application by MainWindow; it looks only at
// the ShortcutOverride of those keys when the focus is in the window it watches:
// - an editor bound to a programme field (FieldBinder's `field` property) first commits what was typed (it loses
//   and gets back the focus, which is when FieldBinder commits), then the key undoes the programme's last edit, so
//   typing not yet committed is undone (and redone) as one programme edit, like every other (a value the field
//   refused stays uncommitted, with its message: the field's own undo takes the typing back);
// - any other text editor that has something of its own to undo (redo) keeps the key: its typing goes first;
// - otherwise the window's Annuler / Rétablir action gets the key.
class UndoRouter : public QObject
{
    Q_OBJECT
public:
    UndoRouter(QWidget *window, QAction *undo, QAction *redo);
    ~UndoRouter() override;

    // Where the undo (redo) key goes from the widget that has the focus now.
    enum class Route { Widget, Programme };
    Route route(bool undo) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool matches(const QKeyEvent *event, const QList<QKeySequence> &keys);
    static bool hasOwn(QWidget *focused, bool undo);
    static bool isBound(const QWidget *focused);
    static void commit(QWidget *focused);

    QPointer<QWidget> m_window;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
};

} // namespace kitetp
