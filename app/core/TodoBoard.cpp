// SPDX-License-Identifier: EUPL-1.2
#include "core/TodoBoard.h"

#include <QLocale>

#include <cstdlib>

namespace kitetp {

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

TodoLink declarationStep(const QString &step)
{
    return {QStringLiteral("declaration"), ChangeArea::Declaration, 0, step};
}

TodoLine line(TodoLine::Theme theme, const QString &id, const QString &text, const QString &detail, const QString &value,
              const QString &when, TodoLine::Urgency urgency, const TodoLink &link)
{
    return TodoLine{theme, id, text, detail, value, when, urgency, link};
}

} // namespace

QList<TodoLine::Theme> TodoBoard::themes()
{
    return {TodoLine::Theme::Declaration, TodoLine::Theme::Patients, TodoLine::Theme::Sessions, TodoLine::Theme::Team,
            TodoLine::Theme::Sharing};
}

QString TodoBoard::themeLabel(TodoLine::Theme theme)
{
    switch (theme) {
    case TodoLine::Theme::Declaration: return tr("Déclaration et évaluation");
    case TodoLine::Theme::Patients: return tr("Patients");
    case TodoLine::Theme::Sessions: return tr("Séances");
    case TodoLine::Theme::Team: return tr("Équipe");
    case TodoLine::Theme::Sharing: return tr("Guides partagés");
    }
    return {};
}

QString TodoBoard::relative(const QDate &date, const QDate &today, bool deadline)
{
    if (!date.isValid())
        return {};
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return tr("aujourd'hui");
    // (lupdate 6.4 hangs on a plural count written as a call with arguments: keep it a plain variable.)
    const int n = int(std::llabs(days));
    if (days > 0)
        return tr("dans %n jour(s)", nullptr, n);
    return deadline ? tr("en retard de %n jour(s)", nullptr, n) : tr("il y a %n jour(s)", nullptr, n);
}

TodoLine::Urgency TodoBoard::urgency(const QDate &due, const QDate &today)
{
    if (due < today)
        return TodoLine::Urgency::Late;
    return today.daysTo(due) <= 30 ? TodoLine::Urgency::Soon : TodoLine::Urgency::Info;
}

QList<TodoLine> TodoBoard::lines(const TodoFacts &facts)
{
    QList<TodoLine> out;
    declaration(facts, out);
    evaluation(facts, out);
    patients(facts, out);
    sessions(facts, out);
    team(facts, out);
    sharing(facts, out);
    return out;
}

