// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/CalendarView.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

namespace kitetp {

namespace {
const QColor sessionFill(0xdb, 0xe7, 0xf7);
const QColor sessionLine(0x5b, 0x7f, 0xb8);
const QColor conflictFill(0xf6, 0xd5, 0xd5);
const QColor conflictLine(0xb0, 0x40, 0x40);

// `text` broken into lines of `width` at word boundaries, at most `maxLines`, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}
} // namespace

CalendarView::CalendarView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(420, 300);
}

void CalendarView::setItems(const QList<CalendarItem> &items)
{
    m_items = items;
    if (m_pressed && !item(m_pressed)) {
        m_pressed = 0;
        m_dragging = false;
    }
    layoutItems();
    update();
}

void CalendarView::setFirstDay(const QDate &first)
{
    m_first = first;
    if (!m_current.isValid() || m_first.daysTo(m_current) < 0 || m_first.daysTo(m_current) >= dayCount())
        m_current = m_first;
    layoutItems();
    update();
}

void CalendarView::setCurrentDay(const QDate &day)
{
    m_current = day;
    update();
}

void CalendarView::setSelectedSession(qint64 id)
{
    m_selected = id;
    if (const CalendarItem *i = item(id))
        m_current = i->start.date();
    update();
}

const CalendarItem *CalendarView::item(qint64 id) const
{
    for (const CalendarItem &i : m_items)
        if (i.id == id)
            return &i;
    return nullptr;
}

qint64 CalendarView::sessionAt(const QPoint &point) const
{
    // The last drawn is on top.
    for (auto i = m_items.crbegin(); i != m_items.crend(); ++i)
        if (m_rects.value(i->id).contains(point))
            return i->id;
    return 0;
}

QDate CalendarView::dayAt(const QPoint &point) const
{
    for (int d = 0; d < dayCount(); ++d)
        if (dayRect(m_first.addDays(d)).contains(point))
            return m_first.addDays(d);
    return {};
}

void CalendarView::paintItem(QPainter &painter, const CalendarItem &item, const QRect &rect,
                             bool compact) const
{
    const bool selected = item.id == m_selected;
    painter.setPen(
        QPen(selected ? palette().color(QPalette::Highlight) : (item.conflicted ? conflictLine : sessionLine),
             selected ? 2 : 1));
    painter.setBrush(item.conflicted ? conflictFill : sessionFill);
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.setPen(Qt::black);
    const QRect text = rect.adjusted(4, 1, -3, -1);
    const QFontMetrics fm = painter.fontMetrics();
    const QString time = QLocale().toString(item.start.time(), QStringLiteral("HH:mm"));
    if (compact) {
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(time + QLatin1Char(' ') + item.title, Qt::ElideRight, text.width()));
        return;
    }
    const QString end =
        QLocale().toString(item.start.addSecs(qint64(item.minutes) * 60).time(), QStringLiteral("HH:mm"));
    // The hours, the séance on as many lines as fit, then the place and the enrolled.
    const int room = std::max(1, text.height() / fm.height());
    const QString hours = time + QStringLiteral("–") + end;
    QStringList lines = {fm.horizontalAdvance(hours) <= text.width() ? hours
                                                                     : time}; // narrow: the start alone
    if (room > 1)
        lines << wrapped(item.title, painter.font(), text.width(), std::max(1, room - 2));
    if (room > 2)
        lines << item.detail;
    int y = text.top();
    for (const QString &line : std::as_const(lines)) {
        if (y + fm.height() > text.bottom() + 1 && y != text.top())
            break;
        painter.drawText(QRect(text.left(), y, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(line, Qt::ElideRight, text.width()));
        y += fm.height();
    }
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintGrid(painter);
    if (m_dragging)
        if (const CalendarItem *i = item(m_pressed)) {
            const QDateTime start = dropStart(*i, m_pressPoint, m_dragPoint);
            if (start.isValid()) {
                CalendarItem moved = *i;
                moved.start = start;
                painter.setOpacity(0.75);
                paintItem(painter, moved, dropRect(*i, start),
                          dropRect(*i, start).height() < 3 * painter.fontMetrics().height());
            }
        }
    if (hasFocus()) {
        painter.setOpacity(1);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(dayRect(m_current).adjusted(1, 1, -1, -1));
    }
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutItems();
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint at = event->position().toPoint();
    m_pressed = sessionAt(at);
    m_pressPoint = m_dragPoint = at;
    m_dragging = false;
    if (const QDate day = dayAt(at); day.isValid())
        m_current = day;
    m_selected = m_pressed; // an empty place selects its day and no session
    Q_EMIT sessionSelected(m_selected);
    update();
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed) // only between a press on a session and its release
        return;
    m_dragPoint = event->position().toPoint();
    if (!m_dragging && (m_dragPoint - m_pressPoint).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging)
        update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const bool dragged = m_dragging;
    const qint64 id = m_pressed;
    m_dragging = false;
    m_pressed = 0;
    unsetCursor();
    update();
    if (!dragged || !id)
        return;
    const CalendarItem *i = item(id);
    if (!i)
        return;
    const QDateTime start = dropStart(*i, m_pressPoint, event->position().toPoint());
    if (start.isValid() && start != i->start)
        Q_EMIT sessionDropped(id, start);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint at = event->position().toPoint();
    m_pressed = 0; // a double-click never drags
    if (const qint64 id = sessionAt(at)) {
        m_selected = id;
        Q_EMIT sessionActivated(id);
    } else if (const QDateTime slot = slotAt(at); slot.isValid()) {
        Q_EMIT slotActivated(slot);
    }
}

int CalendarView::keyStep(int key) const
{
    switch (key) {
    case Qt::Key_Left:
        return -1;
    case Qt::Key_Right:
        return 1;
    case Qt::Key_Up:
        return -7;
    case Qt::Key_Down:
        return 7;
    default:
        return 0;
    }
}

void CalendarView::selectDay(const QDate &day)
{
    m_current = day;
    qint64 first = 0;
    for (const CalendarItem &i : std::as_const(m_items))
        if (i.start.date() == day) {
            first = i.id;
            break;
        }
    m_selected = first;
    Q_EMIT sessionSelected(first);
    if (m_first.daysTo(day) < 0 || m_first.daysTo(day) >= dayCount())
        Q_EMIT dayOutside(day);
    update();
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::KeypadModifier)) // shortcuts of the window (Ctrl+Z...) are not ours
        return QWidget::keyPressEvent(event);
    if (const int step = keyStep(event->key())) {
        selectDay(m_current.addDays(step));
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected && item(m_selected))
            Q_EMIT sessionActivated(m_selected);
        else
            Q_EMIT slotActivated(QDateTime(m_current, QTime(14, 0)));
        return;
    case Qt::Key_Delete:
        if (m_selected && item(m_selected))
            Q_EMIT removeRequested(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const CalendarItem *i = item(sessionAt(help->pos()))) {
            const QLocale locale;
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1–%2\n%3\n%4")
                                   .arg(locale.toString(i->start, QStringLiteral("ddd d MMM HH:mm")),
                                        locale.toString(i->start.addSecs(qint64(i->minutes) * 60).time(),
                                                        QStringLiteral("HH:mm")),
                                        i->title, i->detail),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace kitetp
