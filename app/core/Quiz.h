// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kitetp {

// One question of a séance's recap quiz. A true/false question has the two choices « Vrai », « Faux » (0 = true).
struct QuizQuestion
{
    enum class Kind { TrueFalse, Single, Multiple };
    Kind kind = Kind::TrueFalse;
    QString text;
    QStringList choices;
    QList<int> right;       // indices of the right choices, ascending
    QString explanation;    // for the facilitator's key

    bool operator==(const QuizQuestion &o) const
    {
        return kind == o.kind && text == o.text && choices == o.choices && right == o.right && explanation == o.explanation;
    }
    bool operator!=(const QuizQuestion &o) const { return !(*this == o); }
};

// A séance's recap quiz; empty when the séance has none. `draft`: written to be reviewed (« brouillon à relire »).
struct Quiz
{
    QList<QuizQuestion> questions;
    bool draft = false;

    bool isEmpty() const { return questions.isEmpty(); }
    bool operator==(const Quiz &o) const { return questions == o.questions && draft == o.draft; }
    bool operator!=(const Quiz &o) const { return !(*this == o); }
};

// When a patient answered: before the séance, or after it.
enum class QuizMoment { Before, After };

// A patient's answers to a séance's quiz at one session and moment, with the score they got when entered.
struct QuizAnswer
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 patientId = 0;
    QuizMoment moment = QuizMoment::After;
    QList<QList<int>> chosen;  // per question, the indices ticked
    int right = 0;
    int questions = 0;
};

// Rules and scoring of the quiz, written once: the editor, an import, a template and the scoring all ask here.
class QuizRules
{
    Q_DECLARE_TR_FUNCTIONS(QuizRules)
public:
    static constexpr int maxQuestions = 20;
    static constexpr int maxChoices = 8;
    static constexpr int version = 1;  // of the "quiz" member of the exchange file

    // A translated French reason when the question is refused (no right answer, a single choice with two...),
    // empty when fine.
    static QString checkQuestion(const QuizQuestion &question);
    // The first refused question, as "Question N : reason"; empty when fine.
    static QString check(const Quiz &quiz);

    // The two choices of a true/false question.
    static QStringList trueFalseChoices();
    // A question is right when the set of chosen answers equals the set of right ones.
    static bool isRight(const QuizQuestion &question, const QList<int> &chosen);
    // Right answers among `chosen` (one list per question; a missing list counts as not answered, hence wrong).
    static int score(const Quiz &quiz, const QList<QList<int>> &chosen);
    // right / questions, none for no question.
    static std::optional<double> share(int right, int questions);

    static QString kindToStored(QuizQuestion::Kind kind);   // "true_false", "single", "multiple"
    static std::optional<QuizQuestion::Kind> kindFromStored(const QString &text);
    static QString kindLabel(QuizQuestion::Kind kind);      // translated
    static QString momentToStored(QuizMoment moment);       // "before", "after"
    static std::optional<QuizMoment> momentFromStored(const QString &text);
    static QString momentLabel(QuizMoment moment);          // translated
    static QString draftLabel();                            // « Brouillon à relire »
};

// The quiz results of one séance over a period, without identities: what the evaluation reports show.
struct QuizResult
{
    QString code;
    QString title;
    int beforeAnswers = 0;
    int beforeRight = 0;
    int beforeQuestions = 0;
    int afterAnswers = 0;
    int afterRight = 0;
    int afterQuestions = 0;
    int pairs = 0;          // patient and session with both a before and an after
    double gainSum = 0;     // sum over the pairs of (after share - before share), in points of percentage

    std::optional<double> beforeShare() const;  // percent of right answers before; none without answers
    std::optional<double> afterShare() const;
    std::optional<double> meanGain() const;     // mean gain in points; none without pairs

    // Adds one patient's before (optional) and after (optional) at one session.
    void add(const std::optional<QuizAnswer> &before, const std::optional<QuizAnswer> &after);
};

} // namespace kitetp
