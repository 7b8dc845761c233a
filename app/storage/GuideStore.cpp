// SPDX-License-Identifier: EUPL-1.2
#include "storage/GuideStore.h"

#include "storage/ProgrammeFile.h"
#include "storage/QuizStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace kitetp {

namespace {

const char seanceColumns[] = "id, conducteur_id, code, title, position, objectives, audience, format, duration_min, "
                             "group_min, group_max, professions, room, materials, evaluation, key_messages, sources, draft";

Seance seanceFrom(const QSqlQuery &q)
{
    Seance s;
    Sql::Row row(q);
    row >> s.id >> s.conducteurId >> s.code >> s.title >> s.position >> s.objectives >> s.audience;
    s.format = formatFromStored(row.text());
    row >> s.durationMin >> s.groupMin >> s.groupMax >> s.professions >> s.room >> s.materials >> s.evaluation
        >> s.keyMessages >> s.sources >> s.draft;
    return s;
}

QVariantList seanceValues(const Seance &s)
{
    return {s.conducteurId, s.code, s.title, s.position, Sql::joinLines(s.objectives), s.audience, formatToStored(s.format),
            s.durationMin, s.groupMin, s.groupMax, Sql::joinLines(s.professions), s.room, Sql::joinLines(s.materials),
            s.evaluation, Sql::joinLines(s.keyMessages), s.sources, s.draft ? 1 : 0};
}

FileError codeTaken(const ProgrammeFile &file, const QString &code)
{
    return FileError(FileError::InvalidInput, file.path(),
                     QCoreApplication::translate("GuideStore", "Le code « %1 » est déjà utilisé.").arg(code));
}

// Conducteurs and séances share the area; ids of both name the rows (they never collide in a view: a view looks
// up what it shows).
Change guideChange(qint64 id)
{
    return Change(ChangeArea::Guides, QList<qint64>{id});
}

} // namespace

FileError GuideStore::writeUnique(const Change &change, const QString &sql, const QVariantList &values, const QString &code)
{
    return Sql::write(m_file, change, [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file, sql, values))
            return Sql::isUniqueViolation(q) ? codeTaken(m_file, code) : e;
        return {};
    });
}

QList<Seance> GuideStore::loadSeances(const QString &where, const QVariantList &values, bool withDetails) const
{
    QList<Seance> out = Sql::rows<Seance>(
        m_file, QStringLiteral("SELECT %1 FROM seance %2 ORDER BY conducteur_id, position, id").arg(QLatin1String(seanceColumns), where),
        values, seanceFrom);
    if (!withDetails)
        return out;
    QSqlQuery steps = Sql::query(m_file);
    steps.prepare(QStringLiteral("SELECT id, duration_min, activity, technique, materials FROM seance_step "
                                 "WHERE seance_id = ? ORDER BY position, id"));
    QSqlQuery skills = Sql::query(m_file);
    skills.prepare(QStringLiteral("SELECT skill_id FROM seance_skill WHERE seance_id = ? ORDER BY skill_id"));
    const QHash<qint64, Quiz> quizzes = QuizStore(m_file).quizzes();
    for (Seance &s : out) {
        s.quiz = quizzes.value(s.id);
        if (Sql::rerun(steps, m_file, {s.id}))
            while (steps.next())
                s.steps << SeanceStep{steps.value(0).toLongLong(), steps.value(1).toInt(), steps.value(2).toString(),
                                      steps.value(3).toString(), steps.value(4).toString()};
        if (Sql::rerun(skills, m_file, {s.id}))
            while (skills.next())
                s.skillIds << skills.value(0).toLongLong();
    }
    return out;
}

QList<Conducteur> GuideStore::conducteurs() const
{
    QList<Conducteur> out = Sql::rows<Conducteur>(
        m_file, QStringLiteral("SELECT id, code, title, description, position FROM conducteur ORDER BY position, id"), {},
        [](const QSqlQuery &q) {
            return Conducteur{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toInt(), {}, {}};
        });
    if (out.isEmpty())
        return out;
    const QList<Seance> seances = loadSeances({}, {}, true);
    for (Conducteur &c : out)
        for (const Seance &s : seances)
            if (s.conducteurId == c.id)
                c.seances << s;
    return out;
}

std::optional<Conducteur> GuideStore::conducteur(qint64 id) const
{
    return Sql::withId(conducteurs(), id);
}

