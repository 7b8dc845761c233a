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
        const QString value = Indicators::valueText(i.value, i.unit);
        html += QStringLiteral("<tr><td><b>%1</b></td><td%2>%3</td><td class=\"muted\">%4</td></tr>")
                    .arg(Html::escape(i.label), i.value ? QString() : QStringLiteral(" class=\"missing\""), Html::escape(value),
                         Html::escape(i.definition));
        const Indicator::Unit rowUnit = i.unit == Indicator::Unit::Hours ? Indicator::Unit::Count : i.unit;
        for (const Indicator::Row &r : i.breakdown)
            html += QStringLiteral("<tr><td>&nbsp;&nbsp;&nbsp;• %1</td><td>%2</td><td></td></tr>")
                        .arg(Html::escape(r.label), Html::escape(Indicators::valueText(r.value, rowUnit)));
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
            .arg(height);
    }
    return {};
}

QString ReportHtml::note(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p class=\"missing\">%1</p>").arg(tr("Non renseigné."));
    return QStringLiteral("<p>%1</p>").arg(Html::escape(text, true));
}

QString ReportHtml::actionsTable(const QList<EvaluationAction> &actions, const QString &yearColumn, const QList<int> &years)
{
    if (actions.isEmpty())
        return QStringLiteral("<p class=\"missing\">%1</p>").arg(tr("Aucune action enregistrée."));
    const QLocale locale;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\" style=\"border-color: #999999;\"><tr>");
    if (!yearColumn.isEmpty())
        html += QStringLiteral("<th width=\"10%\">%1</th>").arg(Html::escape(yearColumn));
    html += QStringLiteral("<th>%1</th><th width=\"25%\">%2</th><th width=\"18%\">%3</th></tr>")
                .arg(tr("Action"), tr("Responsable"), tr("Échéance"));
    for (int i = 0; i < actions.size(); ++i) {
        const EvaluationAction &a = actions.at(i);
        html += QStringLiteral("<tr>");
        if (!yearColumn.isEmpty())
            html += QStringLiteral("<td>%1</td>").arg(years.value(i));
        html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(Html::escape(a.text, true), Html::escape(a.owner),
                         a.due.isValid() ? locale.toString(a.due, QLocale::ShortFormat) : QStringLiteral("—"));
    }
    return html + QStringLiteral("</table>");
}

} // namespace kitetp
