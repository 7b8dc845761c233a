// SPDX-License-Identifier: EUPL-1.2
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

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(Html::escape(text));
}

// The patients' profile: a table per dimension, a column per year (count and share of the year's entries).
QString profileTables(const QList<PatientProfile> &profiles, const QStringList &columns)
{
    const QLocale locale;
    QString html;
    for (PatientProfile::Dimension dimension : PatientProfile::all()) {
        QStringList values;
        for (const PatientProfile &p : profiles)
            for (const PatientProfile::Count &c : p.counts(dimension))
                if (!values.contains(c.value))
                    values << c.value;
        html += QStringLiteral("<p></p>") + ReportHtml::tableStart() + QStringLiteral("<tr><th>%1</th>").arg(Html::escape(PatientProfile::label(dimension)));
        for (const QString &c : columns)
            html += QStringLiteral("<th width=\"14%\">%1</th>").arg(Html::escape(c));
        html += QStringLiteral("</tr>");
        if (values.isEmpty()) {
            html += QStringLiteral("<tr><td class=\"missing\">%1</td>").arg(Html::escape(Indicators::noData()));
            for (int i = 0; i < columns.size(); ++i)
                html += QStringLiteral("<td class=\"missing\">%1</td>").arg(Html::escape(Indicators::noData()));
            html += QStringLiteral("</tr>");
        }
        for (const QString &value : values) {
            html += QStringLiteral("<tr><td>%1</td>").arg(Html::escape(PatientProfile::valueLabel(dimension, value)));
            for (const PatientProfile &p : profiles) {
                if (p.patients == 0) {
                    html += QStringLiteral("<td class=\"missing\">%1</td>").arg(Html::escape(Indicators::noData()));
                    continue;
                }
                int n = 0;
                for (const PatientProfile::Count &c : p.counts(dimension))
                    if (c.value == value)
                        n = c.patients;
                html += QStringLiteral("<td>%1 (%2\u00a0%)</td>").arg(locale.toString(n), locale.toString(100.0 * n / p.patients, 'f', 0));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString teamTable(ProgrammeFile &file)
{
    QString html = ReportHtml::tableStart()
                   + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                         .arg(ReportHtml::tr("Membre"), ReportHtml::tr("Profession, rôle"), ReportHtml::tr("Formation ETP"),
                              ReportHtml::tr("Charte signée"));
    for (const TeamMember &m : TeamStore(file).members()) {
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
    return html + QStringLiteral("</table>");
}

} // namespace

QString title(const QList<Period> &years)
{
    if (years.isEmpty())
        return ReportHtml::tr("Évaluation quadriennale");
    return ReportHtml::tr("Évaluation quadriennale %1–%2").arg(years.first().from.year()).arg(years.last().to.year());
}

QString title(const QList<IndicatorData> &years)
{
    QList<Period> periods;
    for (const IndicatorData &d : years)
        periods << d.period;
    return title(periods);
}

void build(PaperDocument &document, ProgrammeFile &file, const QList<IndicatorData> &years, const ProgrammeCalendar &calendar,
           const QList<ReportChart> &charts, const QDate &today)
{
    if (years.isEmpty())
        return;
    QList<Period> periods;
    for (const IndicatorData &d : years)
        periods << d.period;
    Letterhead::apply(document, file);
    const FieldStore fields(file);
    const EvaluationStore notes(file);
    const IndicatorStore store(file);
    const QLocale locale;
    const QString period = EvaluationNotes::fourYearPeriod(periods);
    QStringList columns;
    QList<QList<Indicator>> indicators;
    QList<PatientProfile> profiles;
    for (const IndicatorData &d : years) {
        columns << d.period.shortLabel();
        indicators << Indicators::list(d);
        profiles << store.profile(d.period);
    }
    auto part = [&](const QString &key) -> QString {
        QString label;
        for (const EvaluationNoteSpec &s : EvaluationNotes::fourYear())
            if (s.key == key)
                label = EvaluationNotes::tr(s.label);
        return heading(3, label) + ReportHtml::note(notes.note(period, key));
    };
    const Period whole = Period::range(periods.first().from, periods.last().to);

    QString html = heading(1, title(periods));
    html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(fields.value(ProgrammeFields::title())));
    html += QStringLiteral("<p>%1</p>")
                .arg(Html::escape(ReportHtml::tr("Rapport d'évaluation quadriennale, établi le %1. Période couverte : du %2 au %3 (%n année(s) de fonctionnement).",
                                                 nullptr, int(periods.size()))
                                      .arg(locale.toString(today, QLocale::LongFormat), locale.toString(whole.from, QLocale::LongFormat),
                                           locale.toString(whole.to, QLocale::LongFormat))));
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(calendar.anchorNote()));
    if (periods.size() < 4)
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(Html::escape(ReportHtml::tr("Le programme a commencé le %1 : le rapport ne remonte pas avant.")
                                          .arg(locale.toString(calendar.programmeStart(), QLocale::LongFormat))));
    html += ReportHtml::partialNotice(whole, today);

    // 1. The programme, the coordinator and the team, and its changes over the period.
    html += heading(2, ReportHtml::tr("1. Le programme, le coordonnateur et l'équipe"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const char *key : {"programme.title", "programme.condition", "programme.start", "structure.name", "programme.summary",
                            "programme.objectives", "programme.criteria"}) {
        const QString k = QString::fromLatin1(key);
        html += ReportHtml::fieldRow(ProgrammeFields::label(k), ProgrammeFields::displayValue(k, fields.value(k)));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(ReportHtml::tr("L'équipe au %1 :").arg(locale.toString(today, QLocale::LongFormat))));
    html += teamTable(file);
    html += ReportHtml::trendTable(indicators, columns, {QStringLiteral("team.members"), QStringLiteral("team.trained40"),
                                                        QStringLiteral("team.patient_partners")});
    html += part(QStringLiteral("changes"));

    // 2. How the evaluation was run.
    html += heading(2, ReportHtml::tr("2. Conduite de l'évaluation"));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(ReportHtml::tr("Données : le fichier du programme (parcours des patients, séances, présences, "
                                                 "objectifs, questionnaires de satisfaction, équipe), du %1 au %2 ; indicateurs "
                                                 "calculés par Kit ETP selon les définitions des rapports annuels.")
                                      .arg(locale.toString(whole.from, QLocale::LongFormat), locale.toString(whole.to, QLocale::LongFormat))));
    html += part(QStringLiteral("method"));

    // 3. Effects, and their conclusion.
    html += heading(2, ReportHtml::tr("3. Effets du programme"));
    html += ReportHtml::trendTable(indicators, columns,
                                   {QStringLiteral("objectives.reached_rate"), QStringLiteral("objectives.reached"),
                                    QStringLiteral("evaluations.final"), QStringLiteral("satisfaction.mean"),
                                    QStringLiteral("satisfaction.satisfied_rate"), QStringLiteral("letters.gp"),
                                    QStringLiteral("quiz.before_rate"), QStringLiteral("quiz.after_rate"), QStringLiteral("quiz.gain")});
    html += part(QStringLiteral("effects"));
    html += part(QStringLiteral("effects_team"));
    html += part(QStringLiteral("effects_offer"));
    html += part(QStringLiteral("effects_conclusion"));

    // 4. Evolution: activity, the patients' profile, the process indicators; and its conclusion.
    html += heading(2, ReportHtml::tr("4. Évolution du programme"));
    html += heading(3, ReportHtml::tr("Activité"));
    html += ReportHtml::trendTable(indicators, columns,
                                   {QStringLiteral("patients.caseload"), QStringLiteral("patients.entered"), QStringLiteral("patients.assessed"),
                                    QStringLiteral("patients.attended"), QStringLiteral("patients.completed"), QStringLiteral("patients.stopped"),
                                    QStringLiteral("patients.lost"), QStringLiteral("sessions.held"), QStringLiteral("sessions.attendance_rate"),
                                    QStringLiteral("letters.delay")});
    html += ReportHtml::chart(charts, QStringLiteral("trends"));
    html += ReportHtml::chart(charts, QStringLiteral("trend_rates"));
    html += heading(3, ReportHtml::tr("Profil des patients entrés chaque année"));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(ReportHtml::tr("Patients dont le consentement d'entrée est daté dans l'année, comptés d'après "
                                                 "leur fiche (jamais leur identité) ; l'âge est celui de l'année d'entrée.")));
    html += profileTables(profiles, columns);
    html += heading(3, ReportHtml::tr("Indicateurs de processus"));
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(Indicators::hasCaveat()));
    html += ReportHtml::trendTable(indicators, columns,
                                   {QStringLiteral("has.assessment"), QStringLiteral("has.plan"), QStringLiteral("has.final_evaluation"),
                                    QStringLiteral("has.gp_entry"), QStringLiteral("has.gp_end")});
    html += part(QStringLiteral("evolution"));
    html += part(QStringLiteral("evolution_conclusion"));

    // 5. Decisions, and the actions decided in the annual self-evaluations.
    html += heading(2, ReportHtml::tr("5. Décisions pour l'avenir"));
    html += part(QStringLiteral("decision"));
    html += heading(3, ReportHtml::tr("Actions décidées lors des auto-évaluations annuelles"));
    QList<EvaluationAction> actions;
    QStringList actionPeriods;
    for (const Period &y : periods)
        for (const EvaluationAction &a : notes.actions(y.key())) {
            actions << a;
            actionPeriods << y.shortLabel();
        }
    html += ReportHtml::actionsTable(actions, ReportHtml::tr("Année"), actionPeriods);

    // 6. How the report is made available.
    html += heading(2, ReportHtml::tr("6. Mise à disposition du rapport"));
    html += part(QStringLiteral("availability"));

    document.setBodyHtml(html);
}

} // namespace kitetp::FourYearReport