std::optional<Conducteur> GuideStore::conducteurByCode(const QString &code) const
{
    for (const Conducteur &c : conducteurs())
        if (c.code == code)
            return c;
    return std::nullopt;
}

std::optional<Seance> GuideStore::seance(qint64 id) const
{
    const QList<Seance> found = loadSeances(QStringLiteral("WHERE id = ?"), {id}, true);
    return found.isEmpty() ? std::nullopt : std::optional<Seance>(found.first());
}

std::optional<Seance> GuideStore::seanceByCode(const QString &code) const
{
    const QList<Seance> found = loadSeances(QStringLiteral("WHERE code = ?"), {code}, true);
    return found.isEmpty() ? std::nullopt : std::optional<Seance>(found.first());
}

QList<Seance> GuideStore::seancesBrief() const
{
    return loadSeances({}, {}, false);
}

FileError GuideStore::addConducteur(Conducteur &c)
{
    return Sql::write(m_file, {}, [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file, Sql::returningId(m_file, QStringLiteral("INSERT INTO conducteur(id, code, title, description, position) VALUES (?, ?, ?, ?, ?)")),
                                    {Sql::nullIfZero(c.id), c.code, c.title, c.description, c.position}))
            return Sql::isUniqueViolation(q) ? codeTaken(m_file, c.code) : e;
        c.id = Sql::insertedId(q, m_file);
        m_file.emitChange(guideChange(c.id));
        for (Seance &s : c.seances) {
            s.conducteurId = c.id;
            if (FileError e = addSeance(s))
                return e;
        }
        return {};
    });
}

FileError GuideStore::updateConducteur(const Conducteur &c)
{
    return writeUnique(guideChange(c.id), QStringLiteral("UPDATE conducteur SET code = ?, title = ?, description = ?, position = ? WHERE id = ?"),
                       {c.code, c.title, c.description, c.position, c.id}, c.code);
}

FileError GuideStore::removeConducteur(qint64 id)
{
    return removeUnused(id,
                        QStringLiteral("SELECT COUNT(*) FROM session JOIN seance ON seance.id = session.seance_id "
                                       "WHERE seance.conducteur_id = ?"),
                        QStringLiteral("SELECT COUNT(DISTINCT plan_item.patient_id) FROM plan_item "
                                       "JOIN seance ON seance.id = plan_item.seance_id WHERE seance.conducteur_id = ?"),
                        QT_TRANSLATE_N_NOOP("GuideStore", "Suppression impossible : des séances de ce conducteur figurent dans le "
                                                          "programme personnalisé de %n patient(s). Retirez-les d'abord de leur "
                                                          "programme (page Patients)."),
                        QStringLiteral("DELETE FROM conducteur WHERE id = ?"));
}

