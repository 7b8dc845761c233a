// SPDX-License-Identifier: EUPL-1.2
#include "storage/QuestionnaireStore.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace kitetp {

namespace {

FileError refused(const ProgrammeFile &file, const QString &reason)
{
    return FileError(FileError::InvalidInput, file.path(), reason);
}

} // namespace

QList<Question> QuestionnaireStore::questions() const
{
    return Sql::rows<Question>(m_file, QStringLiteral("SELECT id, position, kind, label FROM question ORDER BY position, id"), {},
                               [](const QSqlQuery &q) {
                                   return Question{q.value(0).toLongLong(), q.value(1).toInt(),
                                                   Questionnaire::kindFromStored(q.value(2).toString()), q.value(3).toString()};
                               });
}

FileError QuestionnaireStore::addQuestion(Question &question)
{
    const QString reason = Questionnaire::checkQuestion(question);
    if (!reason.isEmpty())
        return refused(m_file, reason);
    return Sql::insertOne(m_file, area(), QStringLiteral("INSERT INTO question(id, position, kind, label) VALUES (?, ?, ?, ?)"),
                          {Sql::nullIfZero(question.id), question.position, Questionnaire::kindToStored(question.kind),
                           question.label.trimmed()},
                          question.id);
}

FileError QuestionnaireStore::updateQuestion(const Question &question)
{
    if (FileError e = m_file.checkWritable())
        return e;
    const QString reason = Questionnaire::checkQuestion(question);
    if (!reason.isEmpty())
        return refused(m_file, reason);
    // Changing the kind of an answered question would make its answers meaningless.
    for (const Question &old : questions())
        if (old.id == question.id && old.kind != question.kind && answerCount(question.id) > 0)
            return refused(m_file, QCoreApplication::translate("QuestionnaireStore",
                                                               "Cette question a déjà des réponses : son type ne peut plus changer."));
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{question.id}),
                         QStringLiteral("UPDATE question SET position = ?, kind = ?, label = ? WHERE id = ?"),
                         {question.position, Questionnaire::kindToStored(question.kind), question.label.trimmed(), question.id});
}

FileError QuestionnaireStore::setPositions(const QList<Question> &questions)
{
    return Sql::write(m_file, Change(area()), [&](QSqlQuery &q) -> FileError {
        for (const Question &question : questions)
            if (FileError e = Sql::exec(q, m_file, QStringLiteral("UPDATE question SET position = ? WHERE id = ?"), {question.position, question.id}))
                return e;
        return {};
    });
}

int QuestionnaireStore::answerCount(qint64 questionId) const
{
    return Sql::value(m_file, QStringLiteral("SELECT COUNT(*) FROM answer WHERE question_id = ?"), {questionId}).toInt();
}

FileError QuestionnaireStore::removeQuestion(qint64 id)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const int n = answerCount(id))
        return refused(m_file, QCoreApplication::translate("QuestionnaireStore",
                                                           "Cette question a déjà %n réponse(s) : elle ne peut pas être supprimée "
                                                           "(modifiez plutôt son libellé).",
                                                           nullptr, n));
    return Sql::writeOne(m_file, Change(area(), QList<qint64>{id}), QStringLiteral("DELETE FROM question WHERE id = ?"), {id});
}

