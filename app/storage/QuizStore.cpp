// SPDX-License-Identifier: EUPL-1.2
#include "storage/QuizStore.h"

#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <utility>

namespace kitetp {

namespace {

QString joinIndices(const QList<int> &indices)
{
    QStringList parts;
    for (int i : indices)
        parts << QString::number(i);
    return parts.join(QLatin1Char(','));
}

QList<int> splitIndices(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int i = part.toInt(&ok);
        if (ok)
            out << i;
    }
    return out;
}

const char answerColumns[] = "id, session_id, patient_id, moment, chosen, right_count, question_count";

QuizAnswer answerFrom(const QSqlQuery &q)
{
    QuizAnswer a;
    Sql::Row row(q);
    row >> a.id >> a.sessionId >> a.patientId;
    a.moment = QuizRules::momentFromStored(row.text()).value_or(QuizMoment::After);
    a.chosen = QuizStore::splitChosen(row.text());
    row >> a.right >> a.questions;
    return a;
}

FileError refused(const ProgrammeFile &file, const QString &why)
{
    return FileError(FileError::InvalidInput, file.path(), why);
}

} // namespace

QString QuizStore::joinChosen(const QList<QList<int>> &chosen)
{
    QStringList lines;
    for (const QList<int> &c : chosen)
        lines << joinIndices(c);
    return lines.join(QLatin1Char('\n'));
}

QList<QList<int>> QuizStore::splitChosen(const QString &text)
{
    QList<QList<int>> out;
    if (text.isEmpty())
        return out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out << splitIndices(line);
    return out;
}

QHash<qint64, Quiz> QuizStore::quizzes() const
{
    QHash<qint64, Quiz> out;
    QSqlQuery q = Sql::query(m_file);
    if (Sql::select(q, m_file, QStringLiteral("SELECT seance_id, draft FROM quiz")))
        while (q.next())
            out[q.value(0).toLongLong()].draft = q.value(1).toBool();
    if (out.isEmpty())
        return out;
    if (Sql::select(q, m_file, QStringLiteral("SELECT seance_id, kind, text, choices, right_answers, explanation FROM quiz_question "
                                              "ORDER BY seance_id, position, id")))
        while (q.next()) {
            QuizQuestion question;
            question.kind = QuizRules::kindFromStored(q.value(1).toString()).value_or(QuizQuestion::Kind::Single);
            question.text = q.value(2).toString();
            question.choices = Sql::splitLines(q.value(3).toString());
            question.right = splitIndices(q.value(4).toString());
            question.explanation = q.value(5).toString();
            out[q.value(0).toLongLong()].questions << question;
        }
    return out;
}

Quiz QuizStore::quiz(qint64 seanceId) const
{
    Quiz quiz;
    quiz.draft = Sql::value(m_file, QStringLiteral("SELECT draft FROM quiz WHERE seance_id = ?"), {seanceId}).toBool();
    quiz.questions = Sql::rows<QuizQuestion>(
        m_file, QStringLiteral("SELECT kind, text, choices, right_answers, explanation FROM quiz_question WHERE seance_id = ? "
                               "ORDER BY position, id"),
        {seanceId}, [](const QSqlQuery &q) {
            QuizQuestion question;
            question.kind = QuizRules::kindFromStored(q.value(0).toString()).value_or(QuizQuestion::Kind::Single);
            question.text = q.value(1).toString();
            question.choices = Sql::splitLines(q.value(2).toString());
            question.right = splitIndices(q.value(3).toString());
            question.explanation = q.value(4).toString();
            return question;
        });
    return quiz;
}

FileError QuizStore::writeQuiz(QSqlQuery &q, qint64 seanceId, const Quiz &quiz)
{
    if (const QString reason = QuizRules::check(quiz); !reason.isEmpty())
        return refused(m_file, QCoreApplication::translate("QuizStore", "Quiz refusé : %1").arg(reason));
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM quiz WHERE seance_id = ?"), {seanceId}))
        return e;
    if (quiz.isEmpty())
        return {};
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("INSERT INTO quiz(seance_id, draft) VALUES (?, ?)"),
                                {seanceId, quiz.draft ? 1 : 0}))
        return e;
    int position = 0;
    for (const QuizQuestion &question : quiz.questions)
        if (FileError e = Sql::exec(q, m_file,
                                    QStringLiteral("INSERT INTO quiz_question(seance_id, position, kind, text, choices, right_answers, "
                                                   "explanation) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {seanceId, position++, QuizRules::kindToStored(question.kind), Sql::text(question.text),
                                     Sql::joinLines(question.choices), joinIndices(question.right), Sql::text(question.explanation)}))
            return e;
    return {};
}

FileError QuizStore::setQuiz(qint64 seanceId, const Quiz &quiz)
{
    return Sql::write(m_file, Change(ChangeArea::Guides, QList<qint64>{seanceId}),
                      [&](QSqlQuery &q) { return writeQuiz(q, seanceId, quiz); });
}

QList<QuizAnswer> QuizStore::answers(qint64 sessionId) const
{
    return Sql::rows<QuizAnswer>(m_file,
                                 QStringLiteral("SELECT %1 FROM quiz_answer WHERE session_id = ? ORDER BY patient_id, moment DESC")
                                     .arg(QLatin1String(answerColumns)),
                                 {sessionId}, answerFrom);
}

