// SPDX-License-Identifier: EUPL-1.2
#include "core/Printable.h"

namespace kitetp::Printable {

namespace {
bool isInvisible(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xfeff || c == 0x200b || (c >= 0x200e && c <= 0x200f) ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || (c >= 0x2028 && c <= 0x2029);
}
} // namespace

QString quote(const QString &text, int maxLength)
{
    const bool cut = text.size() > maxLength;
    QString out;
    out.reserve(int(std::min<qsizetype>(text.size(), maxLength)) + 8);
    for (const QChar c : QStringView(text).left(maxLength)) {
        if (isInvisible(c.unicode()))
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    // A surrogate pair cut in two would end the message with half a character.
    if (cut && !out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    return cut ? out + QChar(0x2026) : out;
}

} // namespace kitetp::Printable