QList<QuestionnaireResponse> QuestionnaireStore::responses(const QDate &from, const QDate &to) const
{
    QList<QuestionnaireResponse> out;
    const QVariantList range{from.isValid() ? Dates::toStored(from) : QStringLiteral("0000"),
                             to.isValid() ? Dates::toStored(to) : QStringLiteral("9999")};
    QSqlQuery q = Sql::query(m_file);
    if (!Sql::select(q, m_file,
                     QStringLiteral("SELECT id, patient_id, date FROM questionnaire_response WHERE date >= ? AND date <= ? "
                                    "ORDER BY date DESC, id DESC"),
                     range))
        return out;
    QHash<qint64, int> index;
    while (q.next()) {
        QuestionnaireResponse r;
        r.id = q.value(0).toLongLong();
        r.patientId = q.value(1).toLongLong();
        r.date = Dates::fromStored(q.value(2).toString());
        index.insert(r.id, int(out.size()));
        out << r;
    }
    if (out.isEmpty())
        return out;
    QSqlQuery a = Sql::query(m_file);
    if (Sql::select(a, m_file,
                    QStringLiteral("SELECT an.response_id, an.question_id, q.kind, an.value_int, an.value_text FROM answer an "
                                   "JOIN question q ON q.id = an.question_id JOIN questionnaire_response r ON r.id = an.response_id "
                                   "WHERE r.date >= ? AND r.date <= ?"),
                    range)) {
        while (a.next()) {
            const auto it = index.constFind(a.value(0).toLongLong());
            if (it == index.cend())
                continue;
            QuestionnaireResponse &r = out[*it];
            if (a.value(2).toString() == QLatin1String("likert")) {
                if (!a.value(3).isNull())
                    r.likert.insert(a.value(1).toLongLong(), a.value(3).toInt());
            } else {
                r.texts.insert(a.value(1).toLongLong(), a.value(4).toString());
            }
        }
    }
    return out;
}

std::optional<QuestionnaireResponse> QuestionnaireStore::response(qint64 id) const
{
    const QVariant stored = Sql::value(m_file, QStringLiteral("SELECT date FROM questionnaire_response WHERE id = ?"), {id});
    if (stored.isNull())
        return std::nullopt;
    const QDate date = Dates::fromStored(stored.toString());
    return Sql::withId(responses(date, date), id);
}

FileError QuestionnaireStore::writeAnswers(QSqlQuery &q, const QuestionnaireResponse &r)
{
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM answer WHERE response_id = ?"), {r.id}))
        return e;
    for (auto it = r.likert.cbegin(); it != r.likert.cend(); ++it)
        if (FileError e = Sql::exec(q, m_file, QStringLiteral("INSERT INTO answer(response_id, question_id, value_int) VALUES (?, ?, ?)"),
                                    {r.id, it.key(), it.value()}))
            return e;
    for (auto it = r.texts.cbegin(); it != r.texts.cend(); ++it)
        if (!it.value().trimmed().isEmpty())
            if (FileError e = Sql::exec(q, m_file,
                                        QStringLiteral("INSERT INTO answer(response_id, question_id, value_text) VALUES (?, ?, ?)"),
                                        {r.id, it.key(), it.value()}))
                return e;
    return {};
}

FileError QuestionnaireStore::addResponse(QuestionnaireResponse &r)
{
    const QString reason = Questionnaire::checkResponse(r);
    if (!reason.isEmpty())
        return refused(m_file, reason);
    return Sql::write(m_file, Change(area()), [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file, Sql::returningId(m_file, QStringLiteral("INSERT INTO questionnaire_response(id, patient_id, date) VALUES (?, ?, ?)")),
                                    {Sql::nullIfZero(r.id), Sql::nullIfZero(r.patientId), Dates::toStored(r.date)}))
            return e;
        r.id = Sql::insertedId(q, m_file);
        return writeAnswers(q, r);
    });
}

FileError QuestionnaireStore::updateResponse(const QuestionnaireResponse &r)
{
    const QString reason = Questionnaire::checkResponse(r);
    if (!reason.isEmpty())
        return refused(m_file, reason);
    return Sql::write(m_file, Change(area()), [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file, QStringLiteral("UPDATE questionnaire_response SET patient_id = ?, date = ? WHERE id = ?"),
                                    {Sql::nullIfZero(r.patientId), Dates::toStored(r.date), r.id}))
            return e;
        return writeAnswers(q, r);
    });
}

FileError QuestionnaireStore::removeResponse(qint64 id)
{
    return Sql::writeOne(m_file, Change(area()), QStringLiteral("DELETE FROM questionnaire_response WHERE id = ?"), {id});
}

} // namespace kitetp
