// SPDX-License-Identifier: EUPL-1.2
#include "ui/evaluation/ChartPanel.h"

#include "charts/ChartFactory.h"
#include "storage/OutputFile.h"
#include "ui/FileDialogs.h"
#include "ui/Messages.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace kitetp {

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent), m_view(new QChartView)
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(400, 320); // two side by side fit the default window without a horizontal scroll bar
    auto *save = new QToolButton;
    save->setText(tr("Enregistrer l'image…"));
    save->setToolTip(tr("Enregistrer ce graphique en PNG ou en SVG"));
    auto *copyButton = new QToolButton;
    copyButton->setText(tr("Copier"));
    copyButton->setToolTip(tr("Copier ce graphique dans le presse-papiers"));
    connect(save, &QToolButton::clicked, this, &ChartPanel::saveAs);
    connect(copyButton, &QToolButton::clicked, this, &ChartPanel::copy);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(save);
    buttons->addWidget(copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void ChartPanel::setData(const ChartData &data)
{
    m_data = data;
    QChart *old = m_view->chart();
    m_view->setChart(ChartFactory::create(data));
    delete old;
}

void ChartPanel::saveAs()
{
    QString filter;
    const QString path = FileDialogs::askSavePath(this, tr("Enregistrer le graphique"), m_data.title + QStringLiteral(".png"),
                                                  tr("Image PNG (*.png);;Image vectorielle SVG (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    OutputFile file(target);
    const bool svg = QFileInfo(target).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    if (!file.open(QIODevice::WriteOnly) || !ChartFactory::write(m_data, file, svg, QSize(900, 520)) || !file.commit())
        Messages::warning(this, tr("Enregistrement impossible"), tr("Le graphique n'a pas pu être écrit dans « %1 ».").arg(target));
    else
        FileDialogs::announceWritten(this, target);
}

void ChartPanel::copy()
{
    QApplication::clipboard()->setImage(ChartFactory::image(m_data, QSize(900, 520), 1.0));
}

} // namespace kitetp
