// SPDX-License-Identifier: EUPL-1.2
#include "core/Guides.h"

namespace kitetp {

int Seance::stepsDurationMin() const
{
    int total = 0;
    for (const SeanceStep &s : steps)
        total += s.durationMin;
    return total;
}

QString formatToStored(Seance::Format format)
{
    return format == Seance::Format::Individual ? QStringLiteral("individual") : QStringLiteral("collective");
}

Seance::Format formatFromStored(const QString &text)
{
    return text == QLatin1String("individual") ? Seance::Format::Individual : Seance::Format::Collective;
}

QString familyToStored(Skill::Family family)
{
    switch (family) {
    case Skill::Family::SelfCare: return QStringLiteral("autosoins");
    case Skill::Family::Adaptation: return QStringLiteral("adaptation");
    case Skill::Family::Safety: return QStringLiteral("securite");
    }
    return QStringLiteral("autosoins");
}

Skill::Family familyFromStored(const QString &text)
{
    if (text == QLatin1String("adaptation"))
        return Skill::Family::Adaptation;
    if (text == QLatin1String("securite"))
        return Skill::Family::Safety;
    return Skill::Family::SelfCare;
}

} // namespace kitetp
