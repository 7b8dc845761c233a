#include "core/Html.h"
#include "core/ProgrammeFields.h"
#include "documents/EvaluationReports.h"
#include "documents/Letterhead.h"
#include "documents/PaperDocument.h"
#include "documents/ReportHtml.h"
#include "storage/EvaluationStore.h"
#include "storage/FieldStore.h"
#include "storage/IndicatorStore.h"

#include <QLocale>

namespace kitetp::AnnualReport {

QString title(const Period &period)
{
    return ReportHtml::tr("Auto-évaluation annuelle — %1").arg(period.label());
}

void build(PaperDocument &document, ProgrammeFile &file, const Period &period, const QList<ReportChart> &charts)
{
    using S = Indicator::Section;
    Letterhead::apply(document, file);
    const QList<Indicator> indicators = Indicators::list(IndicatorStore(file).compute(period));
    const QString programme = FieldStore(file).value(ProgrammeFields::title());
    const EvaluationStore notes(file);
    const QString key = period.key();

    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(Html::escape(title(period)));
    html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(programme));
    html += QStringLiteral("<p>%1</p>")
                .arg(Html::escape(ReportHtml::tr("Rapport d'auto-évaluation de l'équipe, établi le %1 pour la période du %2 au %3. "
                                                 "Il porte sur l'activité, le déroulement (processus) et les résultats du "
                                                 "programme, puis sur l'analyse de l'équipe et les actions qu'elle décide. "
                                                 "Il est à disposition des patients.")
                                      .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                                           QLocale().toString(period.from, QLocale::LongFormat),
                                           QLocale().toString(period.to, QLocale::LongFormat))));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(ReportHtml::tr("Chaque indicateur est suivi de sa définition (ce qui est compté, à partir de "
                                                 "quelles dates). « pas de données » signifie que le fichier du programme ne "
                                                 "contient aucune donnée de ce type pour la période : ce n'est pas un zéro.")));

    html += QStringLiteral("<h2>1. %1</h2>").arg(Indicators::sectionLabel(S::Activity));
    html += ReportHtml::indicatorTable(indicators, S::Activity);
    html += ReportHtml::chart(charts, QStringLiteral("entries"));
    html += ReportHtml::chart(charts, QStringLiteral("funnel"));
    html += ReportHtml::chart(charts, QStringLiteral("attendance"));

    html += QStringLiteral("<h2>2. %1</h2>").arg(Indicators::sectionLabel(S::Process));
    html += ReportHtml::indicatorTable(indicators, S::Process);
    html += QStringLiteral("<h3>%1</h3>").arg(Indicators::sectionLabel(S::Team));
    html += ReportHtml::indicatorTable(indicators, S::Team);

    html += QStringLiteral("<h2>3. %1</h2>").arg(Indicators::sectionLabel(S::Results));
    html += ReportHtml::indicatorTable(indicators, S::Results);
    html += ReportHtml::chart(charts, QStringLiteral("objectives"));
    html += QStringLiteral("<h3>%1</h3>").arg(Indicators::sectionLabel(S::Satisfaction));
    html += ReportHtml::indicatorTable(indicators, S::Satisfaction);
    html += ReportHtml::chart(charts, QStringLiteral("satisfaction"));

    html += QStringLiteral("<h2>4. %1</h2>").arg(ReportHtml::tr("Évolution sur quatre ans"));
    html += ReportHtml::chart(charts, QStringLiteral("trends"));
    html += ReportHtml::chart(charts, QStringLiteral("trend_rates"));

    html += QStringLiteral("<h2>5. %1</h2>").arg(ReportHtml::tr("Analyse de l'équipe"));
    for (const EvaluationNoteSpec &spec : EvaluationNotes::annual()) {
        html += QStringLiteral("<h3>%1</h3>").arg(Html::escape(EvaluationNotes::label(spec.key)));
        html += ReportHtml::note(notes.note(key, spec.key));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(Html::escape(EvaluationNotes::label(EvaluationNotes::actionsKey())));
    html += ReportHtml::actionsTable(notes.actions(key));

    document.setBodyHtml(html);
}

} // namespace kitetp::AnnualReport
