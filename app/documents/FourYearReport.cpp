#include "core/Html.h"
#include "core/ProgrammeFields.h"
#include "documents/EvaluationReports.h"
#include "documents/Letterhead.h"
#include "documents/PaperDocument.h"
#include "documents/ReportHtml.h"
#include "storage/EvaluationStore.h"
#include "storage/FieldStore.h"
#include "storage/IndicatorStore.h"
#include "storage/TeamStore.h"

#include <QLocale>

namespace kitetp::FourYearReport {

namespace {

// Rows: the key indicators; columns: the four years.
QString trendTable(const QList<QList<Indicator>> &years, const QList<int> &labels, const QStringList &keys)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\" style=\"border-color: #999999;\"><tr><th>%1</th>")
                       .arg(ReportHtml::tr("Indicateur"));
    for (int y : labels)
        html += QStringLiteral("<th width=\"15%\">%1</th>").arg(y);
    html += QStringLiteral("</tr>");
    for (const QString &key : keys) {
        QString label;
        QString cells;
        for (const QList<Indicator> &list : years)
            for (const Indicator &i : list)
                if (i.key == key) {
                    label = i.label;
                    cells += QStringLiteral("<td%1>%2</td>")
                                 .arg(i.value ? QString() : QStringLiteral(" class=\"missing\""),
                                      Html::escape(Indicators::valueText(i.value, i.unit)));
                }
        html += QStringLiteral("<tr><td>%1</td>%2</tr>").arg(Html::escape(label), cells);
    }
    return html + QStringLiteral("</table>");
}

QString field(const FieldStore &fields, const QString &key)
{
    const QString v = ProgrammeFields::displayValue(key, fields.value(key));
    return QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td%2>%3</td></tr>")
        .arg(Html::escape(ProgrammeFields::label(key)), v.isEmpty() ? QStringLiteral(" class=\"missing\"") : QString(),
             v.isEmpty() ? Html::escape(ReportHtml::tr("Non renseigné.")) : Html::escape(v, true));
}

} // namespace

QString title(int lastYear)
{
    return ReportHtml::tr("Évaluation quadriennale %1–%2").arg(lastYear - 3).arg(lastYear);
}

