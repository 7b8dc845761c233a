// SPDX-License-Identifier: EUPL-1.2
#include "ui/LongWork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <memory>

namespace kitetp::LongWork {

namespace {
const int showAfterMs = 400; // shorter work ends without a dialog flashing by
const int refreshMs = 100;

class LongWorkText
{
    Q_DECLARE_TR_FUNCTIONS(LongWork)
};

// The dialog of one piece of work: shown late, refreshed from the Progress, its cancel button asks the work to stop
// and stays on screen until the work has stopped.
class ProgressWindow
{
public:
    ProgressWindow(QWidget *parent, const QString &title, Progress &progress, Cancel cancel)
        : m_progress(progress), m_dialog(parent)
    {
        m_dialog.setObjectName(QStringLiteral("longWorkDialog"));
        m_dialog.setWindowTitle(title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setMinimumDuration(0);
        m_dialog.setMinimumWidth(420);
        m_dialog.setLabelText(title);
        // QProgressDialog hides itself when cancelled; this one says it is stopping until the work has stopped.
        QObject::disconnect(&m_dialog, &QProgressDialog::canceled, &m_dialog, &QProgressDialog::cancel);
        if (cancel == Cancel::Allowed) {
            auto *button = new QPushButton(LongWorkText::tr("Annuler"));
            button->setObjectName(QStringLiteral("longWorkCancel"));
            m_dialog.setCancelButton(button);
            QObject::connect(&m_dialog, &QProgressDialog::canceled, &m_dialog, [this, button] {
                m_progress.cancel();
                button->setEnabled(false);
                m_dialog.setLabelText(LongWorkText::tr("Arrêt en cours…"));
            });
        } else {
            m_dialog.setCancelButton(nullptr);
        }
        m_dialog.hide(); // QProgressDialog shows itself at its first value
        m_clock.start();
    }

    bool isShown() const { return m_dialog.isVisible(); }

    // Shows the dialog once the work has lasted long enough, and brings it up to date.
    void refresh()
    {
        if (!m_dialog.isVisible() && m_clock.elapsed() < showAfterMs)
            return;
        const int total = m_progress.total();
        m_dialog.setMaximum(total > 0 ? total : 0);
        if (total > 0)
            m_dialog.setValue(qMin(m_progress.done(), total));
        if (!m_progress.isCancelled()) {
            const QString step = m_progress.step();
            m_dialog.setLabelText(step.isEmpty() ? m_dialog.windowTitle() : step);
        }
        if (!m_dialog.isVisible())
            m_dialog.show();
    }

private:
    Progress &m_progress;
    QProgressDialog m_dialog;
    QElapsedTimer m_clock;
};

Outcome outcome(const Progress &progress)
{
    return progress.isCancelled() ? Outcome::Cancelled : Outcome::Finished;
}
} // namespace

Outcome run(QWidget *parent, const QString &title, const std::function<void(Progress &)> &work, Cancel cancel)
{
    Progress progress;
    ProgressWindow window(parent, title, progress, cancel);
    std::unique_ptr<QThread> thread(QThread::create([&work, &progress] { work(progress); }));
    thread->setObjectName(QStringLiteral("kitetp-long-work"));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer refresh;
    refresh.setInterval(refreshMs);
    QObject::connect(&refresh, &QTimer::timeout, &loop, [&window, &loop] {
        const bool wasShown = window.isShown();
        window.refresh();
        if (!wasShown && window.isShown())
            loop.quit(); // from now on the modal dialog holds the user's input back: the loop lets it through
    });
    refresh.start();
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (thread->isRunning())
        loop.exec();
    thread->wait();
    return outcome(progress);
}

Outcome runHere(QWidget *parent, const QString &title, const std::function<void(Progress &)> &work, Cancel cancel)
{
    Progress progress;
    ProgressWindow window(parent, title, progress, cancel);
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    progress.setOnAdvance([&window, &sinceEvents] {
        if (sinceEvents.elapsed() < refreshMs)
            return;
        window.refresh();
        // Once the modal dialog shows, only it can be clicked; until then no input is taken.
        QCoreApplication::processEvents(window.isShown() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
        sinceEvents.restart();
    });
    work(progress);
    return outcome(progress);
}

FileError write(QWidget *parent, const QString &title, const std::function<FileError(Progress &)> &work)
{
    FileError result;
    run(parent, title, [&result, &work](Progress &progress) { result = work(progress); }, Cancel::NotAllowed);
    return result;
}

} // namespace kitetp::LongWork
