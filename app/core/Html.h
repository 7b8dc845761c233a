// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

namespace kitetp::Html {

// The one escaping function: every piece of user text that enters HTML (documents, rich labels) goes through it.
// Escapes &, <, >, " and ' and keeps line breaks as <br/> when `keepLineBreaks` is set.
QString escape(const QString &text, bool keepLineBreaks = false);

} // namespace kitetp::Html
