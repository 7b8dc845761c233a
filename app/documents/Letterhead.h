// SPDX-License-Identifier: EUPL-1.2
#pragma once

class QString;

namespace kitetp {

class PaperDocument;
class ProgrammeFile;

// The header every document of a programme carries: the programme's title and host organisation on the left,
// the date of printing on the right, the team's logo when there is one. Every builder calls apply().
namespace Letterhead {
void apply(PaperDocument &document, ProgrammeFile &file);
} // namespace Letterhead

} // namespace kitetp
