// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"

#include <QCoreApplication>

namespace kitetp {

// Pieces of HTML shared by the guide documents (leader's guide, handout, sign-in sheet). Every piece of user
// text goes through Html::escape here; French typography (non-breaking spaces before « : », « h », « min »).
class GuideHtml
{
    Q_DECLARE_TR_FUNCTIONS(GuideHtml)
public:
    static QString duration(int minutes);             // "45 min", "2 h", "1 h 30"
    static QString clock(int minutes);                // "0:45", "1:30" (elapsed time in the timing table)
    static QString label(const QString &text);        // "Durée :" with a non-breaking space
    static QString list(const QStringList &items, const QString &emptyText = {});
    static QString checklist(const QStringList &items);
    static QString skills(const Seance &seance, const QList<Skill> &catalogue);
    static QString participants(const Seance &seance); // "4 à 10 participants", "individuelle"
    static QString facts(const Seance &seance);       // the table of audience, format, duration, group, ...
    static QString draftNote(const Seance &seance);   // the draft warning, empty when not a draft
    static QString quoted(const QString &text);       // « text », escaped
};

} // namespace kitetp
