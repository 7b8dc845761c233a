// SPDX-License-Identifier: EUPL-1.2
#include "core/Indicators.h"

#include "core/Patients.h"

#include <QLocale>

namespace kitetp {

std::optional<double> IndicatorData::LikertQuestion::mean() const
{
    const int n = total();
    if (n == 0)
        return std::nullopt;
    double sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += double(i + 1) * counts[size_t(i)];
    return sum / n;
}

namespace {

// One figure of every séance, added up.
int total(const QList<IndicatorData::SeanceActivity> &seances, int IndicatorData::SeanceActivity::*figure)
{
    int n = 0;
    for (const IndicatorData::SeanceActivity &s : seances)
        n += s.*figure;
    return n;
}

} // namespace

int IndicatorData::sessionsHeld() const
{
    return total(seances, &SeanceActivity::sessionsHeld);
}

int IndicatorData::enrolled() const
{
    return total(seances, &SeanceActivity::enrolled);
}

int IndicatorData::present() const
{
    return total(seances, &SeanceActivity::present);
}

int IndicatorData::stopped() const
{
    int n = 0;
    for (auto it = exitsByReason.cbegin(); it != exitsByReason.cend(); ++it)
        if (it.key() != toStored(Patient::Status::Completed) && it.key() != toStored(Patient::Status::Lost))
            n += it.value();
    return n;
}

std::array<int, 5> IndicatorData::likertTotals() const
{
    std::array<int, 5> t{};
    for (const LikertQuestion &q : likert)
        for (size_t i = 0; i < 5; ++i)
            t[i] += q.counts[i];
    return t;
}

namespace {

std::optional<double> countIf(bool hasData, int count)
{
    return hasData ? std::optional<double>(count) : std::nullopt;
}

std::optional<double> percent(int part, int whole)
{
    return whole > 0 ? std::optional<double>(100.0 * part / whole) : std::nullopt;
}

} // namespace

QList<Indicator> Indicators::list(const IndicatorData &d)
{
    using S = Indicator::Section;
    using U = Indicator::Unit;
    QList<Indicator> out;
    auto add = [&out](const QString &key, S section, U unit, const QString &label, const QString &definition,
                      std::optional<double> value) -> Indicator & {
        Indicator i;
        i.key = key;
        i.section = section;
        i.unit = unit;
        i.label = label;
        i.definition = definition;
        i.value = value;
        out << i;
        return out.last();
    };
    const bool path = d.hasPathEvents;

    // Activity.
    add(QStringLiteral("patients.caseload"), S::Activity, U::Count, tr("File active"),
        tr("Patients dont le consentement d'entrée est daté au plus tard du dernier jour de la période et qui ne sont pas "
           "sortis avant son premier jour."),
        countIf(path || d.activeCaseload > 0, d.activeCaseload));
    add(QStringLiteral("patients.proposed"), S::Activity, U::Count, tr("Patients à qui le programme a été proposé"),
        tr("Patients ayant une étape « proposition » datée dans la période."), countIf(path, d.proposed));
    add(QStringLiteral("patients.entered"), S::Activity, U::Count, tr("Patients entrés dans le programme"),
        tr("Patients dont le consentement d'entrée est daté dans la période (un parcours commencé une année et terminé "
           "la suivante compte comme entrée la première année)."),
        countIf(path, d.entered));
    add(QStringLiteral("patients.assessed"), S::Activity, U::Count, tr("Bilans éducatifs partagés réalisés"),
        tr("Patients ayant un bilan éducatif partagé daté dans la période."), countIf(path, d.assessed));
    add(QStringLiteral("patients.planned"), S::Activity, U::Count, tr("Programmes personnalisés définis"),
        tr("Patients dont le programme personnalisé a été convenu dans la période."), countIf(path, d.planned));
    add(QStringLiteral("patients.attended"), S::Activity, U::Count, tr("Patients ayant suivi au moins une séance"),
        tr("Patients notés présents à au moins une séance dont la date est dans la période."),
        countIf(d.hasSessions, d.attendedOne));
    add(QStringLiteral("patients.completed"), S::Activity, U::Count, tr("Parcours terminés"),
        tr("Patients dont la sortie « parcours terminé » est datée dans la période (compte l'année de la fin, même si "
           "l'entrée date de l'année précédente)."),
        countIf(path, d.completed));
    Indicator &stopped = add(QStringLiteral("patients.stopped"), S::Activity, U::Count, tr("Arrêts du parcours"),
                             tr("Sorties datées dans la période pour arrêt à la demande du patient, décès ou déménagement, "
                                "détaillées par motif."),
                             countIf(path, d.stopped()));
    if (path) {
        for (Patient::Status s : {Patient::Status::Stopped, Patient::Status::Died, Patient::Status::Moved})
            stopped.breakdown << Indicator::Row{toStored(s), exitReasonLabel(toStored(s)), double(d.exits(toStored(s)))};
    }
    add(QStringLiteral("patients.lost"), S::Activity, U::Count, tr("Perdus de vue"),
        tr("Sorties « perdu de vue » datées dans la période."), countIf(path, d.exits(toStored(Patient::Status::Lost))));

    Indicator &held = add(QStringLiteral("sessions.held"), S::Activity, U::Count, tr("Séances réalisées"),
                          tr("Séances du calendrier datées dans la période (31 décembre inclus) où au moins un participant "
                             "est noté présent, par séance du programme."),
                          countIf(d.hasSessions, d.sessionsHeld()));
    Indicator &rate = add(QStringLiteral("sessions.attendance_rate"), S::Activity, U::Percent, tr("Taux de présence"),
                          tr("Présents divisés par inscrits, sur toutes les séances du calendrier datées dans la période, "
                             "par séance du programme."),
                          percent(d.present(), d.enrolled()));
    int places = 0;
    for (const IndicatorData::SeanceActivity &s : d.seances) {
        const QString name = s.code + QStringLiteral(" — ") + s.title;
        held.breakdown << Indicator::Row{s.code, name, double(s.sessionsHeld)};
        rate.breakdown << Indicator::Row{s.code, name, percent(s.present, s.enrolled), U::Percent};
        places += s.places;
    }
    add(QStringLiteral("sessions.places"), S::Activity, U::Count, tr("Places prévues"),
        tr("Somme des capacités des séances du calendrier datées dans la période."), countIf(d.hasSessions, places));
    add(QStringLiteral("sessions.enrolled"), S::Activity, U::Count, tr("Inscriptions"),
        tr("Inscriptions aux séances datées dans la période, quel que soit le statut de présence."),
        countIf(d.hasSessions, d.enrolled()));
    add(QStringLiteral("sessions.present"), S::Activity, U::Count, tr("Présences"),
        tr("Inscriptions notées « présent » aux séances datées dans la période."), countIf(d.hasSessions, d.present()));

    // Process.
    add(QStringLiteral("evaluations.final"), S::Process, U::Count, tr("Évaluations individuelles finales"),
        tr("Évaluations individuelles finales datées dans la période."), countIf(path, d.finalEvaluations));
    add(QStringLiteral("letters.gp"), S::Process, U::Count, tr("Synthèses envoyées au médecin traitant"),
        tr("Courriers au médecin traitant datés dans la période."), countIf(path, d.gpLetters));
    Indicator &delay = add(QStringLiteral("letters.delay"), S::Process, U::Days, tr("Délai moyen d'envoi de la synthèse"),
                           tr("Pour chaque courrier au médecin traitant daté dans la période : jours entre la dernière séance "
                              "où le patient était présent (au plus tard le jour du courrier) et le courrier ; moyenne. "
                              "Les courriers sans séance suivie avant eux ne sont pas comptés."),
                           d.letterDelayMean);
    if (d.letterDelayMean) {
        delay.breakdown << Indicator::Row{QStringLiteral("letters"), tr("Courriers pris en compte"), double(d.lettersWithDelay), U::Count}
                        << Indicator::Row{QStringLiteral("min"), tr("Délai le plus court"), double(d.letterDelayMin.value_or(0)), U::Days}
                        << Indicator::Row{QStringLiteral("max"), tr("Délai le plus long"), double(d.letterDelayMax.value_or(0)), U::Days};
    }
    add(QStringLiteral("consents.entry"), S::Process, U::Count, tr("Consentements d'entrée recueillis"),
        tr("Consentements d'entrée dans le programme datés dans la période."), countIf(path, d.consentsEntry));
    add(QStringLiteral("consents.share"), S::Process, U::Count, tr("Consentements au partage des données recueillis"),
        tr("Consentements au partage des données (équipe, médecin traitant) datés dans la période."),
        countIf(path, d.consentsShare));

    // Results.
    const bool objectives = d.objectivesEvaluated() + d.objectivesPending > 0;
    const QString objectivesScope = tr("Objectifs des patients dont l'évaluation individuelle finale est datée dans la période");
    add(QStringLiteral("objectives.reached"), S::Results, U::Count, tr("Objectifs atteints"),
        objectivesScope + tr(", résultat « atteint »."), countIf(objectives, d.objectivesReached));
    add(QStringLiteral("objectives.partly"), S::Results, U::Count, tr("Objectifs partiellement atteints"),
        objectivesScope + tr(", résultat « partiellement atteint »."), countIf(objectives, d.objectivesPartly));
    add(QStringLiteral("objectives.not"), S::Results, U::Count, tr("Objectifs non atteints"),
        objectivesScope + tr(", résultat « non atteint »."), countIf(objectives, d.objectivesNot));
    add(QStringLiteral("objectives.reached_rate"), S::Results, U::Percent, tr("Part des objectifs atteints"),
        tr("Objectifs atteints divisés par les objectifs évalués (atteints, partiellement ou non) des patients dont "
           "l'évaluation finale est datée dans la période."),
        percent(d.objectivesReached, d.objectivesEvaluated()));

    // Recap quizzes (results): the whole, then each séance with a quiz ("pas de données" when none answered).
    QuizResult all;
    for (const QuizResult &r : d.quizzes) {
        all.beforeAnswers += r.beforeAnswers;
        all.beforeRight += r.beforeRight;
        all.beforeQuestions += r.beforeQuestions;
        all.afterAnswers += r.afterAnswers;
        all.afterRight += r.afterRight;
        all.afterQuestions += r.afterQuestions;
        all.pairs += r.pairs;
        all.gainSum += r.gainSum;
    }
    auto seanceName = [](const QuizResult &r) -> QString { return r.code + QStringLiteral(" — ") + r.title; };
    // Each added with its rows at once: a reference from add() lasts until the next add().
    auto rows = [&d, &seanceName](std::optional<double> (QuizResult::*figure)() const) {
        QList<Indicator::Row> out;
        for (const QuizResult &r : d.quizzes)
            out << Indicator::Row{r.code, seanceName(r), (r.*figure)(), U::Percent};
        return out;
    };
    add(QStringLiteral("quiz.before_rate"), S::Results, U::Percent, tr("Bonnes réponses au quiz avant la séance"),
        tr("Questions justes divisées par les questions posées, sur les quiz remplis avant la séance pour les "
           "séances du calendrier datées dans la période, par séance du programme qui a un quiz. Une "
           "question est juste quand les cases cochées sont exactement les bonnes réponses."),
        all.beforeShare())
        .breakdown = rows(&QuizResult::beforeShare);
    add(QStringLiteral("quiz.after_rate"), S::Results, U::Percent, tr("Bonnes réponses au quiz après la séance"),
        tr("Questions justes divisées par les questions posées, sur les quiz remplis après la séance pour les "
           "séances du calendrier datées dans la période, par séance du programme qui a un quiz."),
        all.afterShare())
        .breakdown = rows(&QuizResult::afterShare);
    add(QStringLiteral("quiz.gain"), S::Results, U::Percent, tr("Gain moyen au quiz (points)"),
        tr("Moyenne, sur les patients qui ont rempli le quiz avant et après une même séance datée dans la "
           "période, de la part de bonnes réponses après moins celle d'avant, en points de pourcentage ; "
           "les patients qui n'ont répondu qu'après n'y entrent pas."),
        all.meanGain())
        .breakdown = rows(&QuizResult::meanGain);

    // The HAS 2014 process indicators the file can compute, as proportions.
    auto proportion = [&](const QString &key, const QString &label, const QString &definition, int part, int whole) {
        QString text = definition;
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        Indicator &i = add(key, S::Quality, U::Percent, label, text + QStringLiteral(" (") + hasCaveat() + QStringLiteral(")."),
                           percent(part, whole));
        if (whole > 0) {
            i.numerator = part;
            i.denominator = whole;
        }
    };
    proportion(QStringLiteral("has.assessment"), tr("Entrées avec un bilan éducatif partagé documenté"),
               tr("Patients entrés dans la période (consentement d'entrée daté dans la période) ayant un bilan éducatif "
                  "partagé enregistré à partir de leur entrée, divisés par les patients entrés."),
               d.enteredWithAssessment, d.entered);
    proportion(QStringLiteral("has.plan"), tr("Entrées avec un programme personnalisé convenu"),
               tr("Patients entrés dans la période ayant un programme personnalisé enregistré à partir de leur entrée, "
                  "divisés par les patients entrés."),
               d.enteredWithPlan, d.entered);
    proportion(QStringLiteral("has.final_evaluation"), tr("Parcours terminés avec une évaluation individuelle finale écrite"),
               tr("Patients dont la sortie « parcours terminé » est datée dans la période et qui ont une évaluation "
                  "individuelle finale enregistrée, divisés par ces parcours terminés."),
               d.completedWithFinal, d.completed);
    proportion(QStringLiteral("has.gp_entry"), tr("Médecin traitant informé de l'entrée"),
               tr("Patients entrés dans la période ayant consenti au partage des données, dont le médecin traitant a reçu "
                  "un courrier daté à partir de l'entrée, divisés par ces patients."),
               d.enteredSharingLetter, d.enteredSharing);
    proportion(QStringLiteral("has.gp_end"), tr("Synthèse de fin de programme envoyée au médecin traitant"),
               tr("Parcours terminés dans la période de patients ayant consenti au partage des données, dont le médecin "
                  "traitant a reçu un courrier daté à partir de l'évaluation finale (ou de la sortie), divisés par ces "
                  "parcours."),
               d.completedSharingLetter, d.completedSharing);
    add(QStringLiteral("has.team_meetings"), S::Quality, U::Count, tr("Réunions d'équipe et de coordination documentées"),
        tr("Non calculable : le fichier du programme n'enregistre pas les réunions d'équipe ; à renseigner par l'équipe "
           "dans son analyse") + QStringLiteral(" (") + hasCaveat() + QStringLiteral(")."),
        std::nullopt);

    // Team, as of the period.
    const bool team = d.teamMembers > 0;
    Indicator &members = add(QStringLiteral("team.members"), S::Team, U::Count, tr("Intervenants de la période"),
                             tr("Membres de l'équipe notés comme animateurs d'au moins une séance datée dans la période "
                                "(qu'ils soient encore dans l'équipe aujourd'hui ou non), par profession."),
                             countIf(team, d.teamMembers));
    for (auto it = d.professions.cbegin(); it != d.professions.cend(); ++it)
        members.breakdown << Indicator::Row{it.key(), it.key().isEmpty() ? tr("Profession non renseignée") : it.key(),
                                            double(it.value()), U::Count};
    add(QStringLiteral("team.training_hours"), S::Team, U::Hours, tr("Heures de formation à l'ETP"),
        tr("Somme des heures de formation à l'ETP enregistrées pour les intervenants de la période."),
        countIf(team, d.trainingHours));
    add(QStringLiteral("team.trained40"), S::Team, U::Count, tr("Intervenants formés (40 heures ou plus)"),
        tr("Intervenants de la période ayant au moins 40 heures de formation à l'ETP enregistrées."), countIf(team, d.trained40));
    add(QStringLiteral("team.charters"), S::Team, U::Count, tr("Chartes d'engagement signées"),
        tr("Intervenants de la période dont la charte d'engagement est signée au plus tard le dernier jour de la période."),
        countIf(team, d.chartersSigned));
    add(QStringLiteral("team.patient_partners"), S::Team, U::Count, tr("Patients partenaires intervenants"),
        tr("Intervenants de la période qui sont patients partenaires."), countIf(team, d.patientPartners));

    // Satisfaction.
    const std::array<int, 5> totals = d.likertTotals();
    const int likertAnswers = totals[0] + totals[1] + totals[2] + totals[3] + totals[4];
    add(QStringLiteral("satisfaction.responses"), S::Satisfaction, U::Count, tr("Questionnaires de satisfaction saisis"),
        tr("Réponses au questionnaire de satisfaction datées dans la période."), countIf(d.responses > 0, d.responses));
    std::optional<double> mean;
    if (likertAnswers > 0) {
        double sum = 0;
        for (size_t i = 0; i < 5; ++i)
            sum += double(i + 1) * totals[i];
        mean = sum / likertAnswers;
    }
    Indicator &score = add(QStringLiteral("satisfaction.mean"), S::Satisfaction, U::Score, tr("Satisfaction moyenne (sur 5)"),
                           tr("Moyenne des réponses aux questions à échelle de 1 (pas du tout d'accord) à 5 (tout à fait "
                              "d'accord) des questionnaires datés dans la période, par question."),
                           mean);
    for (int i = 0; i < d.likert.size(); ++i)
        score.breakdown << Indicator::Row{QString::number(i + 1), d.likert.at(i).label, d.likert.at(i).mean(), U::Score};
    add(QStringLiteral("satisfaction.satisfied_rate"), S::Satisfaction, U::Percent, tr("Réponses favorables"),
        tr("Réponses 4 ou 5 divisées par toutes les réponses aux questions à échelle des questionnaires datés dans la "
           "période."),
        percent(totals[3] + totals[4], likertAnswers));
    add(QStringLiteral("satisfaction.comments"), S::Satisfaction, U::Count, tr("Commentaires libres"),
        tr("Réponses non vides aux questions ouvertes des questionnaires datés dans la période."),
        countIf(d.responses > 0, d.textAnswers));
    return out;
}

namespace {

// Each section's key (JSON, CSV) and label, in the order of the enum.
struct SectionName
{
    Indicator::Section section;
    const char *key;
    const char *label; // untranslated
};

constexpr SectionName sectionNames[] = {
    {Indicator::Section::Activity, "activity", QT_TRANSLATE_NOOP("Indicators", "Activité")},
    {Indicator::Section::Process, "process", QT_TRANSLATE_NOOP("Indicators", "Processus")},
    {Indicator::Section::Results, "results", QT_TRANSLATE_NOOP("Indicators", "Résultats")},
    {Indicator::Section::Quality, "quality", QT_TRANSLATE_NOOP("Indicators", "Indicateurs de processus (d'après la HAS, 2014)")},
    {Indicator::Section::Team, "team", QT_TRANSLATE_NOOP("Indicators", "Équipe")},
    {Indicator::Section::Satisfaction, "satisfaction", QT_TRANSLATE_NOOP("Indicators", "Satisfaction des patients")},
};

const SectionName *nameOf(Indicator::Section section)
{
    for (const SectionName &n : sectionNames)
        if (n.section == section)
            return &n;
    return nullptr;
}

} // namespace

QString Indicators::sectionKey(Indicator::Section section)
{
    const SectionName *n = nameOf(section);
    return n ? QString::fromLatin1(n->key) : QString();
}

QString Indicators::sectionLabel(Indicator::Section section)
{
    const SectionName *n = nameOf(section);
    return n ? tr(n->label) : QString();
}

QString Indicators::unitKey(Indicator::Unit unit)
{
    switch (unit) {
    case Indicator::Unit::Count: return QStringLiteral("count");
    case Indicator::Unit::Percent: return QStringLiteral("percent");
    case Indicator::Unit::Days: return QStringLiteral("days");
    case Indicator::Unit::Hours: return QStringLiteral("hours");
    case Indicator::Unit::Score: return QStringLiteral("score");
    }
    return {};
}

QString Indicators::noData()
{
    return tr("pas de données");
}

QString Indicators::fractionText(const Indicator &indicator)
{
    if (!indicator.numerator || !indicator.denominator)
        return {};
    const QLocale locale;
    return tr("%1 sur %2").arg(locale.toString(*indicator.numerator), locale.toString(*indicator.denominator));
}

QString Indicators::hasCaveat()
{
    return tr("d'après les indicateurs HAS 2014 — à vérifier");
}

QString Indicators::valueText(const std::optional<double> &value, Indicator::Unit unit)
{
    if (!value)
        return noData();
    const QLocale locale;
    switch (unit) {
    case Indicator::Unit::Count: return locale.toString(qRound64(*value));
    case Indicator::Unit::Percent: return locale.toString(*value, 'f', 1) + QStringLiteral("\u00a0%");
    case Indicator::Unit::Days: return tr("%1 jours").arg(locale.toString(*value, 'f', 1));
    case Indicator::Unit::Hours: return tr("%1 h").arg(locale.toString(qRound64(*value)));
    case Indicator::Unit::Score: return locale.toString(*value, 'f', 2);
    }
    return {};
}

QString Indicators::exitReasonLabel(const QString &stored)
{
    switch (patientStatusFromStored(stored)) {
    case Patient::Status::Active: return tr("En cours");
    case Patient::Status::Completed: return tr("Parcours terminé");
    case Patient::Status::Stopped: return tr("Arrêt à la demande du patient");
    case Patient::Status::Lost: return tr("Perdu de vue");
    case Patient::Status::Died: return tr("Décès");
    case Patient::Status::Moved: return tr("Déménagement");
    }
    return stored;
}

} // namespace kitetp
