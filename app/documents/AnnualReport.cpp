// SPDX-License-Identifier: EUPL-1.2
#include "core/Html.h"
#include "core/ProgrammeFields.h"
#include "documents/EvaluationReports.h"
#include "documents/Letterhead.h"
#include "documents/PaperDocument.h"
#include "documents/ReportHtml.h"
#include "storage/EvaluationStore.h"
#include "storage/FieldStore.h"

#include <QLocale>

namespace kitetp::AnnualReport {

namespace {

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(Html::escape(text));
}

const Indicator *find(const QList<Indicator> &indicators, const QString &key)
{
    for (const Indicator &i : indicators)
        if (i.key == key)
            return &i;
    return nullptr;
}

// Part 1: the programme as declared, its objectives and judging criteria, the team of the period.
QString programmeInBrief(const FieldStore &fields, const QList<Indicator> &indicators)
{
    QString html = heading(2, ReportHtml::tr("1. Le programme en bref"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const char *key : {"programme.title", "programme.condition", "programme.population", "structure.name", "programme.start"}) {
        const QString k = QString::fromLatin1(key);
        html += ReportHtml::fieldRow(ProgrammeFields::label(k), ProgrammeFields::displayValue(k, fields.value(k)));
    }
    for (const char *key : {"programme.objectives", "programme.criteria"}) {
        const QString k = QString::fromLatin1(key);
        html += ReportHtml::fieldRow(ReportHtml::tr("%1 (déclarés dans le dossier)").arg(ProgrammeFields::label(k)), fields.value(k));
    }
    if (const Indicator *team = find(indicators, QStringLiteral("team.members"))) {
        QStringList professions;
        for (const Indicator::Row &r : team->breakdown)
            professions << QStringLiteral("%1 (%2)").arg(r.label, Indicators::valueText(r.value, r.unit));
        const QString value = team->value ? Indicators::valueText(team->value, team->unit)
                                                + (professions.isEmpty() ? QString() : QStringLiteral(" : ") + professions.join(QStringLiteral(", ")))
                                          : Indicators::noData();
        html += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(Html::escape(ReportHtml::tr("Équipe de la période")), Html::escape(value));
    }
    return html + QStringLiteral("</table>");
}

// The declared criteria, each with the figure the team set against it and its appraisal.
QString criteriaTable(const QString &declared, const QList<CriterionAppraisal> &appraisals, const QList<Indicator> &indicators)
{
    const QStringList criteria = EvaluationNotes::criteria(declared);
    if (criteria.isEmpty())
        return QStringLiteral("<p class=\"missing\">%1</p>")
            .arg(Html::escape(ReportHtml::tr("Aucun critère de jugement n'est déclaré dans le dossier : à compléter (Déclaration).")));
    QString html = ReportHtml::tableStart()
                   + QStringLiteral("<tr><th width=\"34%\">%1</th><th width=\"28%\">%2</th><th>%3</th></tr>")
                         .arg(ReportHtml::tr("Critère de jugement déclaré"), ReportHtml::tr("Indicateur et valeur"),
                              ReportHtml::tr("Appréciation de l'équipe"));
    for (const QString &criterion : criteria) {
        CriterionAppraisal a;
        for (const CriterionAppraisal &c : appraisals)
            if (c.criterion == criterion)
                a = c;
        QString figure = QStringLiteral("<span class=\"missing\">%1</span>").arg(Html::escape(ReportHtml::tr("aucun indicateur rapproché")));
        if (const Indicator *i = find(indicators, a.indicator)) {
            const QString fraction = Indicators::fractionText(*i);
            figure = QStringLiteral("%1 : <b>%2</b>%3")
                         .arg(Html::escape(i->label), Html::escape(Indicators::valueText(i->value, i->unit)),
                              fraction.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(Html::escape(fraction)));
        }
        const QString appraisal = a.appraisal.trimmed().isEmpty()
                                      ? QStringLiteral("<span class=\"missing\">%1</span>").arg(Html::escape(ReportHtml::toComplete()))
                                      : Html::escape(a.appraisal, true);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(Html::escape(criterion), figure, appraisal);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString title(const Period &period)
{
    if (!period.isYear())
        return ReportHtml::tr("Rapport d'évaluation sur une période libre — %1").arg(period.label());
    return ReportHtml::tr("Auto-évaluation annuelle — %1").arg(period.label());
}

void build(PaperDocument &document, ProgrammeFile &file, const IndicatorData &data, const ProgrammeCalendar &calendar,
           const QList<ReportChart> &charts, const QDate &today)
{
    using S = Indicator::Section;
    Letterhead::apply(document, file);
    const Period &period = data.period;
    const QList<Indicator> indicators = Indicators::list(data);
    const FieldStore fields(file);
    const EvaluationStore notes(file);
    const QString key = period.key();
    const QLocale locale;
    auto noteOf = [&](const char *name) { return ReportHtml::note(notes.note(key, QString::fromLatin1(name))); };
    auto noteHeading = [](const char *name) { return heading(3, EvaluationNotes::label(QString::fromLatin1(name))); };

    QString html = heading(1, title(period));
    html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(fields.value(ProgrammeFields::title())));
    html += QStringLiteral("<p>%1</p>")
                .arg(Html::escape(ReportHtml::tr("Rapport d'auto-évaluation de l'équipe, établi le %1. Période couverte : du %2 au %3.")
                                      .arg(locale.toString(today, QLocale::LongFormat), locale.toString(period.from, QLocale::LongFormat),
                                           locale.toString(period.to, QLocale::LongFormat))));
    if (period.isYear())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(calendar.anchorNote()));
    else
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(Html::escape(ReportHtml::tr("Période choisie librement : ce n'est pas l'auto-évaluation annuelle, qui porte sur "
                                                     "une année du programme.")));
    html += ReportHtml::partialNotice(period, today);
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(ReportHtml::tr("Chaque indicateur est suivi de sa définition (ce qui est compté, à partir de "
                                                 "quelles dates). « pas de données » signifie que le fichier du programme ne "
                                                 "contient aucune donnée de ce type pour la période : ce n'est pas un zéro.")));

    // 1. The programme in brief.
    html += programmeInBrief(fields, indicators);

    // 2. How the self-evaluation was done.
    html += heading(2, ReportHtml::tr("2. Démarche d'auto-évaluation"));
    for (const char *name : {"items", "participants", "tools"})
        html += noteHeading(name) + noteOf(name);
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(ReportHtml::tr("Les indicateurs sont calculés par Kit ETP à partir du fichier du programme "
                                                 "(parcours des patients, séances et présences, objectifs, courriers, "
                                                 "questionnaires de satisfaction, équipe).")));

