// SPDX-License-Identifier: EUPL-1.2
#include "core/Quiz.h"

#include "core/GuideRules.h"

#include <QSet>

#include <algorithm>

namespace kitetp {

QStringList QuizRules::trueFalseChoices()
{
    // Stored data, kept in French like the guides.
    return {QStringLiteral("Vrai"), QStringLiteral("Faux")};
}

QString QuizRules::checkQuestion(const QuizQuestion &q)
{
    if (q.text.trimmed().isEmpty())
        return tr("l'énoncé est vide.");
    if (q.text.size() > GuideRules::maxLine)
        return tr("l'énoncé dépasse %1 caractères.").arg(GuideRules::maxLine);
    if (q.explanation.size() > GuideRules::maxText)
        return tr("l'explication dépasse %1 caractères.").arg(GuideRules::maxText);
    if (q.kind == QuizQuestion::Kind::TrueFalse && q.choices != trueFalseChoices())
        return tr("une question vrai / faux a pour choix « Vrai » et « Faux ».");
    if (q.choices.size() < 2)
        return tr("il faut au moins deux choix.");
    if (q.choices.size() > maxChoices)
        return tr("%1 choix au plus.").arg(maxChoices);
    QSet<QString> seen;
    for (const QString &c : q.choices) {
        if (c.trimmed().isEmpty())
            return tr("un choix est vide.");
        if (c.size() > GuideRules::maxLine)
            return tr("un choix dépasse %1 caractères.").arg(GuideRules::maxLine);
        if (c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('\r')))
            return tr("un choix tient sur une ligne.");
        if (seen.contains(c.trimmed()))
            return tr("le choix « %1 » apparaît deux fois.").arg(c.trimmed());
        seen.insert(c.trimmed());
    }
    if (q.right.isEmpty())
        return tr("aucune bonne réponse n'est indiquée.");
    for (qsizetype i = 0; i < q.right.size(); ++i) {
        if (q.right.at(i) < 0 || q.right.at(i) >= q.choices.size())
            return tr("une bonne réponse désigne un choix qui n'existe pas.");
        if (i > 0 && q.right.at(i) <= q.right.at(i - 1))
            return tr("les bonnes réponses sont données une fois chacune, dans l'ordre des choix.");
    }
    if (q.kind != QuizQuestion::Kind::Multiple && q.right.size() > 1)
        return tr("une question à choix unique n'a qu'une bonne réponse.");
    return {};
}

QString QuizRules::check(const Quiz &quiz)
{
    if (quiz.questions.size() > maxQuestions)
        return tr("%1 questions au plus par quiz.").arg(maxQuestions);
    for (qsizetype i = 0; i < quiz.questions.size(); ++i)
        if (const QString reason = checkQuestion(quiz.questions.at(i)); !reason.isEmpty())
            return tr("Question %1 : %2").arg(i + 1).arg(reason);
    return {};
}

bool QuizRules::isRight(const QuizQuestion &question, const QList<int> &chosen)
{
    QList<int> set = chosen;
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return !set.isEmpty() && set == question.right;
}

int QuizRules::score(const Quiz &quiz, const QList<QList<int>> &chosen)
{
    int right = 0;
    for (qsizetype i = 0; i < quiz.questions.size() && i < chosen.size(); ++i)
        if (isRight(quiz.questions.at(i), chosen.at(i)))
            ++right;
    return right;
}

std::optional<double> QuizRules::share(int right, int questions)
{
    if (questions <= 0)
        return std::nullopt;
    return 100.0 * right / questions;
}

QString QuizRules::kindToStored(QuizQuestion::Kind kind)
{
    switch (kind) {
    case QuizQuestion::Kind::TrueFalse: return QStringLiteral("true_false");
    case QuizQuestion::Kind::Single: return QStringLiteral("single");
    case QuizQuestion::Kind::Multiple: return QStringLiteral("multiple");
    }
    return {};
}

std::optional<QuizQuestion::Kind> QuizRules::kindFromStored(const QString &text)
{
    for (auto kind : {QuizQuestion::Kind::TrueFalse, QuizQuestion::Kind::Single, QuizQuestion::Kind::Multiple})
        if (kindToStored(kind) == text)
            return kind;
    return std::nullopt;
}

QString QuizRules::kindLabel(QuizQuestion::Kind kind)
{
    switch (kind) {
    case QuizQuestion::Kind::TrueFalse: return tr("Vrai ou faux");
    case QuizQuestion::Kind::Single: return tr("Choix unique");
    case QuizQuestion::Kind::Multiple: return tr("Choix multiple");
    }
    return {};
}

QString QuizRules::momentToStored(QuizMoment moment)
{
    return moment == QuizMoment::Before ? QStringLiteral("before") : QStringLiteral("after");
}

std::optional<QuizMoment> QuizRules::momentFromStored(const QString &text)
{
    if (text == QLatin1String("before"))
        return QuizMoment::Before;
    if (text == QLatin1String("after"))
        return QuizMoment::After;
    return std::nullopt;
}

QString QuizRules::momentLabel(QuizMoment moment)
{
    return moment == QuizMoment::Before ? tr("Avant la séance") : tr("Après la séance");
}

QString QuizRules::draftLabel()
{
    return tr("Brouillon à relire");
}

std::optional<double> QuizResult::beforeShare() const
{
    return QuizRules::share(beforeRight, beforeQuestions);
}

std::optional<double> QuizResult::afterShare() const
{
    return QuizRules::share(afterRight, afterQuestions);
}

std::optional<double> QuizResult::meanGain() const
{
    if (pairs == 0)
        return std::nullopt;
    return gainSum / pairs;
}

void QuizResult::add(const std::optional<QuizAnswer> &before, const std::optional<QuizAnswer> &after)
{
    if (before && before->questions > 0) {
        ++beforeAnswers;
        beforeRight += before->right;
        beforeQuestions += before->questions;
    }
    if (after && after->questions > 0) {
        ++afterAnswers;
        afterRight += after->right;
        afterQuestions += after->questions;
    }
    if (before && after && before->questions > 0 && after->questions > 0) {
        ++pairs;
        gainSum += *QuizRules::share(after->right, after->questions) - *QuizRules::share(before->right, before->questions);
    }
}

} // namespace kitetp