void build(PaperDocument &document, ProgrammeFile &file, int lastYear, const QList<ReportChart> &charts)
{
    Letterhead::apply(document, file);
    const FieldStore fields(file);
    const EvaluationStore notes(file);
    const QString period = EvaluationNotes::fourYearPeriod(lastYear);
    QList<int> yearLabels;
    QList<QList<Indicator>> years;
    for (const IndicatorData &d : IndicatorStore(file).years(lastYear - 3, lastYear)) {
        yearLabels << d.period.from.year();
        years << Indicators::list(d);
    }
    auto noteOf = [&](const char *key) { return ReportHtml::note(notes.note(period, QString::fromLatin1(key))); };
    auto heading = [](int level, const QString &text) { return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(Html::escape(text)); };

    QString html = heading(1, title(lastYear));
    html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(fields.value(ProgrammeFields::title())));
    html += QStringLiteral("<p>%1</p>")
                .arg(Html::escape(ReportHtml::tr("Rapport d'évaluation quadriennale du programme pour les années %1 à %2, établi le %3.")
                                      .arg(lastYear - 3)
                                      .arg(lastYear)
                                      .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))));

    // 1. The programme, the coordinator and the team.
    html += heading(2, ReportHtml::tr("1. Le programme, le coordonnateur et l'équipe"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const char *key : {"programme.title", "programme.condition", "programme.start", "structure.name", "programme.summary"})
        html += field(fields, QString::fromLatin1(key));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"0.5\" style=\"border-color: #999999;\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(ReportHtml::tr("Membre"), ReportHtml::tr("Profession, rôle"), ReportHtml::tr("Formation ETP"), ReportHtml::tr("Charte signée"));
    const QList<TeamMember> members = TeamStore(file).members();
    for (const TeamMember &m : members) {
        if (!m.active)
            continue;
        QString role = m.profession;
        if (m.isCoordinator)
            role += (role.isEmpty() ? QString() : QStringLiteral(", ")) + ReportHtml::tr("coordonnateur");
        const QString partner = ReportHtml::tr("patient partenaire");
        if (m.isPatientPartner && !role.contains(partner, Qt::CaseInsensitive))
            role += (role.isEmpty() ? QString() : QStringLiteral(", ")) + partner;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(Html::escape(m.name), Html::escape(role), ReportHtml::tr("%1 h").arg(m.trainingHours),
                         m.charterSignedOn.isValid() ? QLocale().toString(m.charterSignedOn, QLocale::ShortFormat) : ReportHtml::tr("non"));
    }
    html += QStringLiteral("</table>");

    // 2. How the evaluation was run.
    html += heading(2, ReportHtml::tr("2. Conduite de l'évaluation"));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(ReportHtml::tr("Données : le fichier du programme (parcours des patients, séances, présences, "
                                                 "objectifs, questionnaires de satisfaction, équipe), du 1er janvier %1 au "
                                                 "31 décembre %2 ; indicateurs calculés par Kit ETP selon les définitions "
                                                 "des rapports annuels.")
                                      .arg(lastYear - 3)
                                      .arg(lastYear)));
    html += noteOf("method");

    // 3. Effects, and their conclusion.
    html += heading(2, ReportHtml::tr("3. Effets du programme"));
    html += trendTable(years, yearLabels,
                       {QStringLiteral("objectives.reached_rate"), QStringLiteral("objectives.reached"), QStringLiteral("evaluations.final"),
                        QStringLiteral("satisfaction.mean"), QStringLiteral("satisfaction.satisfied_rate"), QStringLiteral("letters.gp")});
    html += noteOf("effects");
    html += heading(3, ReportHtml::tr("Conclusion sur les effets"));
    html += noteOf("effects_conclusion");

    // 4. Evolution, and its conclusion.
    html += heading(2, ReportHtml::tr("4. Évolution du programme"));
    html += trendTable(years, yearLabels,
                       {QStringLiteral("patients.caseload"), QStringLiteral("patients.entered"), QStringLiteral("patients.assessed"),
                        QStringLiteral("patients.attended"), QStringLiteral("patients.completed"), QStringLiteral("patients.stopped"),
                        QStringLiteral("patients.lost"), QStringLiteral("sessions.held"), QStringLiteral("sessions.attendance_rate"),
                        QStringLiteral("letters.delay"), QStringLiteral("team.members")});
    html += ReportHtml::chart(charts, QStringLiteral("trends"));
    html += ReportHtml::chart(charts, QStringLiteral("trend_rates"));
    html += noteOf("evolution");
    html += heading(3, ReportHtml::tr("Conclusion sur l'évolution"));
    html += noteOf("evolution_conclusion");

    // 5. Decisions, and the actions decided in the annual self-evaluations.
    html += heading(2, ReportHtml::tr("5. Décisions pour l'avenir"));
    html += noteOf("decision");
    html += heading(3, ReportHtml::tr("Actions décidées lors des auto-évaluations annuelles"));
    QList<EvaluationAction> actions;
    QList<int> actionYears;
    for (int y = lastYear - 3; y <= lastYear; ++y)
        for (const EvaluationAction &a : notes.actions(EvaluationNotes::annualPeriod(y))) {
            actions << a;
            actionYears << y;
        }
    html += ReportHtml::actionsTable(actions, ReportHtml::tr("Année"), actionYears);

    // 6. How the report is made available.
    html += heading(2, ReportHtml::tr("6. Mise à disposition du rapport"));
    html += noteOf("availability");

    document.setBodyHtml(html);
}

} // namespace kitetp::FourYearReport
