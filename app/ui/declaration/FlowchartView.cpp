// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/FlowchartView.h"

#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QMouseEvent>
#include <QPainterPath>
#include <QWheelEvent>

namespace kitetp {

namespace {
constexpr qreal boxWidth = 430;
constexpr qreal boxHeight = 66;
constexpr qreal gap = 34;
constexpr qreal left = 20;

void arrow(QGraphicsScene *scene, QPointF from, QPointF to)
{
    const QPen pen(QColor(0x44, 0x44, 0x44), 2);
    scene->addLine(QLineF(from, to - QPointF(0, 6)), pen);
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to + QPointF(-7, -11));
    head.lineTo(to + QPointF(7, -11));
    head.closeSubpath();
    scene->addPath(head, Qt::NoPen, QColor(0x44, 0x44, 0x44));
}
} // namespace

FlowchartView::FlowchartView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setMouseTracking(true);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(Qt::white);
}

QColor FlowchartView::stateColor(FlowStep::State state)
{
    switch (state) {
    case FlowStep::State::ToDo: return QColor(0xe8, 0xea, 0xed);
    case FlowStep::State::InProgress: return QColor(0xcf, 0xe2, 0xf3);
    case FlowStep::State::Complete: return QColor(0xc8, 0xe6, 0xc9);
    case FlowStep::State::NeedsAttention: return QColor(0xf8, 0xc9, 0xa0);
    }
    return Qt::white;
}

void FlowchartView::setSteps(const QString &title, const QList<FlowStep> &steps)
{
    m_steps = steps;
    m_boxes.clear();
    QGraphicsScene *s = scene();
    s->clear();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    auto *heading = s->addText(title, titleFont);
    heading->setPos(left, 0);

    // Legend: one swatch per state.
    qreal x = left;
    const qreal legendY = 34;
    for (FlowStep::State st : {FlowStep::State::ToDo, FlowStep::State::InProgress, FlowStep::State::Complete,
                               FlowStep::State::NeedsAttention}) {
        s->addRect(x, legendY + 3, 14, 14, QPen(QColor(0x66, 0x66, 0x66)), stateColor(st));
        auto *t = s->addText(FlowStep::stateLabel(st));
        t->setPos(x + 16, legendY - 2);
        x += 22 + t->boundingRect().width() + 10;
    }

    qreal y = 74;
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (int i = 0; i < steps.size(); ++i) {
        const FlowStep &step = steps.at(i);
        const QRectF box(left, y, boxWidth, boxHeight);
        m_boxes.insert(step.id, box);
        QPen border(step.state == FlowStep::State::NeedsAttention ? QColor(0xc0, 0x60, 0x00) : QColor(0x55, 0x66, 0x77),
                    step.state == FlowStep::State::NeedsAttention ? 2.5 : 1.2);
        auto *rect = new QGraphicsRectItem(box);
        rect->setPen(border);
        rect->setBrush(stateColor(step.state));
        rect->setData(0, step.id);
        rect->setToolTip(step.detail);
        rect->setCursor(Qt::PointingHandCursor);
        s->addItem(rect);
        auto *t = s->addText(step.title, bold);
        t->setTextWidth(boxWidth - 110);
        t->setPos(box.left() + 6, box.top() + 2);
        t->setData(0, step.id);
        auto *d = s->addText(step.detail, small);
        d->setDefaultTextColor(QColor(0x33, 0x33, 0x33));
        d->setTextWidth(boxWidth - 12);
        d->setPos(box.left() + 6, box.top() + 2 + t->boundingRect().height() - 4);
        d->setData(0, step.id);
        auto *state = s->addText(FlowStep::stateLabel(step.state), small);
        state->setPos(box.right() - state->boundingRect().width() - 6, box.top() + 4);
        state->setData(0, step.id);
        const qreal bottom = qMax(box.bottom(), d->pos().y() + d->boundingRect().height());
        if (bottom > box.bottom()) {
            rect->setRect(QRectF(box.topLeft(), QPointF(box.right(), bottom + 2)));
            m_boxes[step.id] = rect->rect();
        }
        y = m_boxes.value(step.id).bottom() + gap;
        if (i + 1 < steps.size())
            arrow(s, QPointF(left + boxWidth / 2, m_boxes.value(step.id).bottom()), QPointF(left + boxWidth / 2, y));
    }
    auto *caption = s->addText(DeclarationFlow::caption(), small);
    caption->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
    caption->setTextWidth(boxWidth);
    caption->setPos(left, y - gap + 10);
    s->setSceneRect(s->itemsBoundingRect().adjusted(-10, -10, 10, 10));
}

QRectF FlowchartView::boxRect(const QString &stepId) const
{
    return m_boxes.value(stepId);
}

void FlowchartView::zoomBy(qreal factor)
{
    const qreal current = transform().m11();
    if (current * factor < 0.2 || current * factor > 5)
        return;
    scale(factor, factor);
}

void FlowchartView::fit()
{
    resetTransform();
    const QRectF r = sceneRect();
    if (r.isEmpty() || viewport()->width() < 10)
        return;
    const qreal f = qMin(1.0, qreal(viewport()->width() - 10) / r.width());
    scale(f, f);
}

void FlowchartView::renderDiagram(QPainter *painter, const QRectF &target)
{
    scene()->render(painter, target, sceneRect(), Qt::KeepAspectRatio);
}

QImage FlowchartView::toImage(qreal scaleFactor)
{
    const QRectF r = sceneRect();
    QImage image((r.size() * scaleFactor).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    renderDiagram(&p, QRectF(QPointF(0, 0), r.size() * scaleFactor));
    return image;
}

void FlowchartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QPointF p = mapToScene(event->position().toPoint());
        for (const FlowStep &step : m_steps)
            if (m_boxes.value(step.id).contains(p)) {
                Q_EMIT stepClicked(step.id, step.target);
                return;
            }
    }
    QGraphicsView::mousePressEvent(event);
}

void FlowchartView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace kitetp
