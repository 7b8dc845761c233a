// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Declaration.h"

namespace kitetp {

// One requirement of the dossier or of the national specifications, checked against the programme file.
struct ChecklistItem
{
    enum class Status { Met, Missing, ToVerify };
    QString id;      // stable identifier ("team.coordinator.training"), used by tests and links
    QString section; // the dossier section it belongs to (translated)
    QString label;   // the requirement (translated)
    Status status = Status::Missing;
    QString reason;  // why it is missing or must be verified; what was found when met
    QString step;    // the declaration step whose wizard fixes it ("team", "design", ...)
    QString field;   // the programme field that fixes it, when there is one

    static QString statusLabel(Status status);
};

// The completeness check: one line per requirement, in the order of the dossier. Requirements marked [verify]
// in the domain notes are never "met": they say "à vérifier auprès de votre ARS".
class DeclarationChecklist
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationChecklist)
public:
    static QList<ChecklistItem> compute(const DeclarationFacts &facts);

    static int count(const QList<ChecklistItem> &items, ChecklistItem::Status status);
    static bool isComplete(const QList<ChecklistItem> &items) { return count(items, ChecklistItem::Status::Missing) == 0; }
    // The text "à vérifier auprès de votre ARS", the one wording for every unsure rule.
    static QString verifyWithArs();
};

} // namespace kitetp
