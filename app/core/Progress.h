// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace kitetp {

// How far a long piece of work (a dossier, a report, an import, a migration) has gone, written by the thread doing
// it and read by the window's progress dialog (ui/LongWork), which also asks it to stop. Every member may be called
// from any thread.
class Progress
{
public:
    // The number of steps the work will make; 0 while unknown (the dialog then shows a busy bar).
    void setTotal(int total) { m_total = total; }
    int total() const { return m_total; }
    // One more step done, and what the work is doing now (empty: unchanged).
    void advance(const QString &step = {});
    int done() const { return m_done; }
    // `done` steps done so far (for work that counts in its own units, e.g. kilobytes read), the same as advance().
    void reach(int done, const QString &step = {});
    // What the work says it is doing (for the dialog's label).
    QString step() const;
    void setStep(const QString &step);

    // The user asked to stop: the work checks this between steps and stops without leaving anything half-written.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // Called by advance(), on the thread doing the work: for work done on the window's own thread, the window's
    // events are processed there (ui/LongWork::runHere), so that it keeps painting.
    void setOnAdvance(std::function<void()> onAdvance) { m_onAdvance = std::move(onAdvance); }

private:
    std::function<void()> m_onAdvance;
    std::atomic<int> m_total{0};
    std::atomic<int> m_done{0};
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    QString m_step;
};

} // namespace kitetp
