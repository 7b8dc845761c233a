// SPDX-License-Identifier: EUPL-1.2
#include "documents/DirectoryDocument.h"

#include "core/Html.h"
#include "documents/DeclarationHtml.h"

#include <QCoreApplication>

namespace kitetp::DirectoryDocument {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryDocument)
};

struct Heading
{
    int level;
    QString text;
};

QString row(const QString &label, const QString &value, bool lineBreaks = false)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td width=\"28%\" style=\"background-color:#eef3f8;\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label, Html::escape(value, lineBreaks));
}

QString entryHtml(const DirectoryEntry &e, const QDate &edition)
{
    using H = DeclarationHtml;
    QString html = QStringLiteral("<h3>%1</h3>").arg(Html::escape(e.title));
    QString dated = Text::tr("Fiche du %1").arg(H::date(e.generated));
    if (e.isStale(edition))
        dated += QStringLiteral(" — <b style=\"color:#b00020;\">%1</b>").arg(Text::tr("« à mettre à jour »"));
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(dated);
    QString contact = e.contactName;
    if (!e.contactRole.isEmpty())
        contact += (contact.isEmpty() ? QString() : QStringLiteral(", ")) + e.contactRole;
    QStringList reach;
    for (const QString &s : {e.phone, e.email})
        if (!s.isEmpty())
            reach << s;
    if (!reach.isEmpty())
        contact += (contact.isEmpty() ? QString() : QStringLiteral(" — ")) + reach.join(QStringLiteral(" — "));
    QString external;
    if (e.externalPatients)
        external = *e.externalPatients ? Text::tr("oui") : Text::tr("non");
    QString rows = row(Text::tr("Problème de santé"), e.condition) + row(Text::tr("Présentation"), e.summary, true) +
                   row(Text::tr("Population"), e.population, true) + row(Text::tr("Modalité"), e.setting) +
                   row(Text::tr("Formats"), Directory::formatsText(e.formats)) +
                   row(Text::tr("Accepte des patients extérieurs"), external) +
                   row(Text::tr("Orientation"), e.referral, true) + row(Text::tr("Structure porteuse"), e.structure) +
                   row(Text::tr("Adresse"), e.address, true) + row(Text::tr("Lieux"), e.places, true) +
                   row(Text::tr("Coordonnateur"), e.coordinator) + row(Text::tr("Contact"), contact) +
                   row(Text::tr("Association de patients"), e.association);
    if (e.effective.isValid())
        rows += row(Text::tr("Déclaration effective le"), H::date(e.effective));
    if (e.stopped.isValid())
        rows += row(Text::tr("Arrêt déclaré le"), H::date(e.stopped));
    if (!rows.isEmpty())
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
    return html;
}

QString tocHtml(const QList<Heading> &entries, const QList<int> &pages)
{
    QString html = QStringLiteral("<p style=\"page-break-before: always;\" class=\"cover-title\">%1</p>").arg(Text::tr("Sommaire"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (int i = 0; i < entries.size(); ++i) {
        const Heading &h = entries.at(i);
        // Before the pages are known, a two-digit placeholder keeps the table's height.
        const QString page = i < pages.size() && pages.at(i) > 0 ? QString::number(pages.at(i)) : QStringLiteral("00");
        html += QStringLiteral("<tr><td style=\"padding-left: %1pt;\">%2%3%4</td><td width=\"10%\" align=\"right\">%5</td></tr>")
                    .arg(h.level == 1 ? 0 : 18)
                    .arg(h.level == 1 ? QStringLiteral("<b>") : QString(), Html::escape(h.text),
                         h.level == 1 ? QStringLiteral("</b>") : QString(), page);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString defaultTitle()
{
    return Text::tr("Annuaire des programmes d'éducation thérapeutique du patient");
}

std::unique_ptr<PaperDocument> build(const QList<DirectoryEntry> &unordered, const QString &title, const QDate &edition)
{
    const QString shownTitle = title.trimmed().isEmpty() ? defaultTitle() : title.trimmed();
    auto doc = std::make_unique<PaperDocument>(shownTitle);
    doc->setSubject(Text::tr("Annuaire, édition du %1").arg(DeclarationHtml::longDate(edition)));
    doc->setFooterNote(Text::tr("Édition du %1").arg(DeclarationHtml::date(edition)));
    const QList<DirectoryEntry> entries = Directory::sorted(unordered);
    int stale = 0;
    for (const DirectoryEntry &e : entries)
        stale += e.isStale(edition) ? 1 : 0;

    QString cover = QStringLiteral("<p style=\"margin-top: 80pt;\" class=\"cover-title\">%1</p>").arg(Html::escape(shownTitle));
    cover += QStringLiteral("<p><b>%1</b></p>").arg(Text::tr("Édition du %1").arg(DeclarationHtml::longDate(edition)));
    cover += QStringLiteral("<p>%1</p>").arg(Text::tr("%n programme(s)", nullptr, int(entries.size())));
    if (stale > 0)
        cover += QStringLiteral("<p>%1</p>").arg(
            Text::tr("%n fiche(s) de plus d'un an, marquée(s) « à mettre à jour ».", nullptr, stale));
    cover += QStringLiteral("<p class=\"muted\" style=\"margin-top: 30pt;\">%1</p>")
                 .arg(Text::tr("Chaque programme est présenté d'après sa fiche annuaire, telle que son équipe l'a transmise, "
                               "à la date indiquée. Classement par département puis par ville."));

    QList<Heading> headings;
    QString body;
    QString departement = QStringLiteral("\x01");
    QString town = QStringLiteral("\x01");
    for (const DirectoryEntry &e : entries) {
        if (e.departement != departement || headings.isEmpty()) {
            departement = e.departement;
            town = QStringLiteral("\x01");
            const QString label = Directory::departementLabel(e.departement);
            headings.append({1, label});
            body += QStringLiteral("<h1 style=\"page-break-before: always;\">%1</h1>").arg(Html::escape(label));
        }
        if (Directory::folded(e.town) != town) {
            town = Directory::folded(e.town);
            const QString label = e.town.isEmpty() ? Text::tr("Ville non précisée") : e.town;
            headings.append({2, label});
            body += QStringLiteral("<h2>%1</h2>").arg(Html::escape(label));
        }
        body += entryHtml(e, edition);
    }
    if (entries.isEmpty())
        body = QStringLiteral("<p style=\"page-break-before: always;\">%1</p>").arg(Text::tr("L'annuaire ne contient aucun programme."));

    // Lay out with the pages found, measure the headings again, until stable.
    QList<int> pages;
    for (int pass = 0; pass < 5; ++pass) {
        doc->setBodyHtml(cover + tocHtml(headings, pages) + body);
        QList<int> found;
        const QList<PaperDocument::Heading> laid = doc->headings();
        for (const PaperDocument::Heading &h : laid)
            if (h.level <= 2)
                found << h.page;
        if (found == pages)
            break;
        pages = found;
    }
    return doc;
}

} // namespace kitetp::DirectoryDocument
