// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/DeclarationFlow.h"

#include <QGraphicsView>

class QPainter;

namespace kitetp {

// A flowchart drawn as a diagram: one box per step (coloured by its state), arrows between them, a legend and the
// caption saying it is the application's guide. Ctrl+wheel or zoomBy() zooms; clicking a box emits stepClicked().
class FlowchartView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit FlowchartView(QWidget *parent = nullptr);

    void setSteps(const QString &title, const QList<FlowStep> &steps);
    const QList<FlowStep> &steps() const { return m_steps; }
    void zoomBy(qreal factor);
    void fit();
    // Paints the whole diagram in `target` (printing, images).
    void renderDiagram(QPainter *painter, const QRectF &target);
    QImage toImage(qreal scale = 1.5);
    // The box of a step, in scene coordinates (tests click it).
    QRectF boxRect(const QString &stepId) const;

    static QColor stateColor(FlowStep::State state);

Q_SIGNALS:
    void stepClicked(const QString &stepId, const QString &target);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QList<FlowStep> m_steps;
    QHash<QString, QRectF> m_boxes;
};

} // namespace kitetp
