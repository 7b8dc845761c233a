// SPDX-License-Identifier: EUPL-1.2
#include "core/PatientPath.h"

#include "core/Dates.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <numeric>

namespace kitetp::PatientPath {

namespace {

// Under the context lupdate gives a tr() call in this namespace (the one the .ts files translate).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kitetp::PatientPath", text, disambiguation, n);
}

constexpr int maxTextLength = 10000;

// The label of `value` from untranslated labels in the order of its enum; empty outside them.
template<std::size_t N, typename Enum>
QString labelOf(const char *const (&labels)[N], Enum value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? tr(labels[i]) : QString();
}

bool hasKind(const QList<PathEvent> &path, PathEvent::Kind kind, qint64 exceptId)
{
    return std::any_of(path.cbegin(), path.cend(), [&](const PathEvent &e) { return e.kind == kind && e.id != exceptId; });
}

QDate earliest(const QList<PathEvent> &path, PathEvent::Kind kind, qint64 exceptId)
{
    QDate d;
    for (const PathEvent &e : path)
        if (e.kind == kind && e.id != exceptId && (!d.isValid() || e.date < d))
            d = e.date;
    return d;
}

QDate latest(const QList<PathEvent> &path, PathEvent::Kind kind)
{
    QDate d;
    for (const PathEvent &e : path)
        if (e.kind == kind && (!d.isValid() || e.date > d))
            d = e.date;
    return d;
}

// The labels, untranslated (context kitetp::PatientPath, as lupdate names it).
// In the order of Stage.
constexpr const char *stageLabels[] = {
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Entrée (bilan à faire)"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Bilan fait"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "En séances"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Évalué"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Synthèse envoyée"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Sorti"),
};
static_assert(std::size(stageLabels) == size_t(Stage::Exited) + 1, "a label per value");

// In the order of Patient::Status.
constexpr const char *statusLabels[] = {
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "En cours"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Parcours terminé"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Arrêt à sa demande"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Perdu de vue"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Décédé"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Déménagé"),
};
static_assert(std::size(statusLabels) == size_t(Patient::Status::Moved) + 1, "a label per value");

// In the order of PathEvent::Kind.
constexpr const char *kindLabels[] = {
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Proposition et information"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Consentement à entrer"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Consentement au partage"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Bilan éducatif partagé"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Programme personnalisé"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Suivi intermédiaire"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Évaluation individuelle finale"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Synthèse au médecin traitant"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Sortie du programme"),
};
static_assert(std::size(kindLabels) == size_t(PathEvent::Kind::Exit) + 1, "a label per value");

// In the order of Objective::Result.
constexpr const char *resultLabels[] = {
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "À évaluer"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Atteint"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Partiellement atteint"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Non atteint"),
};
static_assert(std::size(resultLabels) == size_t(Objective::Result::NotReached) + 1, "a label per value");

// In the order of Attendance::Status.
constexpr const char *attendanceLabels[] = {
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Inscrit"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Présent"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Absent"),
    QT_TRANSLATE_NOOP("kitetp::PatientPath", "Excusé"),
};
static_assert(std::size(attendanceLabels) == size_t(Attendance::Status::Excused) + 1, "a label per value");

} // namespace

Stage stage(const PatientSummary &s)
{
    if (s.exitDate.isValid() || s.status != Patient::Status::Active)
        return Stage::Exited;
    if (s.letterDate.isValid() && s.finalDate.isValid() && s.letterDate >= s.finalDate)
        return Stage::LetterSent;
    if (s.finalDate.isValid())
        return Stage::Evaluated;
    if (s.planDate.isValid())
        return Stage::Planned;
    if (s.assessmentDate.isValid())
        return Stage::Assessed;
    return Stage::Entry;
}

QList<Stage> allStages()
{
    return {Stage::Entry, Stage::Assessed, Stage::Planned, Stage::Evaluated, Stage::LetterSent, Stage::Exited};
}

QString stageLabel(Stage s)
{
    return labelOf(stageLabels, s);
}

QList<Patient::Status> allStatuses()
{
    return {Patient::Status::Active, Patient::Status::Completed, Patient::Status::Stopped,
            Patient::Status::Lost, Patient::Status::Died, Patient::Status::Moved};
}

QString statusLabel(Patient::Status s)
{
    return labelOf(statusLabels, s);
}

QList<PathEvent::Kind> allKinds()
{
    using K = PathEvent::Kind;
    return {K::Proposal, K::ConsentEntry, K::ConsentShare, K::Assessment, K::Plan, K::FollowUp, K::FinalEvaluation,
            K::GpLetter, K::Exit};
}

QString kindLabel(PathEvent::Kind k)
{
    return labelOf(kindLabels, k);
}

QString resultLabel(Objective::Result r)
{
    return labelOf(resultLabels, r);
}