void TodoBoard::declaration(const TodoFacts &f, QList<TodoLine> &out)
{
    using T = TodoLine::Theme;
    using U = TodoLine::Urgency;
    const DeclarationTimeline t(f.events);
    const QDate today = f.today;
    const TodoLink sessionsPage{QStringLiteral("seances"), ChangeArea::Sessions, 0, {}};
    if (t.stopped().isValid()) {
        // R1161-4 III: a stop is declared to the ARS within 3 months.
        const QDate due = t.stopped().addMonths(3);
        out << line(T::Declaration, QStringLiteral("declaration.stop"),
                    tr("Déclarer à l'ARS l'arrêt du programme (arrêté le %1)").arg(longDate(t.stopped())),
                    tr("L'arrêt d'un programme se déclare à l'ARS dans les 3 mois. Le courrier d'arrêt se prépare sur "
                       "la page Déclaration ARS ; le fichier n'enregistre pas s'il a été envoyé."),
                    longDate(due), relative(due, today), urgency(due, today),
                    {QStringLiteral("declaration"), ChangeArea::Declaration, 0, {}});
        return;
    }
    if (!t.sent().isValid()) {
        out << line(T::Declaration, QStringLiteral("declaration.sent"), tr("Date d'envoi du dossier à l'ARS non renseignée"),
                    tr("Renseignez-la une fois le dossier envoyé : elle fait courir les 2 mois de la réponse de l'ARS."),
                    tr("à renseigner"), {}, U::Missing, declarationStep(QStringLiteral("send")));
        return;
    }
    if (t.awaitingComplement()) {
        out << line(T::Declaration, QStringLiteral("declaration.complement"),
                    tr("Pièces manquantes demandées par l'ARS : envoyer les compléments"),
                    tr("La liste de pièces manquantes est enregistrée ; la date d'envoi des compléments ne l'est pas."),
                    longDate(t.missingItems()), relative(t.missingItems(), today, false), U::Missing,
                    declarationStep(QStringLiteral("send")));
        return;
    }
    const QDate effective = t.effective(today);
    if (!effective.isValid()) {
        // Deemed complete without a list of missing items within 2 months of receipt; the file records the dispatch.
        const QDate due = t.completenessDeadline();
        out << line(T::Declaration, QStringLiteral("declaration.answer"),
                    (t.lastFiling() == t.sent() ? tr("Réponse de l'ARS attendue (dossier envoyé le %1)")
                                                : tr("Réponse de l'ARS attendue (compléments envoyés le %1)"))
                        .arg(longDate(t.lastFiling())),
                    tr("Sans demande de pièces dans les 2 mois suivant sa réception, le dossier est réputé complet et la "
                       "déclaration prend effet. Le fichier enregistre la date d'envoi ; la réception peut être plus "
                       "tardive."),
                    longDate(due), relative(due, today), U::Soon, declarationStep(QStringLiteral("send")));
        return;
    }
    if (!f.firstActivity.isValid()) {
        const QDate due = t.startDeadline(today);
        out << line(T::Declaration, QStringLiteral("declaration.start"),
                    tr("Démarrer le programme (prise d'effet le %1)").arg(longDate(effective)),
                    (t.acknowledged().isValid() ? tr("Prise d'effet : l'accusé de réception du dossier complet.")
                                                : tr("Prise d'effet : le dossier est réputé complet, sans demande de "
                                                     "pièces dans les 2 mois."))
                        + QLatin1Char(' ')
                        + tr("Un programme démarre dans les 12 mois suivant la prise d'effet, sans quoi la déclaration "
                             "devient caduque. Aucune séance ni aucun parcours de patient n'est encore enregistré."),
                    longDate(due), relative(due, today), urgency(due, today), sessionsPage);
    } else if (f.lastSessionHeld.isValid() && f.lastSessionHeld.addMonths(quietWarningMonths) <= today) {
        const QDate due = f.lastSessionHeld.addMonths(6);
        out << line(T::Declaration, QStringLiteral("declaration.quiet"),
                    tr("Aucune séance depuis le %1").arg(longDate(f.lastSessionHeld)),
                    tr("Après 6 mois consécutifs sans activité, la déclaration devient caduque. La date est celle de la "
                       "dernière séance enregistrée."),
                    longDate(due), relative(due, today), urgency(due, today) == U::Late ? U::Late : U::Soon, sessionsPage);
    }
}

