// SPDX-License-Identifier: EUPL-1.2
#include "core/Change.h"

namespace kitetp {

Change::Change(ChangeArea area) : m_areas(area), m_whole(area) {}

Change::Change(ChangeArea area, const QList<qint64> &rows) : m_areas(area)
{
    m_rows.insert(area, rows);
}

Change::Change(ChangeArea area, const QStringList &keys) : m_areas(area)
{
    m_keys.insert(area, keys);
}

void Change::merge(const Change &other)
{
    m_areas |= other.m_areas;
    m_whole |= other.m_whole;
    for (auto it = other.m_rows.constBegin(); it != other.m_rows.constEnd(); ++it) {
        QList<qint64> &rows = m_rows[it.key()];
        for (qint64 id : it.value())
            if (!rows.contains(id))
                rows << id;
    }
    for (auto it = other.m_keys.constBegin(); it != other.m_keys.constEnd(); ++it) {
        QStringList &keys = m_keys[it.key()];
        for (const QString &key : it.value())
            if (!keys.contains(key))
                keys << key;
    }
}

} // namespace kitetp
