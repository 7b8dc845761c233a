// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/DeclarationChecklist.h"

namespace kitetp {

// One box of a flowchart: its state is computed from the programme file; `target` is the declaration step's
// wizard ("need", "team", ...) or, for the implementation flowchart, the page where the work is done
// ("programme", "ateliers", "declaration", "patients", "seances", "evaluation").
struct FlowStep
{
    enum class State { ToDo, InProgress, Complete, NeedsAttention };
    QString id;
    QString title;
    QString detail; // one line: what was found
    State state = State::ToDo;
    QString target;

    static QString stateLabel(State state);
};

// The two flowcharts of declaration.md, as data. They are the application's guide, not an official ARS document.
class DeclarationFlow
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationFlow)
public:
    // The 7 steps from the need to the declaration taking effect.
    static QList<FlowStep> declarationSteps(const DeclarationFacts &facts);
    static QList<FlowStep> declarationSteps(const DeclarationFacts &facts, const QList<ChecklistItem> &checklist);
    // The steps after the declaration: training, preparation, patients, sessions, evaluations, changes, stop.
    static QList<FlowStep> implementationSteps(const DeclarationFacts &facts);
    // The ids of the declaration steps, in order (the wizards).
    static QStringList declarationStepIds();
    static QString caption();
};

} // namespace kitetp
