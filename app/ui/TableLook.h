// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QHeaderView;
class QWidget;

namespace kitetp {

// How every table and tree of the window behaves: its columns are sized to their contents (not to their headers,
// at most a third of the view's width each) until the user resizes one, and then stay as the user left them, from
// one session to the next (Settings::headerState under `key`); a cell whose text is cut shows it whole in a tooltip.
class TableLook : public QObject
{
    Q_OBJECT
public:
    // Gives `view` that behaviour (once; the object lives as long as the view).
    static void apply(QAbstractItemView *view, const QString &key);
    // Keeps `view` out of apply() (a view whose columns are sized by its own rules).
    static void exclude(QAbstractItemView *view);
    // Every table and tree under `root`, named `prefix/objectName`.
    static void applyToAll(QWidget *root, const QString &prefix);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableLook(QAbstractItemView *view, const QString &key);
    void scheduleFit();
    void fit();
    bool showCutText(QEvent *event);

    QAbstractItemView *m_view;
    QWidget *m_viewport;
    QHeaderView *m_header;
    QString m_key;
    bool m_userSized = false;
    bool m_fitting = false;
    bool m_fitPending = false;
};

} // namespace kitetp
