// SPDX-License-Identifier: EUPL-1.2
#include "documents/ReportHtml.h"

#include "core/Html.h"

#include <QLocale>

namespace kitetp {

QString ReportHtml::indicatorTable(const QList<Indicator> &indicators, Indicator::Section section)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\" style=\"border-color: #999999;\">"
                                  "<tr><th width=\"34%\">%1</th><th width=\"16%\">%2</th><th>%3</th></tr>")
                       .arg(tr("Indicateur"), tr("Valeur"), tr("Définition"));
    for (const Indicator &i : indicators) {
        if (i.section != section)
            continue;
        const QString fraction = Indicators::fractionText(i);
        const QString value = Indicators::valueText(i.value, i.unit) + (fraction.isEmpty() ? QString() : QStringLiteral(" (") + fraction + QLatin1Char(')'));
        html += QStringLiteral("<tr><td><b>%1</b></td><td%2>%3</td><td class=\"muted\">%4</td></tr>")
                    .arg(Html::escape(i.label), i.value ? QString() : QStringLiteral(" class=\"missing\""), Html::escape(value),
                         Html::escape(i.definition));
        for (const Indicator::Row &r : i.breakdown)
            html += QStringLiteral("<tr><td>&nbsp;&nbsp;&nbsp;• %1</td><td>%2</td><td></td></tr>")
                        .arg(Html::escape(r.label), Html::escape(Indicators::valueText(r.value, r.unit)));
    }
    return html + QStringLiteral("</table>");
}

QString ReportHtml::chart(const QList<ReportChart> &charts, const QString &id)
{
    for (const ReportChart &c : charts) {
        if (c.id != id || c.png.isEmpty() || c.size.isEmpty())
            continue;
        const QSizeF logical = c.size;
        const int width = 620; // the text width of an A4 page at the layout's 96 dpi, with a margin
        const int height = qRound(width * logical.height() / logical.width());
        return QStringLiteral("<p align=\"center\"><img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\"/></p>")
                   .arg(QString::fromLatin1(c.png.toBase64()))
                   .arg(width)
                   .arg(height)
               + (c.note.isEmpty() ? QString() : QStringLiteral("<p class=\"muted\" align=\"center\">%1</p>").arg(Html::escape(c.note)));
    }
    return {};
}

QString ReportHtml::tableStart()
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\" style=\"border-color: #999999;\">");
}

QString ReportHtml::toComplete()
{
    return tr("À compléter.");
}

QString ReportHtml::note(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p class=\"missing\">%1</p>").arg(Html::escape(toComplete()));
    return QStringLiteral("<p>%1</p>").arg(Html::escape(text, true));
}

QString ReportHtml::fieldRow(const QString &label, const QString &value)
{
    const bool empty = value.trimmed().isEmpty();
    return QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td%2>%3</td></tr>")
        .arg(Html::escape(label), empty ? QStringLiteral(" class=\"missing\"") : QString(),
             empty ? Html::escape(tr("Non renseigné dans le dossier : à compléter.")) : Html::escape(value, true));
}

QString ReportHtml::partialNotice(const Period &period, const QDate &today)
{
    if (!period.isPartial(today))
        return {};
    const QLocale locale;
    return QStringLiteral("<p class=\"missing\"><b>%1</b></p>")
        .arg(Html::escape(tr("Rapport partiel : la période n'est pas terminée (elle s'achève le %1). Les chiffres portent sur "
                             "ce que le fichier contient au %2.")
                              .arg(locale.toString(period.to, QLocale::LongFormat), locale.toString(today, QLocale::LongFormat))));
}

QString ReportHtml::trendTable(const QList<QList<Indicator>> &periods, const QStringList &columns, const QStringList &keys)
{
    QString html = tableStart() + QStringLiteral("<tr><th>%1</th>").arg(tr("Indicateur"));
    for (const QString &c : columns)
        html += QStringLiteral("<th width=\"14%\">%1</th>").arg(Html::escape(c));
    html += QStringLiteral("</tr>");
    for (const QString &key : keys) {
        QString label;
        QString cells;
        for (const QList<Indicator> &list : periods)
            for (const Indicator &i : list)
                if (i.key == key) {
                    label = i.label;
                    const QString fraction = Indicators::fractionText(i);
                    cells += QStringLiteral("<td%1>%2%3</td>")
                                 .arg(i.value ? QString() : QStringLiteral(" class=\"missing\""),
                                      Html::escape(Indicators::valueText(i.value, i.unit)),
                                      fraction.isEmpty() ? QString() : QStringLiteral("<br/><small>%1</small>").arg(Html::escape(fraction)));
                }
        html += QStringLiteral("<tr><td>%1</td>%2</tr>").arg(Html::escape(label), cells);
    }
    return html + QStringLiteral("</table>");
}

QString ReportHtml::actionsTable(const QList<EvaluationAction> &actions, const QString &periodColumn, const QStringList &periods)
{
    if (actions.isEmpty())
        return QStringLiteral("<p class=\"missing\">%1</p>").arg(tr("Aucune action enregistrée."));
    const QLocale locale;
    QString html = tableStart() + QStringLiteral("<tr>");
    if (!periodColumn.isEmpty())
        html += QStringLiteral("<th width=\"12%\">%1</th>").arg(Html::escape(periodColumn));
    html += QStringLiteral("<th>%1</th><th width=\"22%\">%2</th><th width=\"14%\">%3</th><th width=\"12%\">%4</th></tr>")
                .arg(tr("Action"), tr("Responsable"), tr("Échéance"), tr("État"));
    for (int i = 0; i < actions.size(); ++i) {
        const EvaluationAction &a = actions.at(i);
        html += QStringLiteral("<tr>");
        if (!periodColumn.isEmpty())
            html += QStringLiteral("<td>%1</td>").arg(Html::escape(periods.value(i)));
        html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(Html::escape(a.text, true), a.owner.isEmpty() ? QStringLiteral("—") : Html::escape(a.owner),
                         a.due.isValid() ? locale.toString(a.due, QLocale::ShortFormat) : QStringLiteral("—"),
                         Html::escape(EvaluationNotes::stateLabel(a.state)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace kitetp
