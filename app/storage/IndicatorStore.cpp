// SPDX-License-Identifier: EUPL-1.2
#include "storage/IndicatorStore.h"

#include "core/Dates.h"
#include "core/Patients.h"
#include "storage/ProgrammeFile.h"
#include "storage/QuizStore.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <QVariant>

namespace kitetp {

namespace {

// A read query with values bound in order; returns the query positioned before its first row.
QSqlQuery run(const ProgrammeFile &file, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = Sql::query(file);
    Sql::select(q, file, sql, values); // a failure is reported to the file; the query then has no row
    return q;
}

// The first row's columns, in order, into these figures (nullptr: a column not kept); untouched without a row.
void firstRow(QSqlQuery &q, std::initializer_list<int *> figures)
{
    if (!q.next())
        return;
    int column = 0;
    for (int *figure : figures) {
        if (figure)
            *figure = q.value(column).toInt();
        ++column;
    }
}

// Rows of (key, count) into `counts`.
void countsByKey(QSqlQuery &q, QMap<QString, int> &counts)
{
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
}

// The bound values of a period: its first and last days.
QVariantList days(const Period &period)
{
    return {Dates::toStored(period.from), Dates::toStored(period.to)};
}

// A period as times: from its first day to the day after its last (starts_at is "yyyy-MM-ddTHH:mm", so every
// time of the last day sorts before the next day's date).
QVariantList times(const Period &period)
{
    return {Dates::toStored(period.from), Dates::toStored(period.endExclusive())};
}

} // namespace

IndicatorData IndicatorStore::compute(const Period &period) const
{
    IndicatorData d;
    d.period = period;
    if (!period.isValid())
        return d;
    computePaths(d);
    computeCaseload(d);
    computeSessions(d);
    computeResults(d);
    computeLetterDelays(d);
    computeProcess(d);
    computeTeam(d);
    computeSatisfaction(d);
    d.quizzes = QuizStore(m_file).results(period.from, period.to);
    return d;
}

IndicatorData IndicatorStore::computeTrend(const Period &period) const
{
    IndicatorData d;
    d.period = period;
    if (!period.isValid())
        return d;
    computePaths(d);
    computeSessions(d);
    computeResults(d);
    computeSatisfaction(d);
    return d;
}

QList<IndicatorData> IndicatorStore::trendPeriods(const QList<Period> &periods) const
{
    QList<IndicatorData> out;
    for (qsizetype i = 0; i < periods.size(); ++i)
        out << (i + 1 == periods.size() ? compute(periods.at(i)) : computeTrend(periods.at(i)));
    return out;
}

QList<IndicatorData> IndicatorStore::years(int first, int last) const
{
    QList<IndicatorData> out;
    for (int y = first; y <= last; ++y)
        out << compute(Period::year(y));
    return out;
}

QList<IndicatorData> IndicatorStore::periods(const QList<Period> &periods) const
{
    QList<IndicatorData> out;
    for (const Period &p : periods)
        out << compute(p);
    return out;
}

PatientProfile IndicatorStore::profile(const Period &period) const
{
    using D = PatientProfile::Dimension;
    PatientProfile profile;
    profile.period = period;
    if (!period.isValid())
        return profile;
    // One row per patient entered in the period: the year of entry gives the age.
    const QString entered = QStringLiteral("SELECT p.birth_year, p.sex, trim(p.cancer_site) AS site, trim(p.treatment) AS treatment, "
                                           "trim(p.referral) AS referral, CAST(substr(MIN(e.date), 1, 4) AS INTEGER) AS entry_year "
                                           "FROM path_event e JOIN patient p ON p.id = e.patient_id "
                                           "WHERE e.kind = 'consent_entry' AND e.date BETWEEN ? AND ? GROUP BY p.id");
    const QVariantList range = days(period);
    QMap<QString, int> ages;
    QSqlQuery q = run(m_file, QStringLiteral("SELECT birth_year, entry_year FROM (%1)").arg(entered), range);
    while (q.next()) {
        ++profile.patients;
        const int birth = q.value(0).toInt();
        ages[birth > 0 ? PatientProfile::ageBand(q.value(1).toInt() - birth) : QString()] += 1;
    }
    QList<PatientProfile::Count> ageCounts;
    for (auto it = ages.cbegin(); it != ages.cend(); ++it)
        ageCounts << PatientProfile::Count{it.key(), it.value()};
    // "<40" sorts after the digits: put it first, the unknown last.
    std::sort(ageCounts.begin(), ageCounts.end(), [](const PatientProfile::Count &a, const PatientProfile::Count &b) {
        auto rank = [](const QString &v) { return v.isEmpty() ? 2 : v.startsWith(QLatin1Char('<')) ? 0 : 1; };
        return rank(a.value) != rank(b.value) ? rank(a.value) < rank(b.value) : a.value < b.value;
    });
    profile.dimensions << qMakePair(D::AgeBand, ageCounts);
    const QList<QPair<D, QString>> columns = {{D::Sex, QStringLiteral("sex")}, {D::CancerSite, QStringLiteral("site")},
                                              {D::Treatment, QStringLiteral("treatment")}, {D::Referral, QStringLiteral("referral")}};
    for (const auto &[dimension, column] : columns) {
        // Column names come from the list above, never from the user.
        q = run(m_file,
                QStringLiteral("SELECT %1, COUNT(*) FROM (%2) GROUP BY 1 ORDER BY COUNT(*) DESC, 1").arg(column, entered),
                range);
        QList<PatientProfile::Count> counts;
        while (q.next())
            counts << PatientProfile::Count{q.value(0).toString(), q.value(1).toInt()};
        profile.dimensions << qMakePair(dimension, counts);
    }
    return profile;
}

void IndicatorStore::computePaths(IndicatorData &d) const
{
    // Every kind of the vocabulary, so that SQLite reads the (kind, date) index instead of the whole table.
    QStringList quoted;
    for (int k = 0; k <= int(PathEvent::Kind::Exit); ++k)
        quoted << QLatin1Char('\'') + toStored(static_cast<PathEvent::Kind>(k)) + QLatin1Char('\'');
    const QString kinds = quoted.join(QStringLiteral(", "));
    QSqlQuery q = run(m_file,
                      QStringLiteral("SELECT COUNT(*), "
                                     "COUNT(DISTINCT CASE WHEN kind = 'proposal' THEN patient_id END), "
                                     "COUNT(DISTINCT CASE WHEN kind = 'consent_entry' THEN patient_id END), "
                                     "COUNT(DISTINCT CASE WHEN kind = 'assessment' THEN patient_id END), "
                                     "COUNT(DISTINCT CASE WHEN kind = 'plan' THEN patient_id END), "
                                     "TOTAL(kind = 'final_evaluation'), TOTAL(kind = 'gp_letter'), "
                                     "TOTAL(kind = 'consent_entry'), TOTAL(kind = 'consent_share') "
                                     "FROM path_event WHERE kind IN (%1) AND date BETWEEN ? AND ?")
                          .arg(kinds),
                      days(d.period));
    int events = 0;
    firstRow(q, {&events, &d.proposed, &d.entered, &d.assessed, &d.planned, &d.finalEvaluations, &d.gpLetters,
                 &d.consentsEntry, &d.consentsShare});
    d.hasPathEvents = events > 0;

    q = run(m_file,
            QStringLiteral("SELECT reason, COUNT(DISTINCT patient_id) FROM path_event "
                           "WHERE kind = 'exit' AND date BETWEEN ? AND ? GROUP BY reason"),
            days(d.period));
    countsByKey(q, d.exitsByReason);
    d.completed = d.exitsByReason.value(QStringLiteral("completed"));

    q = run(m_file,
            QStringLiteral("SELECT substr(date, 1, 7), COUNT(DISTINCT patient_id) FROM path_event "
                           "WHERE kind = 'consent_entry' AND date BETWEEN ? AND ? GROUP BY 1"),
            days(d.period));
    countsByKey(q, d.entriesByMonth);
}

void IndicatorStore::computeCaseload(IndicatorData &d) const
{
    // In the programme during the period: the latest entry up to the end comes after any exit before the start.
    QSqlQuery q = run(m_file,
            QStringLiteral("SELECT COUNT(*) FROM (SELECT "
                           "MAX(CASE WHEN kind = 'consent_entry' AND date <= ? THEN date END) AS entry, "
                           "MAX(CASE WHEN kind = 'exit' AND date < ? THEN date END) AS left_before "
                           "FROM path_event WHERE kind IN ('consent_entry', 'exit') GROUP BY patient_id) "
                           "WHERE entry IS NOT NULL AND (left_before IS NULL OR left_before < entry)"),
            {Dates::toStored(d.period.to), Dates::toStored(d.period.from)});
    firstRow(q, {&d.activeCaseload});
}

void IndicatorStore::computeSessions(IndicatorData &d) const
{
    // A presence is counted once its session has begun (SessionRules::hasStarted): an older file may hold one
    // recorded in advance, for a session still to come, which was not held.
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    QSqlQuery q = run(m_file,
                      QStringLiteral("SELECT se.code, se.title, COUNT(*), TOTAL(x.capacity), TOTAL(x.enrolled), "
                                     "TOTAL(x.present), TOTAL(x.present > 0) FROM ("
                                     "  SELECT s.seance_id, s.capacity, COUNT(a.patient_id) AS enrolled, "
                                     "  TOTAL(a.status = 'present' AND s.starts_at <= ?) AS present FROM session s "
                                     "  LEFT JOIN attendance a ON a.session_id = s.id "
                                     "  WHERE s.starts_at >= ? AND s.starts_at < ? GROUP BY s.id) x "
                                     "JOIN seance se ON se.id = x.seance_id "
                                     "LEFT JOIN conducteur c ON c.id = se.conducteur_id "
                                     "GROUP BY se.id ORDER BY c.position, c.id, se.position, se.id"),
                      QVariantList{now} + times(d.period));
    while (q.next()) {
        IndicatorData::SeanceActivity a;
        a.code = q.value(0).toString();
        a.title = q.value(1).toString();
        a.sessions = q.value(2).toInt();
        a.places = q.value(3).toInt();
        a.enrolled = q.value(4).toInt();
        a.present = q.value(5).toInt();
        a.sessionsHeld = q.value(6).toInt();
        d.seances << a;
        d.hasSessions = true;
    }
    q = run(m_file,
            QStringLiteral("SELECT COUNT(DISTINCT a.patient_id) FROM attendance a JOIN session s ON s.id = a.session_id "
                           "WHERE a.status = 'present' AND s.starts_at >= ? AND s.starts_at < ? AND s.starts_at <= ?"),
            times(d.period) + QVariantList{now});
    firstRow(q, {&d.attendedOne});
}

void IndicatorStore::computeResults(IndicatorData &d) const
{
    QSqlQuery q = run(m_file,
                      QStringLiteral("SELECT result, COUNT(*) FROM objective WHERE patient_id IN ("
                                     "SELECT patient_id FROM path_event WHERE kind = 'final_evaluation' AND date BETWEEN ? AND ?) "
                                     "GROUP BY result"),
                      days(d.period));
    while (q.next()) {
        const QString result = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (result == QLatin1String("reached"))
            d.objectivesReached = n;
        else if (result == QLatin1String("partly"))
            d.objectivesPartly = n;
        else if (result == QLatin1String("not"))
            d.objectivesNot = n;
        else
            d.objectivesPending += n;
    }
}

void IndicatorStore::computeLetterDelays(IndicatorData &d) const
{
    // Delay from the last session attended (on or before the letter) to each letter of the period.
    QSqlQuery q = run(m_file,
            QStringLiteral("SELECT COUNT(delay), AVG(delay), MIN(delay), MAX(delay) FROM ("
                           "  SELECT CAST(julianday(l.date) - julianday(("
                           "    SELECT MAX(substr(s.starts_at, 1, 10)) FROM attendance a JOIN session s ON s.id = a.session_id "
                           "    WHERE a.patient_id = l.patient_id AND a.status = 'present' "
                           "    AND s.starts_at < date(l.date, '+1 day'))) AS INTEGER) AS delay "
                           "  FROM path_event l WHERE l.kind = 'gp_letter' AND l.date BETWEEN ? AND ?)"),
            days(d.period));
    if (q.next() && q.value(0).toInt() > 0) {
        d.lettersWithDelay = q.value(0).toInt();
        d.letterDelayMean = q.value(1).toDouble();
        d.letterDelayMin = q.value(2).toInt();
        d.letterDelayMax = q.value(3).toInt();
    }
}

void IndicatorStore::computeTeam(IndicatorData &d) const
{
    // The team as of the period: whoever facilitated a session of the period, active today or not.
    const QVariantList sessions = times(d.period);
    const QString members = QStringLiteral("SELECT DISTINCT f.member_id FROM session_facilitator f JOIN session s ON s.id = f.session_id "
                                           "WHERE s.starts_at >= ? AND s.starts_at < ?");
    QSqlQuery q = run(m_file,
                      QStringLiteral("SELECT COUNT(*), TOTAL(training_hours), TOTAL(training_hours >= 40), "
                                     "TOTAL(charter_signed_on <> '' AND charter_signed_on <= ?), TOTAL(is_patient_partner) "
                                     "FROM team_member WHERE id IN (%1)")
                          .arg(members),
                      QVariantList{Dates::toStored(d.period.to)} + sessions);
    firstRow(q, {&d.teamMembers, &d.trainingHours, &d.trained40, &d.chartersSigned, &d.patientPartners});
    q = run(m_file,
            QStringLiteral("SELECT trim(profession), COUNT(*) FROM team_member WHERE id IN (%1) GROUP BY 1").arg(members),
            sessions);
    countsByKey(q, d.professions);
}

void IndicatorStore::computeProcess(IndicatorData &d) const
{
    // In the correlated subqueries "+x.kind" keeps SQLite off the (kind, date) index, which would read every event
    // of that kind for each patient: the (patient_id, date) index answers them in a few rows.
    // Patients entered in the period (their first entry of the period) and what their path records from then on.
    QSqlQuery q = run(m_file,
                      QStringLiteral("SELECT COUNT(*), TOTAL(EXISTS (SELECT 1 FROM path_event a WHERE a.patient_id = e.patient_id "
                                     "  AND +a.kind = 'assessment' AND a.date >= e.entry)), "
                                     "TOTAL(EXISTS (SELECT 1 FROM path_event a WHERE a.patient_id = e.patient_id "
                                     "  AND +a.kind = 'plan' AND a.date >= e.entry)), "
                                     "TOTAL(e.sharing), "
                                     "TOTAL(e.sharing AND EXISTS (SELECT 1 FROM path_event a WHERE a.patient_id = e.patient_id "
                                     "  AND +a.kind = 'gp_letter' AND a.date >= e.entry)) "
                                     "FROM (SELECT patient_id, MIN(date) AS entry, "
                                     "  EXISTS (SELECT 1 FROM path_event c WHERE c.patient_id = p.patient_id AND +c.kind = 'consent_share') AS sharing "
                                     "  FROM path_event p WHERE kind = 'consent_entry' AND date BETWEEN ? AND ? GROUP BY patient_id) e"),
                      days(d.period));
    firstRow(q, {nullptr, &d.enteredWithAssessment, &d.enteredWithPlan, &d.enteredSharing, &d.enteredSharingLetter});
    // Paths completed in the period: a final evaluation, and a letter to the GP from the final evaluation (or the
    // exit when there is none) on.
    q = run(m_file,
            QStringLiteral("SELECT TOTAL(x.final IS NOT NULL), TOTAL(x.sharing), "
                           "TOTAL(x.sharing AND EXISTS (SELECT 1 FROM path_event l WHERE l.patient_id = x.patient_id "
                           "  AND +l.kind = 'gp_letter' AND l.date >= COALESCE(x.final, x.exit_date))) "
                           "FROM (SELECT c.patient_id, c.exit_date, "
                           "  (SELECT MAX(f.date) FROM path_event f WHERE f.patient_id = c.patient_id AND +f.kind = 'final_evaluation' "
                           "   AND f.date <= c.exit_date) AS final, "
                           "  EXISTS (SELECT 1 FROM path_event s WHERE s.patient_id = c.patient_id AND +s.kind = 'consent_share') AS sharing "
                           "  FROM (SELECT patient_id, MAX(date) AS exit_date FROM path_event "
                           "    WHERE kind = 'exit' AND reason = 'completed' AND date BETWEEN ? AND ? GROUP BY patient_id) c) x"),
            days(d.period));
    firstRow(q, {&d.completedWithFinal, &d.completedSharing, &d.completedSharingLetter});
}

void IndicatorStore::computeSatisfaction(IndicatorData &d) const
{
    const QVariantList range = days(d.period);
    QSqlQuery q = run(m_file, QStringLiteral("SELECT COUNT(*) FROM questionnaire_response WHERE date BETWEEN ? AND ?"), range);
    firstRow(q, {&d.responses});
    if (d.responses == 0)
        return;
    q = run(m_file,
            QStringLiteral("SELECT q.id, q.label, an.value_int, COUNT(*) FROM answer an "
                           "JOIN questionnaire_response r ON r.id = an.response_id JOIN question q ON q.id = an.question_id "
                           "WHERE q.kind = 'likert' AND an.value_int BETWEEN 1 AND 5 AND r.date BETWEEN ? AND ? "
                           "GROUP BY q.id, an.value_int ORDER BY q.position, q.id"),
            range);
    qint64 current = -1;
    while (q.next()) {
        if (q.value(0).toLongLong() != current) {
            current = q.value(0).toLongLong();
            d.likert << IndicatorData::LikertQuestion{q.value(1).toString(), {}};
        }
        d.likert.last().counts[size_t(q.value(2).toInt() - 1)] = q.value(3).toInt();
    }
    q = run(m_file,
            QStringLiteral("SELECT COUNT(*) FROM answer an JOIN questionnaire_response r ON r.id = an.response_id "
                           "JOIN question q ON q.id = an.question_id "
                           "WHERE q.kind = 'text' AND trim(an.value_text) <> '' AND r.date BETWEEN ? AND ?"),
            range);
    firstRow(q, {&d.textAnswers});
}

} // namespace kitetp
