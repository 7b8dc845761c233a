// SPDX-License-Identifier: EUPL-1.2
#include "core/DeclarationFlow.h"

#include <QLocale>

namespace kitetp {

namespace {

using State = FlowStep::State;

// ToDo when nothing is filled, Complete when everything is, InProgress between.
State byCount(int done, int total)
{
    if (total > 0 && done >= total)
        return State::Complete;
    return done == 0 ? State::ToDo : State::InProgress;
}

int filled(const DeclarationFacts &f, const QStringList &keys)
{
    int n = 0;
    for (const QString &k : keys)
        n += f.field(k).isEmpty() ? 0 : 1;
    return n;
}

// Checklist lines of one declaration step.
struct StepCount
{
    int met = 0, missing = 0, total = 0;
};

StepCount countFor(const QList<ChecklistItem> &items, const QString &step)
{
    StepCount c;
    for (const ChecklistItem &i : items) {
        if (i.step != step)
            continue;
        ++c.total;
        c.met += i.status == ChecklistItem::Status::Met ? 1 : 0;
        c.missing += i.status == ChecklistItem::Status::Missing ? 1 : 0;
    }
    return c;
}

QString date(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

QString FlowStep::stateLabel(State state)
{
    switch (state) {
    case State::ToDo: return DeclarationFlow::tr("à faire");
    case State::InProgress: return DeclarationFlow::tr("en cours");
    case State::Complete: return DeclarationFlow::tr("terminé");
    case State::NeedsAttention: return DeclarationFlow::tr("à revoir");
    }
    return {};
}

QString DeclarationFlow::caption()
{
    return tr("Logigramme proposé par Kit ETP d'après la réglementation et le Kit ETP en cancérologie du réseau "
              "ONCOPL ; ce n'est pas un document officiel de l'ARS.");
}

QStringList DeclarationFlow::declarationStepIds()
{
    return {QStringLiteral("need"), QStringLiteral("team"), QStringLiteral("design"), QStringLiteral("documents"),
            QStringLiteral("check"), QStringLiteral("send"), QStringLiteral("effective")};
}

QList<FlowStep> DeclarationFlow::declarationSteps(const DeclarationFacts &facts)
{
    return declarationSteps(facts, DeclarationChecklist::compute(facts));
}

QList<FlowStep> DeclarationFlow::declarationSteps(const DeclarationFacts &f, const QList<ChecklistItem> &checklist)
{
    QList<FlowStep> steps;
    const DeclarationTimeline timeline(f.events);

    // 1. The need and the target population.
    {
        const QStringList keys = {QStringLiteral("programme.need"), QStringLiteral("programme.existing"),
                                  QStringLiteral("programme.condition"), QStringLiteral("programme.population"),
                                  QStringLiteral("programme.beneficiaries"), QStringLiteral("programme.referral"),
                                  QStringLiteral("structure.name")};
        const int n = filled(f, keys);
        steps.append({QStringLiteral("need"), tr("1. Évaluer le besoin et la population"),
                      tr("%1 / %2 rubriques renseignées").arg(n).arg(keys.size()), byCount(n, int(keys.size())),
                      QStringLiteral("need")});
    }
    // 2..4: the team, the design, the documents: their checklist lines.
    const struct
    {
        const char *id;
        const char *title;
    } parts[] = {
        {"team", QT_TR_NOOP("2. Constituer l'équipe")},
        {"design", QT_TR_NOOP("3. Concevoir le programme")},
        {"documents", QT_TR_NOOP("4. Préparer les documents")},
    };
    for (const auto &part : parts) {
        const QString id = QString::fromLatin1(part.id);
        const StepCount c = countFor(checklist, id);
        State state = byCount(c.met, c.met + c.missing);
        if (id == QLatin1String("team")) {
            // A team with someone below 40 h or an unsigned charter needs attention, not just more typing.
            for (const ChecklistItem &i : checklist)
                if (i.step == id && i.status == ChecklistItem::Status::Missing && !f.team.isEmpty()
                    && (i.id == QLatin1String("team.training") || i.id == QLatin1String("team.coordinator.training")))
                    state = State::NeedsAttention;
            if (f.team.isEmpty())
                state = State::ToDo;
        }
        steps.append({id, tr(part.title),
                      c.missing == 0 ? tr("tout est renseigné") : tr("%n élément(s) manquant(s)", nullptr, c.missing),
                      state, id});
    }
    // 5. Completeness.
    {
        const int missing = DeclarationChecklist::count(checklist, ChecklistItem::Status::Missing);
        const int verify = DeclarationChecklist::count(checklist, ChecklistItem::Status::ToVerify);
        const int met = DeclarationChecklist::count(checklist, ChecklistItem::Status::Met);
        State state = missing == 0 ? State::Complete : met == 0 ? State::ToDo : State::InProgress;
        if (missing > 0 && timeline.sent().isValid())
            state = State::NeedsAttention; // sent while incomplete
        steps.append({QStringLiteral("check"), tr("5. Vérifier la complétude"),
                      missing == 0 ? tr("complet ; %n point(s) à vérifier", nullptr, verify)
                                   : tr("%n élément(s) manquant(s)", nullptr, missing),
                      state, QStringLiteral("check")});
    }
    // 6. Sending, acknowledgement or missing items.
    {
        FlowStep s{QStringLiteral("send"), tr("6. Envoyer le dossier à l'ARS"), tr("pas encore envoyé"), State::ToDo,
                   QStringLiteral("send")};
        if (timeline.awaitingComplement()) {
            s.state = State::NeedsAttention;
            s.detail = tr("pièces manquantes demandées le %1").arg(date(timeline.missingItems()));
        } else if (timeline.effective(f.today).isValid()) {
            s.state = State::Complete;
            s.detail = timeline.acknowledged().isValid() ? tr("accusé de réception du %1").arg(date(timeline.acknowledged()))
                                                         : tr("réputé complet le %1").arg(date(timeline.effective(f.today)));
        } else if (timeline.sent().isValid()) {
            s.state = State::InProgress;
            s.detail = tr("envoyé le %1 ; réponse attendue avant le %2")
                           .arg(date(timeline.lastFiling()), date(timeline.completenessDeadline()));
        }
        steps.append(s);
    }
    // 7. Taking effect; starting within 12 months.
    {
        FlowStep s{QStringLiteral("effective"), tr("7. Déclaration effective : démarrer sous 12 mois"),
                   tr("pas encore effective"), State::ToDo, QStringLiteral("effective")};
        const QDate effective = timeline.effective(f.today);
        if (effective.isValid()) {
            const QDate deadline = timeline.startDeadline(f.today);
            if (f.firstActivity.isValid() && f.firstActivity <= deadline) {
                s.state = State::Complete;
                s.detail = tr("effective le %1 ; démarré le %2").arg(date(effective), date(f.firstActivity));
            } else if (f.today > deadline) {
                s.state = State::NeedsAttention;
                s.detail = tr("non démarré avant le %1 : la déclaration devient caduque").arg(date(deadline));
            } else {
                s.state = State::InProgress;
                s.detail = tr("effective le %1 ; démarrer avant le %2").arg(date(effective), date(deadline));
            }
        }
        steps.append(s);
    }
    return steps;
}

QList<FlowStep> DeclarationFlow::implementationSteps(const DeclarationFacts &f)
{
    QList<FlowStep> steps;
    const DeclarationTimeline timeline(f.events);
    const QDate effective = timeline.effective(f.today);

    {
        int trained = 0;
        for (const TeamMember &m : f.team)
            trained += m.isTrained() && m.certificate ? 1 : 0;
        steps.append({QStringLiteral("training"), tr("Former l'équipe (40 h)"),
                      tr("%1 / %2 intervenants formés avec attestation").arg(trained).arg(f.team.size()),
                      byCount(trained, int(f.team.size())), QStringLiteral("declaration")});
    }
    steps.append({QStringLiteral("preparation"), tr("Préparer salles, matériel et supports"),
                  tr("%n séance(s) décrite(s)", nullptr, f.seances) +
                      (f.draftSeances ? tr(", %n en brouillon", nullptr, f.draftSeances) : QString()),
                  f.seances == 0 ? State::ToDo : f.draftSeances > 0 ? State::InProgress : State::Complete,
                  QStringLiteral("ateliers")});
    steps.append({QStringLiteral("enrolment"), tr("Inclure les premiers patients (information, consentement)"),
                  tr("%n patient(s) consentant(s)", nullptr, f.patientsConsented),
                  f.patientsConsented > 0 ? State::Complete : State::ToDo, QStringLiteral("patients")});
    steps.append({QStringLiteral("assessment"), tr("Bilan éducatif partagé et programme personnalisé"),
                  tr("%n bilan(s) partagé(s)", nullptr, f.assessments),
                  f.assessments == 0 ? State::ToDo
                                     : f.assessments >= f.patientsConsented ? State::Complete : State::InProgress,
                  QStringLiteral("patients")});
    {
        FlowStep s{QStringLiteral("sessions"), tr("Séances éducatives"), tr("%n séance(s) tenue(s)", nullptr, f.sessionsHeld),
                   f.sessionsHeld > 0 ? State::InProgress : State::ToDo, QStringLiteral("seances")};
        if (f.lastActivity.isValid() && effective.isValid() && !timeline.stopped().isValid()
            && f.lastActivity.addMonths(6) < f.today) {
            s.state = State::NeedsAttention;
            s.detail = tr("aucune séance depuis le %1 : 6 mois d'arrêt rendent la déclaration caduque")
                           .arg(date(f.lastActivity));
        } else if (f.sessionsHeld > 0) {
            s.state = State::Complete;
        }
        steps.append(s);
    }
    steps.append({QStringLiteral("final"), tr("Évaluation individuelle et synthèse au médecin traitant"),
                  tr("%n évaluation(s) finale(s)", nullptr, f.finalEvaluations) + QStringLiteral(", ") +
                      tr("%n courrier(s) au médecin traitant", nullptr, f.gpLetters),
                  f.finalEvaluations == 0 ? State::ToDo
                                          : f.gpLetters >= f.finalEvaluations ? State::Complete : State::InProgress,
                  QStringLiteral("patients")});
    {
        FlowStep s{QStringLiteral("annual"), tr("Auto-évaluation annuelle (à chaque anniversaire)"),
                   tr("première échéance un an après la prise d'effet"), State::ToDo, QStringLiteral("evaluation")};
        if (effective.isValid()) {
            const int years = effective.daysTo(f.today) >= 0 ? (f.today.year() - effective.year()
                                                                 - (f.today.dayOfYear() < effective.dayOfYear() ? 1 : 0))
                                                             : 0;
            if (years >= 1) {
                const QString due = QString::number(effective.addYears(years).year());
                const bool done = f.evaluationPeriods.contains(due)
                                  || f.evaluationPeriods.contains(QString::number(due.toInt() - 1));
                s.state = done ? State::Complete : State::NeedsAttention;
                s.detail = done ? tr("auto-évaluation %1 rédigée").arg(due)
                                : tr("auto-évaluation attendue depuis le %1").arg(date(effective.addYears(years)));
            } else {
                s.detail = tr("première échéance le %1").arg(date(effective.addYears(1)));
            }
        }
        steps.append(s);
    }
    {
        FlowStep s{QStringLiteral("quadrennial"), tr("Évaluation quadriennale"), tr("quatre ans après la prise d'effet"),
                   State::ToDo, QStringLiteral("evaluation")};
        if (effective.isValid()) {
            const QDate due = effective.addYears(4);
            bool done = false;
            for (const QString &p : f.evaluationPeriods)
                done = done || p.contains(QLatin1Char('-'));
            if (done) {
                s.state = State::Complete;
                s.detail = tr("évaluation quadriennale rédigée");
            } else if (f.today >= due) {
                s.state = State::NeedsAttention;
                s.detail = tr("attendue depuis le %1").arg(date(due));
            } else {
                s.state = f.today >= due.addYears(-1) ? State::InProgress : State::ToDo;
                s.detail = tr("échéance le %1").arg(date(due));
            }
        }
        steps.append(s);
    }
    steps.append({QStringLiteral("changes"), tr("Notifier les changements à l'ARS"),
                  timeline.changes().isEmpty() ? tr("coordonnateur, objectifs, financement : aucun changement notifié")
                                               : tr("%n changement(s) notifié(s)", nullptr, int(timeline.changes().size())),
                  timeline.changes().isEmpty() ? State::ToDo : State::Complete, QStringLiteral("declaration")});
    {
        FlowStep s{QStringLiteral("stop"), tr("Déclarer un arrêt sous 3 mois"), tr("programme en cours"), State::ToDo,
                   QStringLiteral("declaration")};
        if (timeline.stopped().isValid()) {
            s.state = State::Complete;
            s.detail = tr("arrêté le %1").arg(date(timeline.stopped()));
        }
        steps.append(s);
    }
    return steps;
}

} // namespace kitetp
