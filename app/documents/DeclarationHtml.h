// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/DeclarationChecklist.h"
#include "core/Guides.h"

#include <QCoreApplication>

namespace kitetp {

// HTML pieces shared by the declaration's documents (dossier, leaflet, card, letter). User text always goes
// through Html::escape; an empty value is printed as missing, never skipped.
class DeclarationHtml
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationHtml)
public:
    static QString missing();
    // The escaped value (line breaks kept), or the "missing" mark.
    static QString value(const QString &text);
    static QString yesNo(const QString &stored);
    // A two-column table: the field's label, its value (or missing).
    static QString fieldTable(const QHash<QString, QString> &fields, const QStringList &keys);
    // `pieceNumbers`: the number of each attached piece in the dossier (by attachment id); a certificate not
    // attached is "à joindre", never ticked.
    static QString teamTable(const QList<TeamMember> &team, const QList<Attachment> &attachments = {},
                             const QHash<qint64, int> &pieceNumbers = {});
    static QString fundingTable(const QList<Funding> &funding);
    static QString sessionsTable(const QList<Conducteur> &conducteurs);
    static QString charterTable(const QList<TeamMember> &team, const QList<Attachment> &attachments = {},
                                const QHash<qint64, int> &pieceNumbers = {});
    // "jointe (pièce n° 3)" for the first attached piece of `piece` (of `memberId`), or "à joindre" in red.
    static QString pieceState(const QList<Attachment> &attachments, const QHash<qint64, int> &pieceNumbers,
                              Attachment::Piece piece, qint64 memberId = 0);
    // What a document may say of the declaration: "déclaré à l'ARS (déclaration effective le …)" once effective,
    // "en cours de déclaration auprès de l'ARS" once sent, nothing before (plain text, not escaped).
    static QString declaredState(const DeclarationTimeline &timeline, const QDate &today);
    // The place and date of a letter: "Nantes, le 1er décembre 2026" (structure.city, or the town of the address).
    static QString letterDate(const QHash<QString, QString> &fields, const QDate &date);
    // A date as letters write it, without the weekday: "1er décembre 2026", "15 janvier 2022".
    static QString longDate(const QDate &date);
    static QString checklistTable(const QList<ChecklistItem> &items);
    static QString money(qint64 cents);
    static QString date(const QDate &date);
    static QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {});
};

} // namespace kitetp