QString attendanceLabel(Attendance::Status s)
{
    return labelOf(attendanceLabels, s);
}

QList<PathIssue> checkEvent(const PathEvent &event, const QList<PathEvent> &path, const QDate &today)
{
    using K = PathEvent::Kind;
    QList<PathIssue> issues;
    const auto error = [&](const QString &m) { issues << PathIssue{PathIssue::Severity::Error, m}; };
    const auto warning = [&](const QString &m) { issues << PathIssue{PathIssue::Severity::Warning, m}; };

    if (!Dates::isPlausible(event.date)) {
        error(tr("La date est absente ou invraisemblable (entre 1990 et 2100)."));
        return issues;
    }
    if (today.isValid() && event.date > today.addDays(1))
        error(tr("La date du %1 est dans le futur : une étape du parcours est enregistrée une fois faite.")
                  .arg(event.date.toString(QStringLiteral("dd/MM/yyyy"))));
    if (event.note.size() > maxTextLength || event.reason.size() > maxTextLength)
        error(tr("Le texte est trop long (%1 caractères au plus).").arg(maxTextLength));

    const QDate exit = earliest(path, K::Exit, event.id);
    if (exit.isValid() && event.kind == K::Exit)
        error(tr("Le parcours est déjà clos (sortie le %1).").arg(exit.toString(QStringLiteral("dd/MM/yyyy"))));
    else if (exit.isValid() && event.date > exit)
        error(tr("Le parcours est clos depuis le %1 : aucune étape ne peut suivre la sortie. Enregistrez une reprise "
                 "en supprimant la sortie.")
                  .arg(exit.toString(QStringLiteral("dd/MM/yyyy"))));
    if (event.kind == K::Exit) {
        const QDate last = std::accumulate(path.cbegin(), path.cend(), QDate(), [&](QDate d, const PathEvent &e) {
            return e.id != event.id && e.kind != K::Exit && (!d.isValid() || e.date > d) ? e.date : d;
        });
        if (last.isValid() && last > event.date)
            error(tr("La sortie ne peut pas précéder la dernière étape du parcours (%1).")
                      .arg(last.toString(QStringLiteral("dd/MM/yyyy"))));
        if (patientStatusFromStored(event.reason) == Patient::Status::Active)
            error(tr("Indiquez le motif de sortie : parcours terminé, arrêt, perdu de vue, décès ou déménagement."));
    }

    const QDate assessment = earliest(path, K::Assessment, event.id);
    if (event.kind == K::FinalEvaluation) {
        if (!assessment.isValid())
            error(tr("Pas d'évaluation finale sans bilan éducatif partagé : enregistrez d'abord le bilan."));
        else if (event.date < assessment)
            error(tr("L'évaluation finale ne peut pas précéder le bilan éducatif partagé du %1.")
                      .arg(assessment.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    if (event.kind == K::Plan) {
        if (!assessment.isValid())
            warning(tr("Le programme personnalisé est habituellement convenu lors du bilan éducatif partagé, "
                       "qui n'est pas enregistré."));
        else if (event.date < assessment)
            error(tr("Le programme personnalisé ne peut pas précéder le bilan éducatif partagé du %1.")
                      .arg(assessment.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    if (event.kind == K::Assessment || event.kind == K::Plan || event.kind == K::FinalEvaluation) {
        const QDate proposal = earliest(path, K::Proposal, event.id);
        if (proposal.isValid() && event.date < proposal)
            error(tr("Cette étape ne peut pas précéder la proposition du programme (%1).")
                      .arg(proposal.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    if (event.kind == K::Assessment && !hasKind(path, K::ConsentEntry, event.id))
        warning(tr("Le consentement du patient à entrer dans le programme n'est pas enregistré."));
    if (event.kind == K::Assessment) {
        const QDate final = earliest(path, K::FinalEvaluation, event.id);
        if (final.isValid() && event.date > final)
            error(tr("Le bilan éducatif partagé ne peut pas suivre l'évaluation finale du %1.")
                      .arg(final.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    if (event.kind == K::GpLetter && !consentsToShare(path, event.id))
        warning(tr("Le consentement au partage des données avec le médecin traitant n'est pas enregistré."));
    return issues;
}

bool consentsToShare(const QList<PathEvent> &path, qint64 ignoredEventId)
{
    return hasKind(path, PathEvent::Kind::ConsentShare, ignoredEventId);
}

QString firstError(const QList<PathIssue> &issues)
{
    for (const PathIssue &i : issues)
        if (i.isError())
            return i.message;
    return {};
}

QString checkPatient(const Patient &p, const QDate &today)
{
    if (p.code.trimmed().isEmpty())
        return tr("Le code patient est obligatoire.");
    if (p.code.size() > 40)
        return tr("Le code patient est trop long (40 caractères au plus).");
    if (p.birthYear != 0 && (p.birthYear < 1900 || p.birthYear > today.year()))
        return tr("L'année de naissance %1 est invraisemblable.").arg(p.birthYear);
    if (!p.sex.isEmpty() && p.sex != QLatin1String("F") && p.sex != QLatin1String("M"))
        return tr("Le sexe s'indique par F ou M, ou reste vide.");
    for (const QString *text : {&p.firstName, &p.lastName, &p.contact, &p.cancerSite, &p.treatment, &p.referringPhysician,
                                &p.gpName, &p.gpAddress, &p.referral, &p.notes})
        if (text->size() > maxTextLength)
            return tr("Un texte est trop long (%1 caractères au plus).").arg(maxTextLength);
    return {};
}

QString attendanceWarning(qint64 seanceId, const QList<qint64> &plan)
{
    if (plan.contains(seanceId))
        return {};
    return tr("Cette séance ne fait pas partie du programme personnalisé du patient.");
}

NextStep nextStep(const PatientSummary &s, const QDate &today, int quietWeeks)
{
    NextStep n;
    const auto set = [&](NextStep::Kind kind, const QDate &due, const QString &text) {
        n.kind = kind;
        n.due = due;
        n.text = text;
        return n;
    };
    switch (stage(s)) {
    case Stage::Exited:
        return n;
    case Stage::Entry:
        return set(NextStep::Kind::Assessment, s.entryDate.isValid() ? s.entryDate.addDays(30) : today,
                   tr("Bilan éducatif partagé à réaliser"));
    case Stage::Assessed:
        return set(NextStep::Kind::Plan, s.assessmentDate.addDays(15), tr("Programme personnalisé à convenir"));
    case Stage::Planned: {
        const QDate since = s.lastPresence.isValid() ? std::max(s.lastPresence, s.planDate) : s.planDate;
        // (lupdate 6.4 hangs on a plural count written as a call with arguments: keep it a plain variable.)
        const int weeks = int(since.daysTo(today) / 7);
        if (since.addDays(qint64(7) * quietWeeks) < today)
            return set(NextStep::Kind::Relaunch, since.addDays(qint64(7) * quietWeeks),
                       QCoreApplication::translate("PatientPath", "Relancer : aucune séance depuis %n semaine(s)", nullptr,
                                                  weeks));
        if (s.sessionsAttended == 0)
            return set(NextStep::Kind::Sessions, s.planDate.addDays(30), tr("Inscrire aux séances du programme"));
        return set(NextStep::Kind::FinalEvaluation, s.planDate.addMonths(6), tr("Évaluation individuelle finale"));
    }
    case Stage::Evaluated:
        if (!s.sharesWithGp) // no letter without the patient's consent to share
            return set(NextStep::Kind::Close, s.finalDate.addDays(30), tr("Clore le parcours (sortie)"));
        return set(NextStep::Kind::GpLetter, s.finalDate.addDays(15), tr("Synthèse à envoyer au médecin traitant"));
    case Stage::LetterSent:
        return set(NextStep::Kind::Close, s.letterDate.addDays(30), tr("Clore le parcours (sortie)"));
    }
    return n;
}

PatientSummary summarise(const Patient &p, const QList<PathEvent> &path, const QList<QDate> &presences)
{
    PatientSummary s;
    s.id = p.id;
    s.code = p.code;
    s.firstName = p.firstName;
    s.lastName = p.lastName;
    s.cancerSite = p.cancerSite;
    s.status = p.status;
    for (const PathEvent &e : path)
        if (!s.entryDate.isValid() || e.date < s.entryDate)
            s.entryDate = e.date;
    s.assessmentDate = latest(path, PathEvent::Kind::Assessment);
    s.planDate = latest(path, PathEvent::Kind::Plan);
    s.finalDate = latest(path, PathEvent::Kind::FinalEvaluation);
    s.letterDate = latest(path, PathEvent::Kind::GpLetter);
    s.exitDate = latest(path, PathEvent::Kind::Exit);
    s.sharesWithGp = consentsToShare(path);
    for (const QDate &d : presences)
        if (!s.lastPresence.isValid() || d > s.lastPresence)
            s.lastPresence = d;
    s.sessionsAttended = int(presences.size());
    return s;
}

WeekOverview weekOverview(const QList<PatientSummary> &patients, const QDate &today, int quietWeeks)
{
    WeekOverview w;
    const QDate horizon = today.addDays(7);
    for (const PatientSummary &s : patients) {
        const NextStep n = nextStep(s, today, quietWeeks);
        if (n.kind == NextStep::Kind::Assessment && n.due <= horizon)
            w.assessmentsToHold << s.id;
        else if (n.kind == NextStep::Kind::GpLetter)
            w.lettersToSend << s.id;
        else if (n.kind == NextStep::Kind::Relaunch)
            w.quietPatients << s.id;
    }
    return w;
}

} // namespace kitetp::PatientPath
