// SPDX-License-Identifier: EUPL-1.2
#include "documents/DeclarationHtml.h"

#include "core/Html.h"
#include "core/ProgrammeFields.h"

#include <QLocale>
#include <QRegularExpression>

namespace kitetp {

QString DeclarationHtml::missing()
{
    return QStringLiteral("<span class=\"missing\">%1</span>").arg(tr("[Non renseigné]"));
}

QString DeclarationHtml::value(const QString &text)
{
    return text.trimmed().isEmpty() ? missing() : Html::escape(text.trimmed(), true);
}

QString DeclarationHtml::yesNo(const QString &stored)
{
    if (stored == QLatin1String("oui"))
        return tr("Oui");
    if (stored == QLatin1String("non"))
        return tr("Non");
    return missing();
}

QString DeclarationHtml::date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString DeclarationHtml::money(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

QString DeclarationHtml::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-color:#9aa9b8;\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += widths.value(i) > 0 ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths.at(i)).arg(headers.at(i))
                                    : QStringLiteral("<th>%1</th>").arg(headers.at(i));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString DeclarationHtml::fieldTable(const QHash<QString, QString> &fields, const QStringList &keys)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const QString &key : keys) {
        const FieldSpec *spec = ProgrammeFields::find(key);
        const QString v = fields.value(key);
        const QString shown = spec && spec->kind == FieldSpec::YesNo ? yesNo(v) : value(ProgrammeFields::displayValue(key, v));
        html += QStringLiteral("<tr><td width=\"32%\" style=\"background-color:#eef3f8;\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(Html::escape(ProgrammeFields::label(key)), shown);
    }
    return html + QStringLiteral("</table>");
}

QString DeclarationHtml::pieceState(const QList<Attachment> &attachments, const QHash<qint64, int> &numbers, Attachment::Piece piece,
                                    qint64 memberId)
{
    QStringList found;
    for (const Attachment &a : attachments)
        if (a.piece == piece && (memberId == 0 || a.memberId == memberId) && numbers.contains(a.id))
            found << tr("pièce n° %1").arg(numbers.value(a.id));
    if (found.isEmpty())
        return QStringLiteral("<span class=\"missing\">%1</span>").arg(tr("à joindre"));
    return tr("jointe (%1)").arg(found.join(QStringLiteral(", ")));
}

QString DeclarationHtml::declaredState(const DeclarationTimeline &timeline, const QDate &today)
{
    const QDate effective = timeline.effective(today);
    if (effective.isValid())
        return tr("déclaré à l'ARS (déclaration effective le %1)").arg(longDate(effective));
    if (timeline.sent().isValid())
        return tr("en cours de déclaration auprès de l'ARS");
    return {};
}

QString DeclarationHtml::longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString day = QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
    if (date.day() == 1 && QLocale().language() == QLocale::French)
        day.replace(0, 1, QStringLiteral("1er"));
    return day;
}

QString DeclarationHtml::letterDate(const QHash<QString, QString> &fields, const QDate &date)
{
    QString city = fields.value(QStringLiteral("structure.city")).trimmed();
    if (city.isEmpty()) {
        // The town after the postcode on the address's last line ("44000 Nantes").
        static const QRegularExpression town(QStringLiteral("\\b\\d{5}\\s+([^\\d\\n][^\\n]*)$"));
        const auto m = town.match(fields.value(QStringLiteral("structure.address")).trimmed());
        if (m.hasMatch())
            city = m.captured(1).trimmed();
    }
    const QString day = longDate(date);
    return city.isEmpty() ? tr("Le %1").arg(day) : tr("%1, le %2").arg(Html::escape(city), day);
}

