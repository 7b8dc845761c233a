#pragma once

#include <QLatin1String>
#include <QString>

#include <cstddef>

namespace kitetp {

// An enum numbered 0..n-1 described by one array in the enum's order, a row per value: the word the programme
// file stores and the label a user reads (untranslated, marked with QT_TRANSLATE_NOOP in the caller's context).
struct EnumWords
{
    const char *stored; // null for a value stored as NULL / empty
    const char *label;  // null for a value with no label
};

namespace EnumWord {

// The row of `value`; null outside the array.
template<std::size_t N, typename Enum>
const EnumWords *of(const EnumWords (&rows)[N], Enum value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? &rows[i] : nullptr;
}

// The stored word of `value` (a null QString for none).
template<std::size_t N, typename Enum>
QString stored(const EnumWords (&rows)[N], Enum value)
{
    const EnumWords *row = of(rows, value);
    return row && row->stored ? QString::fromLatin1(row->stored) : QString();
}

// The value whose stored word is `text` (an empty text matches a null word), `fallback` when none is; `ok` says
// whether one is.
template<std::size_t N, typename Enum>
Enum fromStored(const EnumWords (&rows)[N], const QString &text, Enum fallback, bool *ok = nullptr)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(rows[i].stored)) {
            if (ok)
                *ok = true;
            return static_cast<Enum>(i);
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

} // namespace EnumWord
} // namespace kitetp