    // 3. Activity, process and results, then the declared criteria.
    html += heading(2, ReportHtml::tr("3. Activité, processus et résultats"));
    html += heading(3, Indicators::sectionLabel(S::Activity));
    html += ReportHtml::indicatorTable(indicators, S::Activity);
    html += ReportHtml::chart(charts, QStringLiteral("entries"));
    html += ReportHtml::chart(charts, QStringLiteral("funnel"));
    html += ReportHtml::chart(charts, QStringLiteral("attendance"));
    html += heading(3, Indicators::sectionLabel(S::Process));
    html += ReportHtml::indicatorTable(indicators, S::Process);
    html += heading(3, Indicators::sectionLabel(S::Team));
    html += ReportHtml::indicatorTable(indicators, S::Team);
    html += heading(3, Indicators::sectionLabel(S::Results));
    html += ReportHtml::indicatorTable(indicators, S::Results);
    html += ReportHtml::chart(charts, QStringLiteral("objectives"));
    html += heading(3, Indicators::sectionLabel(S::Satisfaction));
    html += ReportHtml::indicatorTable(indicators, S::Satisfaction);
    html += ReportHtml::chart(charts, QStringLiteral("satisfaction"));
    html += heading(3, ReportHtml::tr("Évolution sur les années du programme"));
    html += ReportHtml::chart(charts, QStringLiteral("trends"));
    html += ReportHtml::chart(charts, QStringLiteral("trend_rates"));
    html += heading(3, ReportHtml::tr("Confrontation aux objectifs et critères de jugement déclarés"));
    html += criteriaTable(fields.value(QStringLiteral("programme.criteria")), notes.appraisals(key), indicators);

    // 4. The HAS process indicators.
    html += heading(2, ReportHtml::tr("4. Indicateurs de processus"));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(ReportHtml::tr("Proportions calculées par Kit ETP %1 (fonctionnement, mise en œuvre, coordination du "
                                                 "programme), avec leur numérateur et leur dénominateur.")
                                      .arg(Indicators::hasCaveat())));
    html += ReportHtml::indicatorTable(indicators, S::Quality);

    // 5. Strengths, difficulties, actions and the follow-up of the previous period's.
    html += heading(2, ReportHtml::tr("5. Analyse et actions d'amélioration"));
    html += noteHeading("worked") + noteOf("worked");
    html += noteHeading("improve") + noteOf("improve");
    html += heading(3, EvaluationNotes::label(EvaluationNotes::actionsKey()));
    html += ReportHtml::actionsTable(notes.actions(key));
    const Period previous = calendar.previous(period);
    html += heading(3, ReportHtml::tr("Suivi des actions de la période précédente (%1)").arg(previous.label()));
    html += ReportHtml::actionsTable(notes.actions(previous.key()));

    // 6. Where the report is available to the patients.
    html += heading(2, ReportHtml::tr("6. Mise à disposition des patients"));
    html += noteOf("patients_access");

    document.setBodyHtml(html);
}

} // namespace kitetp::AnnualReport
