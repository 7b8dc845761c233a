#include "core/Evaluation.h"

#include "core/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kitetp {

const QList<EvaluationNoteSpec> &EvaluationNotes::annual()
{
    static const QList<EvaluationNoteSpec> specs = {
        {QStringLiteral("worked"), QT_TRANSLATE_NOOP("EvaluationNotes", "Ce qui a fonctionné"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Points forts de l'année : pratiques, contenus, organisation, coordination…")},
        {QStringLiteral("improve"), QT_TRANSLATE_NOOP("EvaluationNotes", "Ce qui est à améliorer"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Difficultés rencontrées, écarts, ce que l'équipe veut changer…")},
    };
    return specs;
}

const QList<EvaluationNoteSpec> &EvaluationNotes::fourYear()
{
    static const QList<EvaluationNoteSpec> specs = {
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("EvaluationNotes", "Conduite de l'évaluation"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Qui a participé, quelles données, quelle période, comment.")},
        {QStringLiteral("effects"), QT_TRANSLATE_NOOP("EvaluationNotes", "Effets du programme"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Sur les patients, sur les pratiques de l'équipe, sur la place du programme dans l'offre de soins locale.")},
        {QStringLiteral("effects_conclusion"), QT_TRANSLATE_NOOP("EvaluationNotes", "Conclusion sur les effets"), ""},
        {QStringLiteral("evolution"), QT_TRANSLATE_NOOP("EvaluationNotes", "Évolution du programme"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Profil des patients, activité, indicateurs de qualité au fil des années.")},
        {QStringLiteral("evolution_conclusion"), QT_TRANSLATE_NOOP("EvaluationNotes", "Conclusion sur l'évolution"), ""},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("EvaluationNotes", "Décisions pour l'avenir"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Poursuivre, adapter ou arrêter le programme, et pourquoi.")},
        {QStringLiteral("availability"), QT_TRANSLATE_NOOP("EvaluationNotes", "Mise à disposition du rapport"),
         QT_TRANSLATE_NOOP("EvaluationNotes", "Comment le rapport est rendu accessible aux patients, associations, médecins traitants.")},
    };
    return specs;
}

QString EvaluationNotes::label(const QString &key)
{
    if (key == actionsKey())
        return tr("Actions prévues");
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
        out << EvaluationAction{o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("owner")).toString(),
                                Dates::fromStored(o.value(QStringLiteral("due")).toString())};
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