QString DeclarationHtml::teamTable(const QList<TeamMember> &team, const QList<Attachment> &attachments,
                                   const QHash<qint64, int> &pieceNumbers)
{
    if (team.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(missing());
    QList<QStringList> rows;
    for (const TeamMember &m : team) {
        QString name = Html::escape(m.name);
        if (m.isCoordinator)
            name += QStringLiteral("<br/><i>%1</i>").arg(tr("coordonnateur"));
        if (m.isPatientPartner)
            name += QStringLiteral("<br/><i>%1</i>").arg(tr("patient intervenant"));
        QString training = m.trainingHours > 0 ? tr("%1 h").arg(m.trainingHours) : missing();
        if (!m.trainingBody.isEmpty())
            training += QStringLiteral("<br/>") + Html::escape(m.trainingBody);
        if (m.trainingYear > 0)
            training += QStringLiteral(" (%1)").arg(m.trainingYear);
        if (!m.isTrained())
            training += QStringLiteral("<br/><span class=\"missing\">%1</span>").arg(tr("moins de 40 h"));
        rows << QStringList{name, value(m.profession), value(m.role), training,
                            pieceState(attachments, pieceNumbers, Attachment::Piece::TrainingCertificate, m.id)};
    }
    return table({tr("Nom"), tr("Profession"), tr("Rôle dans le programme"), tr("Formation ETP"), tr("Attestation")}, rows,
                 {21, 16, 22, 27, 14});
}

QString DeclarationHtml::fundingTable(const QList<Funding> &funding)
{
    if (funding.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(missing());
    QList<QStringList> rows;
    qint64 total = 0;
    for (const Funding &f : funding) {
        rows << QStringList{Html::escape(f.source), money(f.amountCents),
                            f.year > 0 ? QString::number(f.year) : tr("chaque année"), Html::escape(f.note, true)};
        total += f.amountCents;
    }
    rows << QStringList{QStringLiteral("<b>%1</b>").arg(tr("Total")), QStringLiteral("<b>%1</b>").arg(money(total)), QString(), QString()};
    return table({tr("Source"), tr("Montant"), tr("Année"), tr("Remarque")}, rows, {35, 18, 15, 32});
}

QString DeclarationHtml::sessionsTable(const QList<Conducteur> &conducteurs)
{
    QList<QStringList> rows;
    for (const Conducteur &c : conducteurs)
        for (const Seance &s : c.seances) {
            QString title = Html::escape(s.title);
            if (s.draft)
                title += QStringLiteral(" <i>(%1)</i>").arg(tr("brouillon"));
            rows << QStringList{Html::escape(s.code), title, Html::escape(c.title),
                                s.format == Seance::Format::Individual ? tr("individuelle") : tr("collective"),
                                s.durationMin > 0 ? tr("%1 min").arg(s.durationMin) : missing(),
                                Html::escape(s.professions.join(QStringLiteral(", ")))};
        }
    if (rows.isEmpty())
        return QStringLiteral("<p>%1 %2</p>").arg(missing(), tr("Aucune séance n'est encore décrite dans les ateliers."));
    return table({tr("Code"), tr("Séance"), tr("Atelier"), tr("Format"), tr("Durée"), tr("Intervenants")}, rows,
                 {9, 30, 22, 12, 9, 18});
}

QString DeclarationHtml::charterTable(const QList<TeamMember> &team, const QList<Attachment> &attachments,
                                      const QHash<qint64, int> &pieceNumbers)
{
    if (team.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(missing());
    QList<QStringList> rows;
    for (const TeamMember &m : team)
        rows << QStringList{Html::escape(m.name), value(m.profession),
                            m.charterSignedOn.isValid() ? tr("signée le %1").arg(date(m.charterSignedOn))
                                                        : QStringLiteral("<span class=\"missing\">%1</span>").arg(tr("non signée")),
                            pieceState(attachments, pieceNumbers, Attachment::Piece::SignedCharter, m.id)};
    return table({tr("Intervenant"), tr("Profession"), tr("Charte d'engagement"), tr("Charte signée")}, rows, {32, 24, 22, 22});
}

QString DeclarationHtml::checklistTable(const QList<ChecklistItem> &items)
{
    QList<QStringList> rows;
    QString section;
    for (const ChecklistItem &i : items) {
        QString status = ChecklistItem::statusLabel(i.status);
        if (i.status == ChecklistItem::Status::Missing)
            status = QStringLiteral("<span style=\"color:#9c1c1c;\"><b>✗ %1</b></span>").arg(status);
        else if (i.status == ChecklistItem::Status::ToVerify)
            status = QStringLiteral("<span style=\"color:#8a5a00;\"><b>? %1</b></span>").arg(status);
        else
            status = QStringLiteral("<span style=\"color:#1e6b30;\">✓ %1</span>").arg(status);
        rows << QStringList{i.section == section ? QString() : Html::escape(i.section), Html::escape(i.label), status,
                            Html::escape(i.reason)};
        section = i.section;
    }
    return table({tr("Rubrique"), tr("Exigence"), tr("État"), tr("Détail")}, rows, {18, 38, 14, 30});
}

} // namespace kitetp
