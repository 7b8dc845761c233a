// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLatin1String>
#include <QString>

#include <cstddef>

namespace kitetp {

// An enum numbered 0..n-1 described by one array in the enum's order, a row per value: the word the programme
// file stores and, where the enum has one, the label a user reads (untranslated, marked with QT_TRANSLATE_NOOP in
// the caller's context). An enum with no label here is described by its stored words alone (const char *[]).
struct EnumWords
{
    const char *stored; // null for a value stored as NULL / empty
    const char *label;  // null for a value with no label
};

namespace EnumWord {

inline const char *storedOf(const EnumWords &row) { return row.stored; }
inline const char *storedOf(const char *word) { return word; }

// The row of `value`; null outside the array.
template<typename Row, std::size_t N, typename Enum>
const Row *of(const Row (&rows)[N], Enum value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? &rows[i] : nullptr;
}

// The stored word of `value` (a null QString for none).
template<typename Row, std::size_t N, typename Enum>
QString stored(const Row (&rows)[N], Enum value)
{
    const Row *row = of(rows, value);
    const char *word = row ? storedOf(*row) : nullptr;
    return word ? QString::fromLatin1(word) : QString();
}

// The value whose stored word is `text` (an empty text matches a null word), `fallback` when none is; `ok` says
// whether one is.
template<typename Row, std::size_t N, typename Enum>
Enum fromStored(const Row (&rows)[N], const QString &text, Enum fallback, bool *ok = nullptr)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(storedOf(rows[i]))) {
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
