#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace kitetp {

// The team's qualitative analysis, stored as text per period in evaluation_note (period "2025" for the annual
// self-evaluation, "2022-2025" for the four-year evaluation).
struct EvaluationNoteSpec
{
    QString key;
    const char *label; // QT_TRANSLATE_NOOP("EvaluationNotes", ...)
    const char *hint;
};

// An action the team plans: what, who, by when.
struct EvaluationAction
{
    QString text;
    QString owner;
    QDate due; // invalid = no date

    bool operator==(const EvaluationAction &o) const { return text == o.text && owner == o.owner && due == o.due; }
};

class EvaluationNotes
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationNotes)
public:
    static constexpr int maxLength = 20000;
    static constexpr int maxActions = 100;

    // The annual self-evaluation: what worked, what to improve, and the actions (stored under actionsKey()).
    static const QList<EvaluationNoteSpec> &annual();
    // The four-year evaluation's written parts (evaluation.md: six parts, two conclusions).
    static const QList<EvaluationNoteSpec> &fourYear();
    static QString actionsKey() { return QStringLiteral("actions"); }
    static QString label(const QString &key);

    static QString annualPeriod(int year) { return QString::number(year); }
    static QString fourYearPeriod(int lastYear) { return QStringLiteral("%1-%2").arg(lastYear - 3).arg(lastYear); }

    // Checks a note before it is stored; a translated reason, empty when fine.
    static QString check(const QString &key, const QString &value);
    static QString checkActions(const QList<EvaluationAction> &actions);

    // Actions are stored as JSON in one note.
    static QString actionsToStored(const QList<EvaluationAction> &actions);
    static QList<EvaluationAction> actionsFromStored(const QString &text);
};

// The satisfaction questionnaire the team configures: Likert items (1 to 5) and open questions.
struct Question
{
    enum class Kind { Likert, Text };
    qint64 id = 0;
    int position = 0;
    Kind kind = Kind::Likert;
    QString label;
};

struct QuestionnaireResponse
{
    qint64 id = 0;
    qint64 patientId = 0; // 0 = anonymous
    QDate date;
    QMap<qint64, int> likert;     // question id -> 1..5
    QMap<qint64, QString> texts;  // question id -> free text
};

class Questionnaire
{
    Q_DECLARE_TR_FUNCTIONS(Questionnaire)
public:
    static constexpr int maxLabel = 500;
    static constexpr int maxText = 5000;
    static QString kindToStored(Question::Kind kind);
    static Question::Kind kindFromStored(const QString &text);
    static QString checkQuestion(const Question &question);
    static QString checkResponse(const QuestionnaireResponse &response);
    // The questions a new programme starts with (the team edits them).
    static QList<Question> defaultQuestions();
};

} // namespace kitetp
