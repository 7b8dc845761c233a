// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QString>
#include <QWidget>

namespace kitetp {

// A session as the calendar views draw it (the page builds these from the store).
struct CalendarItem
{
    qint64 id = 0;
    QDateTime start;
    int minutes = 0;
    QString title;  // "C1S2 Titre de la séance"
    QString detail; // "Salle 1 · 3/8"
    bool conflicted = false;
};

// What the month and week views share: the sessions of a period of days starting at firstDay(), the selected
// day and session, and the mouse and the keyboard. A press on a session selects it; moving it further than
// the drag distance drags it (the view's own mouse events, no QDrag: the drop is where the button is
// released) and the release asks for the move with sessionDropped(); a double-click opens a session
// (sessionActivated) or plans one on the empty slot (slotActivated); arrows move the selected day, Return
// opens, Delete asks to remove. The views only draw and ask: the page checks the rules and writes.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarView(QWidget *parent = nullptr);

    void setItems(const QList<CalendarItem> &items); // sorted by start
    const QList<CalendarItem> &items() const { return m_items; }
    void setFirstDay(const QDate &first);
    QDate firstDay() const { return m_first; }
    virtual int dayCount() const = 0;
    QDate currentDay() const { return m_current; }
    void setCurrentDay(const QDate &day);
    qint64 selectedSession() const { return m_selected; }
    void setSelectedSession(qint64 id);

    // Hit-testing, in widget coordinates (the tests aim with these too).
    virtual QRect dayRect(const QDate &day) const = 0;
    QRect sessionRect(qint64 id) const
    {
        return m_rects.value(id);
    } // empty when not drawn (a "+N" day of the month)
    qint64 sessionAt(const QPoint &point) const;
    QDate dayAt(const QPoint &point) const;

Q_SIGNALS:
    void sessionSelected(qint64 id);
    void sessionActivated(qint64 id);
    void slotActivated(const QDateTime &at);
    void sessionDropped(qint64 id, const QDateTime &start);
    void removeRequested(qint64 id);
    void dayOutside(const QDate &day); // the keyboard moved the selected day out of the period shown

protected:
    // Fills m_rects from m_items for the current size.
    virtual void layoutItems() = 0;
    virtual void paintGrid(QPainter &painter) = 0;
    // Where a session dragged from `pressed` to `released` would start (invalid: no move).
    virtual QDateTime dropStart(const CalendarItem &item, const QPoint &pressed,
                                const QPoint &released) const = 0;
    // The rectangle showing a dragged session at `start`.
    virtual QRect dropRect(const CalendarItem &item, const QDateTime &start) const = 0;
    // The slot a double-click on an empty place plans a session in.
    virtual QDateTime slotAt(const QPoint &point) const = 0;
    virtual int keyStep(int key) const; // days an arrow moves the selected day

    void paintItem(QPainter &painter, const CalendarItem &item, const QRect &rect, bool compact) const;
    const CalendarItem *item(qint64 id) const;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

    QList<CalendarItem> m_items;
    QHash<qint64, QRect> m_rects;
    QDate m_first;

private:
    void selectDay(const QDate &day);

    QDate m_current;
    qint64 m_selected = 0;
    qint64 m_pressed = 0;
    QPoint m_pressPoint;
    QPoint m_dragPoint;
    bool m_dragging = false;
};

} // namespace kitetp
