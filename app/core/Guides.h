// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Material.h"
#include "core/Quiz.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kitetp {

// One step of a séance's plan.
struct SeanceStep
{
    qint64 id = 0;
    int durationMin = 0;
    QString activity;
    QString technique;
    QString materials;
};

// A séance (one workshop session) of a conducteur, with everything a leader needs to run it.
struct Seance
{
    enum class Format { Collective, Individual };
    qint64 id = 0;
    qint64 conducteurId = 0;
    QString code;  // "C1S2"
    QString title;
    int position = 0;
    QStringList objectives;   // "À la fin de la séance, le participant est capable de …"
    QList<qint64> skillIds;   // skills of the catalogue aimed at
    QString audience;
    Format format = Format::Collective;
    int durationMin = 0;
    int groupMin = 0;
    int groupMax = 0;
    QStringList professions;  // facilitators' professions
    QString room;
    QStringList materials;    // checklist
    QList<SeanceStep> steps;
    QString evaluation;       // how skills are checked at the end
    QStringList keyMessages;  // the patient handout
    QString sources;
    bool draft = false;
    // Teaching materials (MaterialStore), in order; filled by GuideTransfer::collect and the exchange, not by
    // GuideStore, which neither reads nor writes them.
    QList<Material> supports;
    Quiz quiz;                // the recap quiz (empty: none)

    int stepsDurationMin() const;
    bool stepsMatchDuration() const { return steps.isEmpty() || stepsDurationMin() == durationMin; }
};

// Where an imported guide came from (the .etpkit package's origin): the programme and structure that exported it,
// the date and application version of the export, and the code the guide had there. Empty for a guide made here.
struct GuideOrigin
{
    QString programme;
    QString structure;
    QDate exportedOn;
    QString version;
    QString code;

    bool isEmpty() const { return programme.isEmpty() && structure.isEmpty(); }
    // A later package of the same guide from the same programme.
    bool sameGuide(const GuideOrigin &o) const
    {
        return !isEmpty() && programme == o.programme && structure == o.structure && code == o.code;
    }
};

// A conducteur (leader's guide): a themed set of séances.
struct Conducteur
{
    qint64 id = 0;
    QString code;  // "C1"
    QString title;
    QString description;
    int position = 0;
    QList<Seance> seances;
    GuideOrigin origin; // GuideTransfer reads and writes it (table guide_origin), not GuideStore
};

// A skill of the catalogue (HAS 2007): self-care, adaptation, or safety (a self-care skill teams name apart).
struct Skill
{
    enum class Family { SelfCare, Adaptation, Safety };
    qint64 id = 0;
    Family family = Family::SelfCare;
    QString label;
    int position = 0;
};

QString formatToStored(Seance::Format format);
Seance::Format formatFromStored(const QString &text);
QString familyToStored(Skill::Family family);
Skill::Family familyFromStored(const QString &text);

} // namespace kitetp
