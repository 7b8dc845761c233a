// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace kitetp {

// Shown when no programme is open: New, Open, try the demo, and the recent programmes.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;
    void refreshRecent();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void openFile(const QString &path);

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace kitetp
