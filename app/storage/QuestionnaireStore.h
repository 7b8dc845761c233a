// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/Evaluation.h"
#include "core/FileError.h"
#include "storage/Store.h"

#include <optional>

class QSqlQuery;

namespace kitetp {

// The satisfaction questionnaire (question) and the responses the team enters (questionnaire_response, answer).
// Changes are announced as ChangeArea::Questionnaires.
class QuestionnaireStore : public Store
{
public:
    using Store::Store;

    QList<Question> questions() const; // by position
    FileError addQuestion(Question &question); // sets id; position = given
    FileError updateQuestion(const Question &question);
    // Writes the position of each question as given (ids and positions only), in one transaction: a new order, or
    // the old one back (undo).
    FileError setPositions(const QList<Question> &questions);
    // Refused when answers exist (they would be lost and could not come back with Undo).
    FileError removeQuestion(qint64 id);
    int answerCount(qint64 questionId) const;

    // Responses dated in [from, to] (invalid dates leave that side open), newest first, with their answers.
    QList<QuestionnaireResponse> responses(const QDate &from = {}, const QDate &to = {}) const;
    std::optional<QuestionnaireResponse> response(qint64 id) const;
    FileError addResponse(QuestionnaireResponse &response); // sets id (keeps a given id free for undo)
    FileError updateResponse(const QuestionnaireResponse &response);
    FileError removeResponse(qint64 id);

    static constexpr ChangeArea area() { return ChangeArea::Questionnaires; }

private:
    FileError writeAnswers(QSqlQuery &query, const QuestionnaireResponse &response);
};

} // namespace kitetp
