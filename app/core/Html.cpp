// SPDX-License-Identifier: EUPL-1.2
#include "core/Html.h"

namespace kitetp::Html {

QString escape(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case '\n':
            out += keepLineBreaks ? QStringLiteral("<br/>") : QStringLiteral("\n");
            break;
        default: out += c;
        }
    }
    return out;
}

} // namespace kitetp::Html
