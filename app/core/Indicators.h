// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Period.h"
#include "core/Quiz.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace kitetp {

// The raw figures of one period, as storage/IndicatorStore computes them from the programme file (SQL aggregates).
// Every count is already restricted to the period; the `has...` flags say whether the file holds any data of that
// kind in the period, so that an empty area reads "pas de données" rather than 0.
struct IndicatorData
{
    struct SeanceActivity
    {
        QString code;
        QString title;
        int sessionsHeld = 0;   // sessions of the period with at least one participant present
        int sessions = 0;       // sessions on the calendar in the period
        int places = 0;         // sum of their capacities
        int enrolled = 0;       // enrolments (any status)
        int present = 0;
    };
    struct LikertQuestion
    {
        QString label;
        std::array<int, 5> counts{}; // answers 1..5
        int total() const { return counts[0] + counts[1] + counts[2] + counts[3] + counts[4]; }
        std::optional<double> mean() const;
    };

    Period period;

    // Patients' paths (path_event dates within the period).
    bool hasPathEvents = false;  // any path event dated in the period
    int activeCaseload = 0;      // entered on or before the end, not exited before the start
    int proposed = 0;
    int entered = 0;             // distinct patients with consent_entry in the period
    int assessed = 0;            // distinct patients with a shared assessment in the period
    int planned = 0;             // distinct patients with a personalised programme agreed in the period
    int completed = 0;           // exits "completed"
    QMap<QString, int> exitsByReason; // stored patient status -> exits in the period (completed included)
    QMap<QString, int> entriesByMonth; // "2025-03" -> patients entered that month (months with none are absent)

    // Sessions (session.starts_at within the period).
    bool hasSessions = false;
    int attendedOne = 0;         // distinct patients present at >= 1 session of the period
    QList<SeanceActivity> seances;

    // Final evaluations and objectives (objectives of the patients whose final evaluation is in the period).
    int finalEvaluations = 0;
    int objectivesReached = 0;
    int objectivesPartly = 0;
    int objectivesNot = 0;
    int objectivesPending = 0;

    // Letters to GPs (gp_letter in the period) and the delay from the last attended session before each.
    int gpLetters = 0;
    int lettersWithDelay = 0;
    std::optional<double> letterDelayMean;
    std::optional<int> letterDelayMin;
    std::optional<int> letterDelayMax;

    // Consents recorded in the period.
    int consentsEntry = 0;
    int consentsShare = 0;

    // The team as of the period: the members who facilitated at least one session of the period (whether still
    // active today or not); charters signed on or before the end of the period.
    int teamMembers = 0;
    QMap<QString, int> professions;
    int trainingHours = 0;
    int trained40 = 0;
    int chartersSigned = 0;
    int patientPartners = 0;

    // HAS 2014 process indicators, as proportions (evaluation.md, "HAS process indicators").
    int enteredWithAssessment = 0;   // of `entered`: with a shared assessment (any date from entry on)
    int enteredWithPlan = 0;         // of `entered`: with a personalised programme agreed
    int completedWithFinal = 0;      // of `completed`: with a final individual evaluation
    int enteredSharing = 0;          // of `entered`: consented to sharing data with the GP
    int enteredSharingLetter = 0;    // of those: a letter to the GP dated on or after entry
    int completedSharing = 0;        // of `completed`: consented to sharing data with the GP
    int completedSharingLetter = 0;  // of those: a letter to the GP dated on or after their final evaluation or exit

    // Satisfaction (questionnaire_response dated in the period).
    int responses = 0;
    QList<LikertQuestion> likert;
    int textAnswers = 0;

    // Recap quizzes (answers entered for sessions dated in the period), one per séance that has a quiz.
    QList<QuizResult> quizzes;

    int sessionsHeld() const;
    int enrolled() const;
    int present() const;
    int exits(const QString &reason) const { return exitsByReason.value(reason); }
    int stopped() const; // stopped, died, moved: every exit other than completed and lost
    int objectivesEvaluated() const { return objectivesReached + objectivesPartly + objectivesNot; }
    std::array<int, 5> likertTotals() const;
};

// One indicator as shown to people: its value (none = "pas de données"), unit, label and definition, and an
// optional breakdown (by séance, by reason, by profession, by question...).
struct Indicator
{
    enum class Section { Activity, Process, Results, Quality, Team, Satisfaction };
    enum class Unit { Count, Percent, Days, Hours, Score };
    struct Row
    {
        QString key;
        QString label;
        std::optional<double> value;
        Unit unit = Unit::Count; // a breakdown row has its own unit: a count of letters under a delay in days
    };

    QString key;
    Section section = Section::Activity;
    Unit unit = Unit::Count;
    QString label;
    QString definition;
    std::optional<double> value;
    QList<Row> breakdown;
    // A proportion (the HAS process indicators): the numerator and the denominator the percentage comes from.
    std::optional<int> numerator;
    std::optional<int> denominator;

    bool hasData() const { return value.has_value(); }
};

class Indicators
{
    Q_DECLARE_TR_FUNCTIONS(Indicators)
public:
    // Every indicator of `data`, in the order of evaluation.md (activity, process, results, the HAS process
    // indicators, team, satisfaction).
    static QList<Indicator> list(const IndicatorData &data);

    static QString sectionKey(Indicator::Section section);   // "activity", ... (JSON, CSV)
    static QString sectionLabel(Indicator::Section section); // translated
    static QString unitKey(Indicator::Unit unit);            // "count", "percent", "days", "hours", "score"
    // The value in the user's language with its unit ("12", "83,3 %", "14,5 jours"), or "pas de données".
    static QString valueText(const std::optional<double> &value, Indicator::Unit unit);
    static QString noData();
    // "12 / 30" for a proportion, empty otherwise.
    static QString fractionText(const Indicator &indicator);
    // The label every HAS process indicator carries: "d'après les indicateurs HAS 2014 — à vérifier".
    static QString hasCaveat();
    // Translated name of an exit reason (stored patient status).
    static QString exitReasonLabel(const QString &stored);
};

} // namespace kitetp
