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
    static QString teamTable(const QList<TeamMember> &team);
    static QString fundingTable(const QList<Funding> &funding);
    static QString sessionsTable(const QList<Conducteur> &conducteurs);
    static QString charterTable(const QList<TeamMember> &team);
    static QString checklistTable(const QList<ChecklistItem> &items);
    static QString money(qint64 cents);
    static QString date(const QDate &date);
    static QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {});
};

} // namespace kitetp
