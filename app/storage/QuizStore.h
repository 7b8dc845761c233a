// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "core/Quiz.h"
#include "storage/Store.h"

#include <QHash>
#include <optional>

class QSqlQuery;

namespace kitetp {

// The séances' recap quizzes (written with their séance by GuideStore, area Guides) and the patients' answers
// (per session, patient and moment; area Sessions, rows: the session ids).
class QuizStore : public Store
{
public:
    using Store::Store;

    // The quiz of every séance that has one, by séance id (two statements, whatever the number of séances).
    QHash<qint64, Quiz> quizzes() const;
    Quiz quiz(qint64 seanceId) const;
    // Inside GuideStore's write of a séance: its quiz becomes `quiz` (none when empty).
    FileError writeQuiz(QSqlQuery &query, qint64 seanceId, const Quiz &quiz);
    // The séance's quiz alone becomes `quiz` (checked by QuizRules; refused: nothing written). Area Guides, row the
    // séance.
    FileError setQuiz(qint64 seanceId, const Quiz &quiz);

    QList<QuizAnswer> answers(qint64 sessionId) const;
    std::optional<QuizAnswer> answer(qint64 sessionId, qint64 patientId, QuizMoment moment) const;
    QList<QuizAnswer> answersOfPatient(qint64 patientId) const;
    // Scores `answer.chosen` against the quiz of the session's séance and records it (replacing the same session,
    // patient and moment); sets id, right and questions. Refused when the séance has no quiz or the patient is
    // not enrolled in the session.
    FileError record(QuizAnswer &answer);
    FileError remove(qint64 sessionId, qint64 patientId, QuizMoment moment);
    // Puts back an answer as it was (undo), its score untouched.
    FileError restore(const QuizAnswer &answer);

    // Per séance with answers in sessions starting in [from, to]: the results, without identities.
    QList<QuizResult> results(const QDate &from, const QDate &to) const;

    static QString joinChosen(const QList<QList<int>> &chosen);
    static QList<QList<int>> splitChosen(const QString &text);
};

} // namespace kitetp
