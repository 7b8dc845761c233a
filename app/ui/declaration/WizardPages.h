// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <functional>

class QString;

namespace kitetp {

class BoundPage;
class ProgrammeDocument;

// The pages of the declaration wizards, each built on its form (forms/wiz*.ui).
namespace WizardPages {
BoundPage *structure(ProgrammeDocument *document);
BoundPage *need(ProgrammeDocument *document);
BoundPage *team(ProgrammeDocument *document);
BoundPage *coordinator(ProgrammeDocument *document);
BoundPage *patients(ProgrammeDocument *document);
BoundPage *design(ProgrammeDocument *document, const std::function<void()> &openGuides);
BoundPage *path(ProgrammeDocument *document);
BoundPage *coordination(ProgrammeDocument *document);
BoundPage *consent(ProgrammeDocument *document);
BoundPage *evaluation(ProgrammeDocument *document);
BoundPage *funding(ProgrammeDocument *document);
// `follow(step, field)` is called when a checklist line is double-clicked.
BoundPage *check(ProgrammeDocument *document, const std::function<void(const QString &, const QString &)> &follow);
BoundPage *send(ProgrammeDocument *document);
BoundPage *effective(ProgrammeDocument *document);
} // namespace WizardPages

} // namespace kitetp
