// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace kitetp {

// A set of guides as it travels between programmes: the skills it refers to and the conducteurs with their séances.
// Séance skill ids refer to the ids of `skills` (the store's ids on export, 1..n after parsing).
struct GuideBundle
{
    QList<Skill> skills;
    QList<Conducteur> conducteurs;
    GuideOrigin origin; // the package's origin (manifest), empty for a plain JSON file
};

// What an import did, line by line, in French.
struct ImportReport
{
    QStringList added;
    QStringList renamed;
    QStringList refused;
    QStringList updated; // guides replaced by a later package from the same origin
    QString text() const;
};

// What an import will write: the conducteurs to add (codes already made free) and the report.
struct ImportPlan
{
    QList<Conducteur> conducteurs;
    ImportReport report;
};

// The guides exchange file (docs/guides-exchange.md): versioned JSON, plain text only. Parsing checks everything
// (JSON, version, required fields, types, sizes, GuideRules) and refuses the whole file with one French message.
class GuideExchange
{
    Q_DECLARE_TR_FUNCTIONS(GuideExchange)
public:
    static constexpr int version = 1;
    static constexpr qint64 maxBytes = qint64(8) * 1024 * 1024;
    static QString formatName() { return QStringLiteral("kitetp-guides"); }

    enum class Mode { Merge, Replace };

    static QByteArray toJson(const GuideBundle &bundle, const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

    // The bundle, or nothing with `*error` set to a French message saying what is wrong and where.
    static std::optional<GuideBundle> parse(const QByteArray &data, QString *error);

    // Merge keeps `existing` and adds the incoming guides, renaming codes already used and refusing guides
    // identical to one already there; Replace adds everything (the caller removes the existing guides first).
    static ImportPlan plan(const GuideBundle &incoming, const QList<Conducteur> &existing, Mode mode);
};

} // namespace kitetp