void TodoBoard::evaluation(const TodoFacts &f, QList<TodoLine> &out)
{
    using T = TodoLine::Theme;
    if (DeclarationTimeline(f.events).stopped().isValid())
        return;
    const ProgrammeCalendar &c = f.calendar;
    if (c.anchor() == ProgrammeCalendar::Anchor::None) {
        out << line(T::Declaration, QStringLiteral("evaluation.anchor"), tr("Date de début du programme non renseignée"),
                    tr("Ni la prise d'effet de la déclaration ni la date de début du programme ne sont enregistrées : "
                       "les dates des évaluations annuelle et quadriennale ne sont pas connues."),
                    tr("à renseigner"), {}, TodoLine::Urgency::Missing,
                    {QStringLiteral("programme"), ChangeArea::Fields, 0, QStringLiteral("programme.start")});
        return;
    }
    const bool fromStart = c.anchor() == ProgrammeCalendar::Anchor::Start;
    const QString source = fromStart ? tr(" (d'après la date de début)") : QString();
    const QString why = fromStart ? tr("La prise d'effet de la déclaration n'étant pas enregistrée, les années sont "
                                       "comptées à partir de la date de début du programme.")
                                  : tr("Les années sont comptées à partir de la prise d'effet de la déclaration.");
    const QDate annual = c.nextAnniversary(f.today);
    const QDate fourYear = c.nextFourYearDeadline(f.today);
    const TodoLink page{QStringLiteral("evaluation"), ChangeArea::Evaluation, 0, {}};
    out << line(T::Declaration, QStringLiteral("evaluation.annual"), tr("Rapport d'auto-évaluation annuelle%1").arg(source),
                tr("Prêt à chaque anniversaire.") + QLatin1Char(' ') + why, longDate(annual), relative(annual, f.today),
                urgency(annual, f.today), page);
    // The four-year evaluation's timing under the 2021 rules is marked [verify] in evaluation.md.
    out << line(T::Declaration, QStringLiteral("evaluation.fouryear"),
                tr("Rapport d'évaluation quadriennale%1 — échéance à vérifier auprès de votre ARS").arg(source),
                tr("Au quatrième anniversaire, puis tous les quatre ans.") + QLatin1Char(' ') + why, longDate(fourYear),
                relative(fourYear, f.today), urgency(fourYear, f.today), page);
}

void TodoBoard::patients(const TodoFacts &f, QList<TodoLine> &out)
{
    using T = TodoLine::Theme;
    using U = TodoLine::Urgency;
    const auto patient = [](qint64 id) { return TodoLink{QStringLiteral("patients"), ChangeArea::Patients, id, {}}; };
    if (f.assessmentsToDo > 0) {
        const int n = f.assessmentsToDo;
        const int late = f.assessmentsLate;
        out << line(T::Patients, QStringLiteral("patients.assessment"), tr("Bilans éducatifs partagés à réaliser"),
                    tr("Patients actifs dont le parcours n'enregistre encore ni bilan éducatif partagé, ni programme "
                       "personnalisé, ni évaluation finale ; en retard : parcours commencé il y a plus de 30 jours."),
                    tr("%n patient(s)", nullptr, n), late > 0 ? tr("%n en retard", nullptr, late) : QString(),
                    late > 0 ? U::Late : U::Soon, patient(f.firstAssessmentPatient));
    }
    if (f.finalEvaluationsDue > 0) {
        const int n = f.finalEvaluationsDue;
        out << line(T::Patients, QStringLiteral("patients.final"), tr("Évaluations individuelles finales à faire"),
                    tr("Patients actifs au programme personnalisé convenu il y a 6 mois ou plus, ayant suivi au moins une "
                       "séance, sans évaluation finale enregistrée."),
                    tr("%n patient(s)", nullptr, n), {}, U::Soon, patient(f.firstFinalPatient));
    }
    if (f.lettersToSend > 0) {
        const int n = f.lettersToSend;
        out << line(T::Patients, QStringLiteral("patients.letter"), tr("Synthèses à envoyer au médecin traitant"),
                    tr("Évaluation finale faite, consentement au partage des données enregistré, aucun courrier au "
                       "médecin traitant depuis."),
                    tr("%n patient(s)", nullptr, n), {}, U::Soon, patient(f.firstLetterPatient));
    }
}