std::optional<QuizAnswer> QuizStore::answer(qint64 sessionId, qint64 patientId, QuizMoment moment) const
{
    const QList<QuizAnswer> found = Sql::rows<QuizAnswer>(
        m_file,
        QStringLiteral("SELECT %1 FROM quiz_answer WHERE session_id = ? AND patient_id = ? AND moment = ?").arg(QLatin1String(answerColumns)),
        {sessionId, patientId, QuizRules::momentToStored(moment)}, answerFrom);
    return found.isEmpty() ? std::nullopt : std::optional<QuizAnswer>(found.first());
}

QList<QuizAnswer> QuizStore::answersOfPatient(qint64 patientId) const
{
    return Sql::rows<QuizAnswer>(m_file,
                                 QStringLiteral("SELECT %1 FROM quiz_answer WHERE patient_id = ? ORDER BY session_id, moment DESC")
                                     .arg(QLatin1String(answerColumns)),
                                 {patientId}, answerFrom);
}

FileError QuizStore::record(QuizAnswer &a)
{
    if (FileError e = m_file.checkWritable())
        return e;
    const QVariant seanceId = Sql::value(m_file, QStringLiteral("SELECT seance_id FROM session WHERE id = ?"), {a.sessionId});
    if (seanceId.isNull())
        return refused(m_file, QCoreApplication::translate("QuizStore", "Cette séance du calendrier n'existe plus."));
    const Quiz quiz = this->quiz(seanceId.toLongLong());
    if (quiz.isEmpty())
        return refused(m_file, QCoreApplication::translate("QuizStore", "Cette séance n'a pas de quiz."));
    if (Sql::value(m_file, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE session_id = ? AND patient_id = ?"),
                   {a.sessionId, a.patientId}).toInt() == 0)
        return refused(m_file, QCoreApplication::translate("QuizStore", "Ce patient n'est pas inscrit à cette séance."));
    a.chosen = a.chosen.mid(0, quiz.questions.size());
    while (a.chosen.size() < quiz.questions.size())
        a.chosen << QList<int>();
    a.questions = int(quiz.questions.size());
    a.right = QuizRules::score(quiz, a.chosen);
    return restore(a);
}

FileError QuizStore::restore(const QuizAnswer &a)
{
    return Sql::write(m_file, Change(ChangeArea::Sessions, QList<qint64>{a.sessionId}), [&](QSqlQuery &q) -> FileError {
        return Sql::exec(q, m_file,
                         QStringLiteral("INSERT INTO quiz_answer(session_id, patient_id, moment, chosen, right_count, question_count) "
                                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_id, patient_id, moment) DO UPDATE SET "
                                        "chosen = excluded.chosen, right_count = excluded.right_count, "
                                        "question_count = excluded.question_count"),
                         {a.sessionId, a.patientId, QuizRules::momentToStored(a.moment), joinChosen(a.chosen), a.right, a.questions});
    });
}

FileError QuizStore::remove(qint64 sessionId, qint64 patientId, QuizMoment moment)
{
    return Sql::writeOne(m_file, Change(ChangeArea::Sessions, QList<qint64>{sessionId}),
                         QStringLiteral("DELETE FROM quiz_answer WHERE session_id = ? AND patient_id = ? AND moment = ?"),
                         {sessionId, patientId, QuizRules::momentToStored(moment)});
}

QList<QuizResult> QuizStore::results(const QDate &from, const QDate &to) const
{
    // One row per session and patient: the before and the after side by side; identities never leave the query.
    struct Pair
    {
        qint64 seanceId = 0;
        std::optional<QuizAnswer> before, after;
    };
    QSqlQuery q = Sql::query(m_file);
    const QString sql = QStringLiteral(
        "SELECT s.seance_id, a.session_id, a.patient_id, a.moment, a.right_count, a.question_count FROM quiz_answer a "
        "JOIN session s ON s.id = a.session_id WHERE s.starts_at >= ? AND s.starts_at < ? "
        "ORDER BY s.seance_id, a.session_id, a.patient_id");
    const QString start = SessionStore::storedDateTime(QDateTime(from, QTime(0, 0)));
    const QString end = SessionStore::storedDateTime(QDateTime(to.addDays(1), QTime(0, 0)));
    QMap<QPair<qint64, qint64>, Pair> pairs;
    QList<qint64> order;
    if (Sql::select(q, m_file, sql, {start, end}))
        while (q.next()) {
            const QPair<qint64, qint64> key{q.value(1).toLongLong(), q.value(2).toLongLong()};
            Pair &p = pairs[key];
            p.seanceId = q.value(0).toLongLong();
            QuizAnswer a;
            a.right = q.value(4).toInt();
            a.questions = q.value(5).toInt();
            if (QuizRules::momentFromStored(q.value(3).toString()) == QuizMoment::Before)
                p.before = a;
            else
                p.after = a;
        }
    QMap<qint64, QuizResult> bySeance;
    for (const Pair &p : std::as_const(pairs))
        bySeance[p.seanceId].add(p.before, p.after);
    QList<QuizResult> out;
    QSqlQuery names = Sql::query(m_file);
    if (Sql::select(names, m_file, QStringLiteral("SELECT seance.id, seance.code, seance.title FROM seance "
                                                  "JOIN conducteur ON conducteur.id = seance.conducteur_id "
                                                  "WHERE seance.id IN (SELECT seance_id FROM quiz) "
                                                  "ORDER BY conducteur.position, conducteur.id, seance.position, seance.id")))
        while (names.next()) {
            QuizResult r = bySeance.value(names.value(0).toLongLong());
            r.code = names.value(1).toString();
            r.title = names.value(2).toString();
            out << r;
        }
    return out;
}

} // namespace kitetp
