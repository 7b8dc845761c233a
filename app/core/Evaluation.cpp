// SPDX-License-Identifier: EUPL-1.2
#include "core/Evaluation.h"

#include "core/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kitetp {

const QList<EvaluationNoteSpec> &EvaluationNotes::annual()
{
    // In the order of the HAS annual report: how the self-evaluation was done, the analysis, where it is available.
    static const QList<EvaluationNoteSpec> specs = {
        {QStringLiteral("items"), QT_TRANSLATE_NOOP("EvaluationNotes", "Éléments évalués cette année et pourquoi"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Les quelques points d'activité, de processus et de résultats choisis, et la raison de ce choix.")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("EvaluationNotes", "Qui a participé"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Équipe, patients, association de patients : qui, et comment.")},
        {QStringLiteral("tools"), QT_TRANSLATE_NOOP("EvaluationNotes", "Outils utilisés"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Questionnaire de satisfaction, indicateurs, réunions, entretiens…")},
        {QStringLiteral("worked"), QT_TRANSLATE_NOOP("EvaluationNotes", "Points forts"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Ce qui a fonctionné : pratiques, contenus, organisation, coordination…")},
        {QStringLiteral("improve"), QT_TRANSLATE_NOOP("EvaluationNotes", "Difficultés"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Difficultés rencontrées, écarts, ce que l'équipe veut changer…")},
        {QStringLiteral("patients_access"), QT_TRANSLATE_NOOP("EvaluationNotes", "Mise à disposition des patients"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Où et comment les patients peuvent consulter ce rapport (accueil, site, association…).")},
    };
    return specs;
}

const QList<EvaluationNoteSpec> &EvaluationNotes::fourYear()
{
    // The parts of the HAS four-year report the file cannot fill (evaluation.md: six parts, two conclusions).
    static const QList<EvaluationNoteSpec> specs = {
        {QStringLiteral("changes"), QT_TRANSLATE_NOOP("EvaluationNotes", "Changements du programme sur la période"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Coordonnateur, équipe, contenus, lieux, financement : ce qui a changé en quatre ans.")},
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("EvaluationNotes", "Conduite de l'évaluation"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Acteurs, calendrier, participation des patients, outils et données utilisés.")},
        {QStringLiteral("effects"), QT_TRANSLATE_NOOP("EvaluationNotes", "Effets sur les patients"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Compétences acquises, objectifs atteints, satisfaction, gains aux questionnaires de connaissances…")},
        {QStringLiteral("effects_team"), QT_TRANSLATE_NOOP("EvaluationNotes", "Effets sur l'équipe et ses pratiques"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Formation, pratiques, travail en équipe, coordination.")},
        {QStringLiteral("effects_offer"), QT_TRANSLATE_NOOP("EvaluationNotes", "Place du programme dans l'offre de soins locale"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Liens avec les médecins traitants, les autres programmes, les associations.")},
        {QStringLiteral("effects_conclusion"), QT_TRANSLATE_NOOP("EvaluationNotes", "Conclusion sur les effets"), ""},
        {QStringLiteral("evolution"), QT_TRANSLATE_NOOP("EvaluationNotes", "Évolution du programme"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Lecture de l'évolution du profil des patients, de l'activité et des indicateurs de processus.")},
        {QStringLiteral("evolution_conclusion"), QT_TRANSLATE_NOOP("EvaluationNotes", "Conclusion sur l'évolution"), ""},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("EvaluationNotes", "Décisions pour les quatre ans à venir"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Poursuivre, adapter ou arrêter le programme, et pourquoi.")},
        {QStringLiteral("availability"), QT_TRANSLATE_NOOP("EvaluationNotes", "Mise à disposition du rapport"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Comment le rapport est rendu accessible aux patients, associations, médecins traitants.")},
    };
    return specs;
}

QString EvaluationNotes::label(const QString &key)
{
    if (key == actionsKey())
        return tr("Actions d'amélioration décidées");
    if (key == criteriaKey())
        return tr("Appréciation des critères de jugement");
    for (const auto *list : {&annual(), &fourYear()})
        for (const EvaluationNoteSpec &s : *list)
            if (s.key == key)
                return tr(s.label);
    return key;
}

QString EvaluationNotes::check(const QString &key, const QString &value)
{
    if (key != actionsKey() && value.size() > maxLength)
        return tr("« %1 » est trop long (%2 caractères au plus).").arg(label(key)).arg(maxLength);
    return {};
}

QString EvaluationNotes::checkActions(const QList<EvaluationAction> &actions)
{
    if (actions.size() > maxActions)
        return tr("Pas plus de %1 actions par évaluation.").arg(maxActions);
    for (const EvaluationAction &a : actions) {
        if (a.text.trimmed().isEmpty())
            return tr("Chaque action doit être décrite.");
        if (a.text.size() > 2000 || a.owner.size() > 300)
            return tr("Le texte d'une action ou le nom de son responsable est trop long.");
        if (a.due.isValid() && !Dates::isPlausible(a.due))
            return tr("L'échéance d'une action doit être une date entre %1 et %2.")
                .arg(Dates::earliestPlausible().year())
                .arg(Dates::latestPlausible().year());
    }
    return {};
}

QString EvaluationNotes::actionsToStored(const QList<EvaluationAction> &actions)
{
    QJsonArray list;
    for (const EvaluationAction &a : actions) {
        QJsonObject o;
        o.insert(QStringLiteral("text"), a.text);
        o.insert(QStringLiteral("owner"), a.owner);
        o.insert(QStringLiteral("due"), Dates::toStored(a.due));
        o.insert(QStringLiteral("state"), int(a.state));
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<EvaluationAction> EvaluationNotes::actionsFromStored(const QString &text)
{
    QList<EvaluationAction> out;
    const QJsonArray list = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        const int state = o.value(QStringLiteral("state")).toInt();
        out << EvaluationAction{o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("owner")).toString(),
                                Dates::fromStored(o.value(QStringLiteral("due")).toString()),
                                state >= 0 && state <= int(EvaluationAction::State::Abandoned)
                                    ? static_cast<EvaluationAction::State>(state)
                                    : EvaluationAction::State::Planned};
    }
    return out;
}

QString EvaluationNotes::appraisalsToStored(const QList<CriterionAppraisal> &appraisals)
{
    QJsonArray list;
    for (const CriterionAppraisal &a : appraisals) {
        if (a.indicator.isEmpty() && a.appraisal.isEmpty())
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("criterion"), a.criterion);
        o.insert(QStringLiteral("indicator"), a.indicator);
        o.insert(QStringLiteral("appraisal"), a.appraisal);
        list.append(o);
    }
    return list.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<CriterionAppraisal> EvaluationNotes::appraisalsFromStored(const QString &text)
{
    QList<CriterionAppraisal> out;
    const QJsonArray list = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        out << CriterionAppraisal{o.value(QStringLiteral("criterion")).toString(), o.value(QStringLiteral("indicator")).toString(),
                                  o.value(QStringLiteral("appraisal")).toString()};
    }
    return out;
}

QString EvaluationNotes::fourYearPeriod(const QList<Period> &years)
{
    if (years.isEmpty())
        return {};
    if (years.first().isCalendarYear() && years.last().isCalendarYear())
        return QStringLiteral("%1-%2").arg(years.first().from.year()).arg(years.last().from.year());
    return Period::range(years.first().from, years.last().to).key();
}

QString EvaluationNotes::stateLabel(EvaluationAction::State state)
{
    switch (state) {
    case EvaluationAction::State::Planned: return tr("prévue");
    case EvaluationAction::State::InProgress: return tr("en cours");
    case EvaluationAction::State::Done: return tr("réalisée");
    case EvaluationAction::State::Abandoned: return tr("abandonnée");
    }
    return {};
}

QList<EvaluationAction::State> EvaluationNotes::states()
{
    using St = EvaluationAction::State;
    return {St::Planned, St::InProgress, St::Done, St::Abandoned};
}

QStringList EvaluationNotes::criteria(const QString &declared)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-•*–]|\\d+[.)])\\s*"));
    QStringList out;
    for (QString line : declared.split(QLatin1Char('\n'))) {
        line.remove(bullet);
        line = line.trimmed();
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

QString Questionnaire::kindToStored(Question::Kind kind)
{
    return kind == Question::Kind::Text ? QStringLiteral("text") : QStringLiteral("likert");
}

Question::Kind Questionnaire::kindFromStored(const QString &text)
{
    return text == QLatin1String("text") ? Question::Kind::Text : Question::Kind::Likert;
}

QString Questionnaire::checkQuestion(const Question &q)
{
    if (q.label.trimmed().isEmpty())
        return tr("La question doit avoir un libellé.");
    if (q.label.size() > maxLabel)
        return tr("Le libellé d'une question ne dépasse pas %1 caractères.").arg(maxLabel);
    return {};
}

QString Questionnaire::checkResponse(const QuestionnaireResponse &r)
{
    if (!Dates::isPlausible(r.date))
        return tr("La date du questionnaire doit être une date réelle entre %1 et %2.")
            .arg(Dates::earliestPlausible().year())
            .arg(Dates::latestPlausible().year());
    for (int v : r.likert)
        if (v < 1 || v > 5)
            return tr("Les réponses à échelle vont de 1 à 5.");
    for (const QString &t : r.texts)
        if (t.size() > maxText)
            return tr("Une réponse libre ne dépasse pas %1 caractères.").arg(maxText);
    return {};
}

QList<Question> Questionnaire::defaultQuestions()
{
    return {
        {0, 0, Question::Kind::Likert, tr("Les séances ont répondu à mes attentes.")},
        {0, 1, Question::Kind::Likert, tr("Je me sens plus à l'aise pour gérer mon traitement au quotidien.")},
        {0, 2, Question::Kind::Likert, tr("Les horaires et le lieu des séances me convenaient.")},
        {0, 3, Question::Kind::Likert, tr("Je recommanderais ce programme à d'autres patients.")},
        {0, 4, Question::Kind::Text, tr("Vos remarques et suggestions")},
    };
}

} // namespace kitetp