void TodoBoard::sessions(const TodoFacts &f, QList<TodoLine> &out)
{
    using T = TodoLine::Theme;
    const QLocale locale;
    const auto at = [&locale](const TodoSession &s) { return locale.toString(s.startsAt, QLocale::ShortFormat); };
    const auto link = [](const TodoSession &s) { return TodoLink{QStringLiteral("seances"), ChangeArea::Sessions, s.id, {}}; };
    for (const TodoSession &s : f.thisWeek) {
        const int n = s.enrolled;
        const QDate day = s.startsAt.date();
        out << line(T::Sessions, QStringLiteral("sessions.week.%1").arg(s.id),
                    tr("Cette semaine : %1, %n inscrit(s)", nullptr, n).arg(s.seance), {}, at(s),
                    relative(day, f.today, false), day < f.today ? TodoLine::Urgency::Info : TodoLine::Urgency::Soon, link(s));
    }
    for (const TodoSession &s : f.unrecorded) {
        const int n = s.unrecorded;
        out << line(T::Sessions, QStringLiteral("sessions.attendance.%1").arg(s.id),
                    tr("Présences à saisir : %1, %n inscrit(s) sans présence notée", nullptr, n).arg(s.seance),
                    tr("Séance commencée dont des inscrits ne sont notés ni présents, ni absents, ni excusés."), at(s),
                    relative(s.startsAt.date(), f.today, false), TodoLine::Urgency::Late, link(s));
    }
    if (f.unrecordedTotal > int(f.unrecorded.size())) {
        const int n = f.unrecordedTotal - int(f.unrecorded.size());
        out << line(T::Sessions, QStringLiteral("sessions.attendance.more"),
                    tr("… et %n autre(s) séance(s) passée(s) aux présences non saisies", nullptr, n), {}, {}, {},
                    TodoLine::Urgency::Late, {QStringLiteral("seances"), ChangeArea::Sessions, 0, {}});
    }
}

void TodoBoard::team(const TodoFacts &f, QList<TodoLine> &out)
{
    using T = TodoLine::Theme;
    using U = TodoLine::Urgency;
    const auto member = [](const TeamMember &m) { return TodoLink{QStringLiteral("declaration"), ChangeArea::Team, m.id, QStringLiteral("team")}; };
    if (f.team.isEmpty()) {
        out << line(T::Team, QStringLiteral("team.none"), tr("Aucun membre de l'équipe enregistré"), {}, tr("à renseigner"),
                    {}, U::Missing, declarationStep(QStringLiteral("team")));
        return;
    }
    for (const TeamMember &m : f.team) {
        if (!m.isTrained()) {
            const int hours = m.trainingHours;
            out << line(T::Team, QStringLiteral("team.training.%1").arg(m.id),
                        tr("%1 : formation à l'ETP de moins de %2 h").arg(m.name, QString::number(TeamMember::requiredTrainingHours)),
                        tr("40 heures de formation à l'ETP sont requises pour la dispenser ou la coordonner (arrêté du "
                           "2 août 2010 modifié) ; le nombre est celui des heures enregistrées."),
                        tr("%n h", nullptr, hours), {}, U::Missing, member(m));
        }
        if (!m.charterSignedOn.isValid())
            out << line(T::Team, QStringLiteral("team.charter.%1").arg(m.id),
                        tr("%1 : signature de la charte d'engagement non renseignée").arg(m.name),
                        tr("Chaque intervenant signe la charte d'engagement, jointe au dossier de déclaration."),
                        tr("à renseigner"), {}, U::Missing, member(m));
    }
}

void TodoBoard::sharing(const TodoFacts &f, QList<TodoLine> &out)
{
    const QLocale locale;
    for (const PackageSent &s : f.followUps) {
        if (!s.followUpDue(f.today))
            continue;
        const QString to = s.recipient.isEmpty() ? tr("destinataire non noté") : s.recipient;
        // Where the answer is recorded: the Ateliers page's list of packages sent, on this sending.
        out << line(TodoLine::Theme::Sharing, QStringLiteral("sharing.followup.%1").arg(s.id),
                    tr("Demander comment les supports ont été utilisés : %1").arg(to),
                    tr("Paquet « %1 » (%2) envoyé le %3 : six mois après un envoi, demandez au destinataire comment il a utilisé "
                       "les supports, puis notez sa réponse dans la liste des envois (Ateliers ▸ Échanger ▸ Envois de paquets).")
                        .arg(s.fileName, s.conducteurs, longDate(s.sentOn)),
                    locale.toString(s.sentOn, QLocale::ShortFormat), relative(s.followUpOn(), f.today, false), TodoLine::Urgency::Soon,
                    TodoLink{QStringLiteral("ateliers"), ChangeArea::Guides, s.id, QStringLiteral("sharing")});
    }
}

} // namespace kitetp
