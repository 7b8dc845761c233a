// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"

#include <QCoreApplication>

namespace kitetp {

// The rules every conducteur and séance obeys, whoever writes it: the editor, an import, a template.
// Each check returns a translated French reason when refused, an empty string when fine.
class GuideRules
{
    Q_DECLARE_TR_FUNCTIONS(GuideRules)
public:
    // Limits (characters, items, minutes, people). Multi-line texts: description, evaluation, sources, steps.
    static constexpr int maxCode = 20;
    static constexpr int maxTitle = 200;
    static constexpr int maxLine = 500;       // one item of a list (objective, material, key message...)
    static constexpr int maxText = 5000;      // a multi-line text
    static constexpr int maxItems = 60;       // items of a list
    static constexpr int maxSteps = 40;
    static constexpr int maxDuration = 24 * 60;
    static constexpr int maxGroup = 100;
    static constexpr int maxConducteurs = 100;
    static constexpr int maxSeances = 60;     // per conducteur
    static constexpr int maxSkills = 200;

    static QString checkCode(const QString &code);
    static QString checkTitle(const QString &title);
    static QString checkConducteur(const Conducteur &conducteur); // without its séances
    static QString checkSeance(const Seance &seance);             // skills not checked (ids)
    static QString checkSkillLabel(const QString &label);

    // `base` when no code in `taken` equals it (case-insensitively), else base-2, base-3...
    static QString freeCode(const QString &base, const QStringList &taken);

    // The HAS 2007 catalogue seeded in every new programme (ids 0, positions in order). Stored data, kept in French
    // whatever the interface language, so that templates and imports match it by label.
    static QList<Skill> defaultSkills();

    static QString familyLabel(Skill::Family family);
    static QString formatLabel(Seance::Format format);
};

} // namespace kitetp
