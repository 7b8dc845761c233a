// SPDX-License-Identifier: EUPL-1.2
#include "documents/GuideHtml.h"

#include "core/GuideRules.h"
#include "core/Html.h"

namespace kitetp {

namespace {
const QChar nbsp(0x00A0);
} // namespace

QString GuideHtml::duration(int minutes)
{
    if (minutes < 60)
        return QString::number(minutes) + nbsp + QStringLiteral("min");
    const int h = minutes / 60;
    const int m = minutes % 60;
    const QString hours = QString::number(h) + nbsp + QLatin1Char('h');
    return m == 0 ? hours : hours + nbsp + QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0'));
}

QString GuideHtml::clock(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString GuideHtml::label(const QString &text)
{
    return QStringLiteral("<b>%1%2:</b>").arg(Html::escape(text), nbsp);
}

QString GuideHtml::list(const QStringList &items, const QString &emptyText)
{
    if (items.isEmpty())
        return QStringLiteral("<p class=\"missing\">%1</p>").arg(Html::escape(emptyText.isEmpty() ? tr("Non renseigné.") : emptyText));
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(Html::escape(item));
    return html + QStringLiteral("</ul>");
}

QString GuideHtml::checklist(const QStringList &items)
{
    if (items.isEmpty())
        return list(items);
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const QString &item : items)
        html += QStringLiteral("<tr><td width=\"24\">%1</td><td>%2</td></tr>").arg(QChar(0x2610), Html::escape(item));
    return html + QStringLiteral("</table>");
}

QString GuideHtml::skills(const Seance &seance, const QList<Skill> &catalogue)
{
    QString html;
    for (Skill::Family family : {Skill::Family::SelfCare, Skill::Family::Safety, Skill::Family::Adaptation}) {
        QStringList labels;
        for (const Skill &skill : catalogue)
            if (skill.family == family && seance.skillIds.contains(skill.id))
                labels << skill.label;
        if (labels.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(tr("Compétences %1").arg(GuideRules::familyLabel(family).toLower())));
        html += list(labels);
    }
    return html.isEmpty() ? list({}, tr("Aucune compétence choisie.")) : html;
}

QString GuideHtml::participants(const Seance &s)
{
    if (s.format == Seance::Format::Individual)
        return tr("Séance individuelle");
    if (s.groupMin > 0 && s.groupMax > 0)
        return tr("%1 à %2 participants").arg(s.groupMin).arg(s.groupMax);
    if (s.groupMax > 0)
        return tr("%n participant(s) au plus", nullptr, s.groupMax);
    return tr("Non renseigné");
}

QString GuideHtml::facts(const Seance &s)
{
    const QList<std::pair<QString, QString>> rows = {
        {tr("Public"), s.audience.isEmpty() ? tr("Non renseigné") : s.audience},
        {tr("Modalité"), GuideRules::formatLabel(s.format)},
        {tr("Durée"), duration(s.durationMin)},
        {tr("Participants"), participants(s)},
        {tr("Animateurs"), s.professions.isEmpty() ? tr("Non renseigné") : s.professions.join(QStringLiteral(" ; "))},
        {tr("Salle"), s.room.isEmpty() ? tr("Non renseigné") : s.room},
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" cellpadding=\"4\">");
    for (const auto &[name, value] : rows)
        html += QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>").arg(Html::escape(name), Html::escape(value));
    return html + QStringLiteral("</table>");
}

QString GuideHtml::draftNote(const Seance &s)
{
    if (!s.draft)
        return {};
    return QStringLiteral("<p class=\"missing\">%1</p>")
        .arg(Html::escape(tr("Brouillon : contenu proposé par Kit ETP d'après la pratique courante de l'ETP, à relire et "
                             "adapter par l'équipe avant usage.")));
}

QString GuideHtml::quoted(const QString &text)
{
    return QStringLiteral("«%1%2%1»").arg(nbsp, Html::escape(text));
}

} // namespace kitetp
