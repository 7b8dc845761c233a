// SPDX-License-Identifier: EUPL-1.2
#include "core/Progress.h"

#include <QMutexLocker>

namespace kitetp {

void Progress::advance(const QString &step)
{
    if (!step.isEmpty())
        setStep(step);
    ++m_done;
    if (m_onAdvance)
        m_onAdvance();
}

void Progress::reach(int done, const QString &step)
{
    if (!step.isEmpty())
        setStep(step);
    m_done = done;
    if (m_onAdvance)
        m_onAdvance();
}

QString Progress::step() const
{
    const QMutexLocker lock(&m_mutex);
    return m_step;
}

void Progress::setStep(const QString &step)
{
    const QMutexLocker lock(&m_mutex);
    m_step = step;
}

} // namespace kitetp
