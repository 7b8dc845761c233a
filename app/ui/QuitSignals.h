// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>

class QSocketNotifier;

namespace kitetp {

// The window's answer to a logout or a shutdown: SIGTERM and SIGHUP are turned into the signal received() in the
// event loop (the handler only writes a byte to a socket pair), where the window commits the edit being typed,
// closes the programme (its lock goes) and quits.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);

Q_SIGNALS:
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kitetp
