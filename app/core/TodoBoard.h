// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/Declaration.h"
#include "core/ProgrammeCalendar.h"
#include "core/Sharing.h"
#include "core/Team.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kitetp {

// A group session as the board shows it (this week's, or a past one whose attendance is not recorded).
struct TodoSession
{
    qint64 id = 0;
    QDateTime startsAt;
    QString seance; // "C1S2 — Mon traitement"
    int enrolled = 0;   // every enrolment
    int unrecorded = 0; // still "inscrit": neither present, absent nor excused
};

// What the "À faire" board reads from the programme file (TodoStore::facts()): the declaration's dated events, the
// evaluation calendar, and counts computed in SQL, never a list of every patient.
struct TodoFacts
{
    QDate today = QDate::currentDate();
    QList<DeclarationEvent> events;
    ProgrammeCalendar calendar;  // EvaluationStore::calendar(): anchored on the effective date, else programme.start
    QDate firstActivity;         // first patient event or session started, up to today (the programme has started)
    QDate lastSessionHeld;       // the latest session started by now
    // Patients (the stages of PatientPath::stage()): active, still at entry (no shared assessment yet)...
    int assessmentsToDo = 0;
    int assessmentsLate = 0;     // ...of them, the path began more than 30 days ago (PatientPath::nextStep())
    qint64 firstAssessmentPatient = 0;
    // ...planned, at least one session attended, the personalised programme agreed 6 months ago or more
    int finalEvaluationsDue = 0;
    qint64 firstFinalPatient = 0;
    // ...final evaluation done, no GP letter since, consent to share recorded (PatientPath::consentsToShare())
    int lettersToSend = 0;
    qint64 firstLetterPatient = 0;
    QList<TodoSession> thisWeek;   // sessions of the current week (Monday to Sunday), by start
    QList<TodoSession> unrecorded; // started sessions with an enrolment still "inscrit", latest first (at most 10)
    int unrecordedTotal = 0;
    QList<TeamMember> team;        // active members
    QList<PackageSent> followUps;  // packages sent six months ago or more whose answer is not recorded, oldest first
};

// Where a line of the board is done: a page, and the item on it (a patient, a session, a programme field, a step of
// the declaration wizard named by `key`). The window turns it into its EditPlace.
struct TodoLink
{
    QString page;
    ChangeArea area = ChangeArea::Fields;
    qint64 row = 0;
    QString key;
};

// One line of the board.
struct TodoLine
{
    enum class Theme { Declaration, Patients, Sessions, Team, Sharing };
    enum class Urgency { Info, Soon, Late, Missing };
    Theme theme = Theme::Declaration;
    QString id;    // stable across updates (the board updates its lines in place)
    QString text;  // what is due, short
    QString detail; // why, and what the line counts (the rule, what the file records)
    QString value; // its date or count
    QString when;  // "dans 12 jours", "en retard de 3 jours"
    Urgency urgency = Urgency::Info;
    TodoLink link;

    bool operator==(const TodoLine &o) const
    {
        return id == o.id && text == o.text && detail == o.detail && value == o.value && when == o.when && urgency == o.urgency;
    }
};

// The rules of the board (declaration.md "Filing and deadlines", evaluation.md "Dates that matter"): which lines the
// facts call for, each stating only what the file records. No SQL, no widgets.
class TodoBoard
{
    Q_DECLARE_TR_FUNCTIONS(TodoBoard)
public:
    static QList<TodoLine> lines(const TodoFacts &facts);
    static QList<TodoLine::Theme> themes();
    static QString themeLabel(TodoLine::Theme theme);
    // "aujourd'hui", "dans 12 jours", "en retard de 3 jours" (a deadline), or "il y a 3 jours" (`deadline` false).
    static QString relative(const QDate &date, const QDate &today, bool deadline = true);
    // Late when past, soon within 30 days, otherwise for information.
    static TodoLine::Urgency urgency(const QDate &due, const QDate &today);
    // A past session's attendance is shown this many at most, then one line counting the others.
    static constexpr int shownUnrecorded = 10;
    // The six months without a session are announced from five.
    static constexpr int quietWarningMonths = 5;

private:
    static void declaration(const TodoFacts &facts, QList<TodoLine> &out);
    static void evaluation(const TodoFacts &facts, QList<TodoLine> &out);
    static void patients(const TodoFacts &facts, QList<TodoLine> &out);
    static void sessions(const TodoFacts &facts, QList<TodoLine> &out);
    static void team(const TodoFacts &facts, QList<TodoLine> &out);
    static void sharing(const TodoFacts &facts, QList<TodoLine> &out);
};

} // namespace kitetp