FileError GuideStore::writeSeanceDetails(QSqlQuery &q, const Seance &s)
{
    if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM seance_step WHERE seance_id = ?"), {s.id}))
        return e;
    int position = 0;
    for (const SeanceStep &step : s.steps)
        if (FileError e = Sql::exec(q, m_file,
                                    QStringLiteral("INSERT INTO seance_step(seance_id, position, duration_min, activity, technique, materials) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                                    {s.id, position++, step.durationMin, step.activity, step.technique, step.materials}))
            return e;
    if (FileError e = QuizStore(m_file).writeQuiz(q, s.id, s.quiz))
        return e;
    return Sql::replaceLinks(q, m_file, "seance_skill", "seance_id", s.id, "skill_id", s.skillIds);
}

FileError GuideStore::addSeance(Seance &s)
{
    return Sql::write(m_file, {}, [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file,
                                    Sql::returningId(m_file, QStringLiteral("INSERT INTO seance(conducteur_id, code, title, position, objectives, audience, format, "
                                                   "duration_min, group_min, group_max, professions, room, materials, evaluation, "
                                                   "key_messages, sources, draft, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                                    seanceValues(s) << Sql::nullIfZero(s.id)))
            return Sql::isUniqueViolation(q) ? codeTaken(m_file, s.code) : e;
        s.id = Sql::insertedId(q, m_file);
        m_file.emitChange(guideChange(s.id));
        return writeSeanceDetails(q, s);
    });
}

FileError GuideStore::updateSeance(const Seance &s)
{
    return Sql::write(m_file, guideChange(s.id), [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file,
                                    QStringLiteral("UPDATE seance SET conducteur_id = ?, code = ?, title = ?, position = ?, objectives = ?, "
                                                   "audience = ?, format = ?, duration_min = ?, group_min = ?, group_max = ?, "
                                                   "professions = ?, room = ?, materials = ?, evaluation = ?, key_messages = ?, "
                                                   "sources = ?, draft = ? WHERE id = ?"),
                                    seanceValues(s) << s.id))
            return Sql::isUniqueViolation(q) ? codeTaken(m_file, s.code) : e;
        return writeSeanceDetails(q, s);
    });
}

FileError GuideStore::removeSeance(qint64 id)
{
    return removeUnused(id, QStringLiteral("SELECT COUNT(*) FROM session WHERE seance_id = ?"),
                        QStringLiteral("SELECT COUNT(DISTINCT patient_id) FROM plan_item WHERE seance_id = ?"),
                        QT_TRANSLATE_N_NOOP("GuideStore", "Suppression impossible : cette séance figure dans le programme "
                                                          "personnalisé de %n patient(s). Retirez-la d'abord de leur programme "
                                                          "(page Patients)."),
                        QStringLiteral("DELETE FROM seance WHERE id = ?"));
}

int GuideStore::count(const QString &countSql, qint64 id) const
{
    return Sql::value(m_file, countSql, {id}).toInt();
}

FileError GuideStore::removeUnused(qint64 id, const QString &scheduledSql, const QString &plannedSql, const char *planned,
                                     const QString &deleteSql)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const int n = count(scheduledSql, id))
        return FileError(FileError::InvalidInput, m_file.path(),
                         QCoreApplication::translate("GuideStore", "Suppression impossible : %n séance(s) du calendrier utilisent "
                                                                   "ce guide. Supprimez-les d'abord dans la page Séances.",
                                                     nullptr, n));
    if (const int patients = count(plannedSql, id))
        return FileError(FileError::InvalidInput, m_file.path(), QCoreApplication::translate("GuideStore", planned, nullptr, patients));
    return Sql::writeOne(m_file, guideChange(id), deleteSql, {id});
}

bool GuideStore::skillInUse(qint64 id) const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM objective WHERE skill_id = ?"), id) > 0
           || count(QStringLiteral("SELECT COUNT(*) FROM seance_skill WHERE skill_id = ?"), id) > 0;
}

FileError GuideStore::reorderConducteurs(const QList<qint64> &ids)
{
    return Sql::write(m_file, Change(area(), ids), [&](QSqlQuery &q) -> FileError {
        for (qsizetype i = 0; i < ids.size(); ++i)
            if (FileError e = Sql::exec(q, m_file, QStringLiteral("UPDATE conducteur SET position = ? WHERE id = ?"), {int(i), ids.at(i)}))
                return e;
        return {};
    });
}

FileError GuideStore::moveSeance(qint64 seanceId, qint64 conducteurId, const QList<qint64> &order)
{
    return Sql::write(m_file, Change(area(), QList<qint64>{seanceId, conducteurId} + order), [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file, QStringLiteral("UPDATE seance SET conducteur_id = ? WHERE id = ?"), {conducteurId, seanceId}))
            return e;
        for (qsizetype i = 0; i < order.size(); ++i)
            if (FileError e = Sql::exec(q, m_file, QStringLiteral("UPDATE seance SET position = ? WHERE id = ? AND conducteur_id = ?"),
                                        {int(i), order.at(i), conducteurId}))
                return e;
        return {};
    });
}

FileError GuideStore::removeSkill(qint64 id)
{
    return Sql::writeOne(m_file, Change(area()), QStringLiteral("DELETE FROM skill WHERE id = ?"), {id});
}

QList<Skill> GuideStore::skills() const
{
    return Sql::rows<Skill>(m_file, QStringLiteral("SELECT id, family, label, position FROM skill ORDER BY position, id"), {},
                            [](const QSqlQuery &q) {
                                return Skill{q.value(0).toLongLong(), familyFromStored(q.value(1).toString()), q.value(2).toString(),
                                             q.value(3).toInt()};
                            });
}

FileError GuideStore::addSkill(Skill &skill)
{
    // Skills are shared by every séance: the whole area.
    return Sql::write(m_file, Change(area()), [&](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file, Sql::returningId(m_file, QStringLiteral("INSERT INTO skill(id, family, label, position) VALUES (?, ?, ?, ?)")),
                                    {Sql::nullIfZero(skill.id), familyToStored(skill.family), skill.label, skill.position}))
            return e;
        skill.id = Sql::insertedId(q, m_file);
        return {};
    });
}

} // namespace kitetp
