// SPDX-License-Identifier: EUPL-1.2
// The demo's quiz answers: for the most recent sessions held whose séance has a quiz, each patient present answers
// after the séance, and most also before it, so that the demo's reports show the quiz indicators.
#include "demo/DemoParts.h"

#include "demo/DemoGenerator.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/QuizStore.h"
#include "storage/SessionStore.h"

#include <QDate>
#include <QHash>

#include <algorithm>

namespace kitetp {

namespace {

// A sheet as a patient might tick it: each question right with `chance` percent, otherwise a wrong set of boxes.
QList<QList<int>> tick(const Quiz &quiz, QRandomGenerator &r, int chance)
{
    QList<QList<int>> out;
    for (const QuizQuestion &q : quiz.questions) {
        if (int(r.bounded(100)) < chance) {
            out << q.right;
            continue;
        }
        QList<int> wrong;
        for (int i = 0; i < int(q.choices.size()); ++i)
            if (!q.right.contains(i)) {
                wrong << i;
                break;
            }
        if (wrong.isEmpty() || (q.kind == QuizQuestion::Kind::Multiple && q.right.size() > 1 && r.bounded(2) == 0))
            wrong = q.right.mid(1); // one right box forgotten
        out << wrong;
    }
    return out;
}

} // namespace

FileError fillDemoQuizzes(ProgrammeFile &file, const DemoOptions &options)
{
    // Its own generator: the rest of the demo stays what it was before quizzes existed.
    QRandomGenerator r(options.seed ^ 0x5155495au);
    QHash<qint64, Quiz> quizzes = QuizStore(file).quizzes();
    if (quizzes.isEmpty())
        return {};
    const QDate today = QDate::currentDate();
    QList<Session> sessions = SessionStore(file).sessions({}, today.addDays(-1));
    std::sort(sessions.begin(), sessions.end(), [](const Session &a, const Session &b) { return a.startsAt > b.startsAt; });
    constexpr int maxAnswers = 400;
    int answers = 0;
    QuizStore store(file);
    for (const Session &s : std::as_const(sessions)) {
        if (answers >= maxAnswers)
            break;
        const auto quiz = quizzes.constFind(s.seanceId);
        if (quiz == quizzes.cend())
            continue;
        for (const Attendance &a : SessionStore(file).attendance(s.id)) {
            if (a.status != Attendance::Status::Present)
                continue;
            if (int(r.bounded(100)) < 75) {
                QuizAnswer before{0, s.id, a.patientId, QuizMoment::Before, tick(*quiz, r, 55), 0, 0};
                if (FileError e = store.record(before))
                    return e;
                ++answers;
            }
            QuizAnswer after{0, s.id, a.patientId, QuizMoment::After, tick(*quiz, r, 82), 0, 0};
            if (FileError e = store.record(after))
                return e;
            ++answers;
        }
    }
    return {};
}

} // namespace kitetp
