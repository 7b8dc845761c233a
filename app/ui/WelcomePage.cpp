// SPDX-License-Identifier: EUPL-1.2
#include "ui/WelcomePage.h"

#include "ui/Settings.h"
#include "ui_welcomepage.h"

#include <QFileInfo>

namespace kitetp {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_ui(new Ui::WelcomePage)
{
    m_ui->setupUi(this);
    connect(m_ui->newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_ui->recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openFile(item->data(Qt::UserRole).toString()); });
    refreshRecent();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::refreshRecent()
{
    m_ui->recentList->clear();
    for (const QString &path : Settings::recentFiles()) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).absolutePath(),
                                         m_ui->recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    const bool any = m_ui->recentList->count() > 0;
    m_ui->recentLabel->setVisible(any);
    m_ui->recentList->setVisible(any);
}

} // namespace kitetp
