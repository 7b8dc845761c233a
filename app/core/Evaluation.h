// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/Period.h"

namespace kitetp {

// The team's qualitative analysis, stored as text per period in evaluation_note (period "2025" for the annual
// self-evaluation, "2022-2025" for the four-year evaluation).
struct EvaluationNoteSpec
{
    QString key;
    const char *label; // QT_TRANSLATE_NOOP("EvaluationNotes", ...)
    const char *hint;
};

// An action the team plans: what, who, by when, and where it stands. The state is updated at the next
// self-evaluation (the follow-up of last year's actions) and stored with the action.
struct EvaluationAction
{
    enum class State { Planned, InProgress, Done, Abandoned };
    QString text;
    QString owner;
    QDate due; // invalid = no date
    State state = State::Planned;

    bool operator==(const EvaluationAction &o) const
    {
        return text == o.text && owner == o.owner && due == o.due && state == o.state;
    }
};

// The team's appraisal of one judging criterion declared in the dossier: the indicator it is set against (a key of
// Indicators::list, empty = none) and what the team makes of it.
struct CriterionAppraisal
{
    QString criterion; // the criterion's text, as declared
    QString indicator;
    QString appraisal;
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
    static QString criteriaKey() { return QStringLiteral("criteria"); }
    static QString label(const QString &key);

    static QString annualPeriod(int year) { return QString::number(year); }
    static QString fourYearPeriod(int lastYear) { return QStringLiteral("%1-%2").arg(lastYear - 3).arg(lastYear); }
    // The key the four-year notes of these years are stored under: "2022-2025" for calendar years, else the range.
    static QString fourYearPeriod(const QList<Period> &years);

    static QString stateLabel(EvaluationAction::State state);
    static QList<EvaluationAction::State> states();

    // The judging criteria declared in the dossier (programme.criteria): one a line, bullets and numbers removed.
    static QStringList criteria(const QString &declared);

    // Checks a note before it is stored; a translated reason, empty when fine.
    static QString check(const QString &key, const QString &value);
    static QString checkActions(const QList<EvaluationAction> &actions);

    // Actions are stored as JSON in one note.
    static QString actionsToStored(const QList<EvaluationAction> &actions);
    static QList<EvaluationAction> actionsFromStored(const QString &text);
    static QString appraisalsToStored(const QList<CriterionAppraisal> &appraisals);
    static QList<CriterionAppraisal> appraisalsFromStored(const QString &text);
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
