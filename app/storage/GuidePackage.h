// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/GuideExchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace kitetp {

class ProgrammeFile;

// The .etpkit package (docs/guides-exchange.md): a zip (libzip) holding `manifest.json` (format, version, origin,
// every other entry with its size and SHA-256), `guides.json` (the exchange JSON, its séances' "supports" naming
// their entries) and the materials' files under `supports/`. Reading is written for hostile input: the whole package
// is refused, before anything is written, for a name that is absolute, climbs out (`..`) or is not plain text, a
// symbolic link or other special entry, an encrypted entry, too many entries, an entry or a total too large or
// compressed suspiciously well (counted while inflating, not taken from the declared sizes), a manifest that lies
// (an entry missing, one more, a size or a checksum that differ), or a material the JSON does not match.
class GuidePackage
{
    Q_DECLARE_TR_FUNCTIONS(GuidePackage)
public:
    static constexpr int version = 1;
    static QString formatName() { return QStringLiteral("kitetp-paquet"); }
    static QString suffix() { return QStringLiteral("etpkit"); }

    static constexpr qint64 maxPackageBytes = qint64(512) * 1024 * 1024; // the package file itself
    static constexpr int maxEntries = 1000;
    static constexpr qint64 maxTotal = qint64(512) * 1024 * 1024;        // all entries inflated
    static constexpr qint64 maxRatio = 100;  // inflated / compressed, for an entry of more than ratioFloor
    static constexpr qint64 ratioFloor = qint64(1) * 1024 * 1024;

    // The package of `bundle` (its séances' supports with their data), from `origin`; empty with `*error` set on
    // failure.
    static QByteArray write(const GuideBundle &bundle, const GuideOrigin &origin, QString *error);
    // The bundle (materials with their data; conducteurs without an origin of their own get the package's, with their
    // code), or nothing with `*error` set to a French sentence.
    static std::optional<GuideBundle> read(const QByteArray &package, QString *error);
    // What the window and the command line share. Writes the package of the programme's guides (`codes`, or all) at
    // `path` (storage/OutputFile), its origin the programme's title and structure, and records the sending (to
    // `recipient`, today) for the follow-up; `materials` receives how many materials it holds.
    static FileError exportPackage(ProgrammeFile &file, const QString &path, const QStringList &codes, const QString &recipient,
                                   int *materials = nullptr);
    // Reads the guides of `path`: a package by its content (a zip), whatever its name; a JSON exchange file otherwise.
    static std::optional<GuideBundle> readFile(const QString &path, QString *error);
    // A package by its first bytes (a zip), not by its name.
    static bool looksLikePackage(const QByteArray &head) { return head.startsWith("PK\x03\x04"); }
};

} // namespace kitetp
