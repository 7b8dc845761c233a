// SPDX-License-Identifier: EUPL-1.2
#include "core/GuideExchange.h"

#include "core/AppInfo.h"
#include "core/GuideRules.h"
#include "core/Printable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <stdexcept>

namespace kitetp {

namespace {

QJsonArray toArray(const QStringList &items)
{
    return QJsonArray::fromStringList(items);
}

// A material in the file: a link with its URL; a file only when it travels in a package (`entry` set by
// GuidePackage), with its name, size and SHA-256 — a plain JSON file carries no file materials.
QJsonArray supportsToJson(const QList<Material> &supports)
{
    QJsonArray out;
    for (const Material &m : supports) {
        if (!m.isLink() && m.entry.isEmpty())
            continue;
        QJsonObject o{{QStringLiteral("titre"), m.title},
                      {QStringLiteral("type"), Material::toStored(m.kind)},
                      {QStringLiteral("licence"), m.licence},
                      {QStringLiteral("version"), m.version},
                      {QStringLiteral("etape"), m.step}};
        if (m.isLink()) {
            o.insert(QStringLiteral("url"), m.url);
        } else {
            o.insert(QStringLiteral("chemin"), m.entry);
            o.insert(QStringLiteral("fichier"), m.fileName);
            o.insert(QStringLiteral("taille"), double(m.size));
            o.insert(QStringLiteral("sha256"), m.sha256);
        }
        out << o;
    }
    return out;
}

QJsonObject originToJson(const GuideOrigin &o)
{
    return QJsonObject{{QStringLiteral("programme"), o.programme},
                       {QStringLiteral("structure"), o.structure},
                       {QStringLiteral("date"), o.exportedOn.toString(Qt::ISODate)},
                       {QStringLiteral("version"), o.version},
                       {QStringLiteral("code"), o.code}};
}

QString kindToJson(QuizQuestion::Kind kind)
{
    switch (kind) {
    case QuizQuestion::Kind::TrueFalse: return QStringLiteral("vrai_faux");
    case QuizQuestion::Kind::Single: return QStringLiteral("choix_unique");
    case QuizQuestion::Kind::Multiple: return QStringLiteral("choix_multiple");
    }
    return {};
}

QJsonObject quizToJson(const Quiz &quiz)
{
    QJsonArray questions;
    for (const QuizQuestion &q : quiz.questions) {
        QJsonArray right;
        for (int i : q.right)
            right << i;
        questions << QJsonObject{{QStringLiteral("type"), kindToJson(q.kind)},
                                 {QStringLiteral("enonce"), q.text},
                                 {QStringLiteral("choix"), QJsonArray::fromStringList(q.choices)},
                                 {QStringLiteral("bonnes_reponses"), right},
                                 {QStringLiteral("explication"), q.explanation}};
    }
    return QJsonObject{{QStringLiteral("version"), QuizRules::version},
                       {QStringLiteral("brouillon"), quiz.draft},
                       {QStringLiteral("questions"), questions}};
}

QJsonObject seanceToJson(const Seance &s, const QHash<qint64, QString> &skillLabels)
{
    QJsonArray skills;
    for (qint64 id : s.skillIds)
        if (skillLabels.contains(id))
            skills << skillLabels.value(id);
    QJsonArray steps;
    for (const SeanceStep &step : s.steps)
        steps << QJsonObject{{QStringLiteral("duree_min"), step.durationMin},
                             {QStringLiteral("activite"), step.activity},
                             {QStringLiteral("technique"), step.technique},
                             {QStringLiteral("materiel"), step.materials}};
    QJsonObject o{
        {QStringLiteral("code"), s.code},
        {QStringLiteral("titre"), s.title},
        {QStringLiteral("objectifs"), toArray(s.objectives)},
        {QStringLiteral("competences"), skills},
        {QStringLiteral("public"), s.audience},
        {QStringLiteral("modalite"), s.format == Seance::Format::Individual ? QStringLiteral("individuelle") : QStringLiteral("collective")},
        {QStringLiteral("duree_min"), s.durationMin},
        {QStringLiteral("participants_min"), s.groupMin},
        {QStringLiteral("participants_max"), s.groupMax},
        {QStringLiteral("professions"), toArray(s.professions)},
        {QStringLiteral("salle"), s.room},
        {QStringLiteral("materiel"), toArray(s.materials)},
        {QStringLiteral("deroulement"), steps},
        {QStringLiteral("evaluation"), s.evaluation},
        {QStringLiteral("messages_cles"), toArray(s.keyMessages)},
        {QStringLiteral("sources"), s.sources},
        {QStringLiteral("brouillon"), s.draft},
    };
    if (const QJsonArray supports = supportsToJson(s.supports); !supports.isEmpty())
        o.insert(QStringLiteral("supports"), supports);
    if (!s.quiz.isEmpty())
        o.insert(QStringLiteral("quiz"), quizToJson(s.quiz));
    return o;
}

// Reading with a path for messages ("conducteurs[1].seances[0].titre"); the first fault throws a Refusal.
struct Refusal : std::runtime_error
{
    explicit Refusal(QString m) : std::runtime_error("refused"), message(std::move(m)) {}
    QString message;
};

class Reader
{
public:
    explicit Reader(QJsonObject o, QString path) : m_o(std::move(o)), m_path(std::move(path)) {}

    QString where(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    [[noreturn]] void refuse(const QString &key, const QString &what) const
    {
        throw Refusal(GuideExchange::tr("« %1 » : %2").arg(where(key), what));
    }

    QJsonValue value(const QString &key, bool required) const
    {
        QJsonValue v = m_o.value(key);
        if (v.isUndefined() && required)
            refuse(key, GuideExchange::tr("champ obligatoire absent"));
        return v;
    }

    QString text(const QString &key, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            refuse(key, GuideExchange::tr("un texte est attendu"));
        if (v.toString().size() > GuideRules::maxText)
            refuse(key, GuideExchange::tr("texte trop long (%1 caractères au plus)").arg(GuideRules::maxText));
        return v.toString();
    }

    int number(const QString &key, int max, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > max)
            refuse(key, GuideExchange::tr("un nombre entier entre 0 et %1 est attendu").arg(max));
        return int(d);
    }

    bool flag(const QString &key) const
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            refuse(key, GuideExchange::tr("vrai ou faux (true / false) est attendu"));
        return v.toBool();
    }

    QJsonArray array(const QString &key, int max, bool required = false) const
    {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            refuse(key, GuideExchange::tr("une liste est attendue"));
        if (v.toArray().size() > max)
            refuse(key, GuideExchange::tr("%1 éléments au plus").arg(max));
        return v.toArray();
    }

    QStringList texts(const QString &key) const
    {
        QStringList out;
        const QJsonArray a = array(key, GuideRules::maxItems);
        for (const auto &v : a) {
            if (!v.isString())
                refuse(key, GuideExchange::tr("une liste de textes est attendue"));
            if (v.toString().size() > GuideRules::maxLine)
                refuse(key, GuideExchange::tr("élément trop long (%1 caractères au plus)").arg(GuideRules::maxLine));
            out << v.toString();
        }
        return out;
    }

    Reader child(const QJsonValue &v, const QString &key, qsizetype index) const
    {
        const QString path = where(key) + QStringLiteral("[%1]").arg(index);
        if (!v.isObject())
            throw Refusal(GuideExchange::tr("« %1 » : un objet est attendu").arg(path));
        return Reader(v.toObject(), path);
    }

    const QString &path() const { return m_path; }

private:
    QJsonObject m_o;
    QString m_path;
};

Skill::Family familyFromJson(const Reader &r)
{
    const QString f = r.text(QStringLiteral("famille"), true);
    if (f == QLatin1String("autosoins"))
        return Skill::Family::SelfCare;
    if (f == QLatin1String("adaptation"))
        return Skill::Family::Adaptation;
    if (f == QLatin1String("securite"))
        return Skill::Family::Safety;
    r.refuse(QStringLiteral("famille"), GuideExchange::tr("« autosoins », « adaptation » ou « securite » est attendu"));
}

// A material: its description, and either a URL (a link) or the package entry that holds the file, with the size and
// SHA-256 the entry must have (GuidePackage checks them while inflating).
Material supportFromJson(const Reader &r, int steps)
{
    Material m;
    m.title = r.text(QStringLiteral("titre"), true);
    bool known = false;
    m.kind = Material::kindFromStored(r.text(QStringLiteral("type"), true), &known);
    if (!known)
        r.refuse(QStringLiteral("type"), GuideExchange::tr("type de support inconnu"));
    m.licence = r.text(QStringLiteral("licence"));
    m.version = r.text(QStringLiteral("version"));
    m.step = r.number(QStringLiteral("etape"), steps);
    if (m.isLink()) {
        m.url = r.text(QStringLiteral("url"), true);
    } else {
        m.entry = r.text(QStringLiteral("chemin"), true);
        m.fileName = r.text(QStringLiteral("fichier"));
        const QJsonValue size = r.value(QStringLiteral("taille"), true);
        if (!size.isDouble() || size.toDouble() < 1 || size.toDouble() > double(Material::maxSize) ||
            size.toDouble() != double(qint64(size.toDouble())))
            r.refuse(QStringLiteral("taille"), GuideExchange::tr("une taille entre 1 octet et %1 Mo est attendue").arg(Material::maxSize / (1024 * 1024)));
        m.size = qint64(size.toDouble());
        m.sha256 = r.text(QStringLiteral("sha256"), true);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(m.sha256).hasMatch())
            r.refuse(QStringLiteral("sha256"), GuideExchange::tr("une empreinte SHA-256 (64 chiffres hexadécimaux) est attendue"));
    }
    if (const QString reason = m.check(); !reason.isEmpty())
        throw Refusal(GuideExchange::tr("« %1 » : %2").arg(r.path(), reason));
    return m;
}

GuideOrigin originFromJson(const Reader &r)
{
    GuideOrigin o;
    o.programme = r.text(QStringLiteral("programme"));
    o.structure = r.text(QStringLiteral("structure"));
    o.exportedOn = QDate::fromString(r.text(QStringLiteral("date")).left(10), Qt::ISODate);
    o.version = r.text(QStringLiteral("version"));
    o.code = r.text(QStringLiteral("code"));
    for (const QString &t : {o.programme, o.structure, o.version, o.code})
        if (t.size() > GuideRules::maxLine || t.contains(QLatin1Char('\n')))
            throw Refusal(GuideExchange::tr("« %1 » : un texte d'une ligne est attendu").arg(r.path()));
    return o;
}

Quiz quizFromJson(const Reader &r)
{
    Quiz quiz;
    const QJsonValue v = r.value(QStringLiteral("quiz"), false);
    if (v.isUndefined() || v.isNull())
        return quiz;
    if (!v.isObject())
        r.refuse(QStringLiteral("quiz"), GuideExchange::tr("un objet est attendu"));
    const Reader qr(v.toObject(), r.where(QStringLiteral("quiz")));
    const QJsonValue version = qr.value(QStringLiteral("version"), true);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        qr.refuse(QStringLiteral("version"), GuideExchange::tr("un numéro de version entier est attendu"));
    if (version.toInt() > QuizRules::version)
        qr.refuse(QStringLiteral("version"), GuideExchange::tr("quiz au format %1, plus récent que celui que cette version de Kit ETP "
                                                               "comprend (%2). Mettez Kit ETP à jour.")
                                                 .arg(version.toInt())
                                                 .arg(QuizRules::version));
    quiz.draft = qr.flag(QStringLiteral("brouillon"));
    const QJsonArray questions = qr.array(QStringLiteral("questions"), QuizRules::maxQuestions, true);
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const Reader q = qr.child(questions.at(i), QStringLiteral("questions"), i);
        QuizQuestion question;
        const QString type = q.text(QStringLiteral("type"), true);
        if (type == QLatin1String("vrai_faux"))
            question.kind = QuizQuestion::Kind::TrueFalse;
        else if (type == QLatin1String("choix_unique"))
            question.kind = QuizQuestion::Kind::Single;
        else if (type == QLatin1String("choix_multiple"))
            question.kind = QuizQuestion::Kind::Multiple;
        else
            q.refuse(QStringLiteral("type"), GuideExchange::tr("« vrai_faux », « choix_unique » ou « choix_multiple » est attendu"));
        question.text = q.text(QStringLiteral("enonce"), true);
        question.choices = q.texts(QStringLiteral("choix"));
        if (question.kind == QuizQuestion::Kind::TrueFalse && question.choices.isEmpty())
            question.choices = QuizRules::trueFalseChoices();
        const QJsonArray right = q.array(QStringLiteral("bonnes_reponses"), QuizRules::maxChoices, true);
        for (const QJsonValue &index : right) {
            const double d = index.toDouble(-1);
            if (!index.isDouble() || d != double(qint64(d)) || d < 0 || d >= QuizRules::maxChoices)
                q.refuse(QStringLiteral("bonnes_reponses"), GuideExchange::tr("des numéros de choix (0, 1, 2...) sont attendus"));
            question.right << int(d);
        }
        question.explanation = q.text(QStringLiteral("explication"));
        if (const QString reason = QuizRules::checkQuestion(question); !reason.isEmpty())
            throw Refusal(GuideExchange::tr("« %1 » : %2").arg(q.path(), reason));
        quiz.questions << question;
    }
    return quiz;
}

Seance seanceFromJson(const Reader &r, const QHash<QString, qint64> &skillIds)
{
    Seance s;
    s.code = r.text(QStringLiteral("code"), true);
    s.title = r.text(QStringLiteral("titre"), true);
    s.objectives = r.texts(QStringLiteral("objectifs"));
    for (const QString &label : r.texts(QStringLiteral("competences"))) {
        if (!skillIds.contains(label))
            r.refuse(QStringLiteral("competences"),
                     GuideExchange::tr("la compétence « %1 » n'est pas dans la liste « competences » du fichier").arg(Printable::quote(label)));
        if (!s.skillIds.contains(skillIds.value(label)))
            s.skillIds << skillIds.value(label);
    }
    s.audience = r.text(QStringLiteral("public"));
    const QString format = r.text(QStringLiteral("modalite"));
    if (format == QLatin1String("individuelle"))
        s.format = Seance::Format::Individual;
    else if (format.isEmpty() || format == QLatin1String("collective"))
        s.format = Seance::Format::Collective;
    else
        r.refuse(QStringLiteral("modalite"), GuideExchange::tr("« collective » ou « individuelle » est attendu"));
    s.durationMin = r.number(QStringLiteral("duree_min"), GuideRules::maxDuration, true);
    s.groupMin = r.number(QStringLiteral("participants_min"), GuideRules::maxGroup);
    s.groupMax = r.number(QStringLiteral("participants_max"), GuideRules::maxGroup);
    s.professions = r.texts(QStringLiteral("professions"));
    s.room = r.text(QStringLiteral("salle"));
    s.materials = r.texts(QStringLiteral("materiel"));
    const QJsonArray steps = r.array(QStringLiteral("deroulement"), GuideRules::maxSteps);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Reader step = r.child(steps.at(i), QStringLiteral("deroulement"), i);
        s.steps << SeanceStep{0, step.number(QStringLiteral("duree_min"), GuideRules::maxDuration, true),
                              step.text(QStringLiteral("activite"), true), step.text(QStringLiteral("technique")),
                              step.text(QStringLiteral("materiel"))};
    }
    s.evaluation = r.text(QStringLiteral("evaluation"));
    s.keyMessages = r.texts(QStringLiteral("messages_cles"));
    s.sources = r.text(QStringLiteral("sources"));
    s.draft = r.flag(QStringLiteral("brouillon"));
    s.quiz = quizFromJson(r);
    if (const QString reason = GuideRules::checkSeance(s); !reason.isEmpty())
        throw Refusal(GuideExchange::tr("« %1 » : %2").arg(r.path(), reason));
    const QJsonArray supports = r.array(QStringLiteral("supports"), Material::maxPerSeance);
    for (qsizetype i = 0; i < supports.size(); ++i)
        s.supports << supportFromJson(r.child(supports.at(i), QStringLiteral("supports"), i), int(s.steps.size()));
    return s;
}

GuideBundle bundleFromJson(const QJsonObject &root)
{
    const Reader r(root, {});
    if (r.text(QStringLiteral("format"), true) != GuideExchange::formatName())
        throw Refusal(GuideExchange::tr("ce n'est pas un fichier de guides de Kit ETP (le champ « format » devrait valoir « %1 »).")
                          .arg(GuideExchange::formatName()));
    const QJsonValue version = r.value(QStringLiteral("version"), true);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        throw Refusal(GuideExchange::tr("le numéro de version du fichier est invalide."));
    if (version.toInt() > GuideExchange::version)
        throw Refusal(GuideExchange::tr("le fichier est au format %1, plus récent que celui que cette version de Kit ETP "
                                        "comprend (%2). Mettez Kit ETP à jour.")
                          .arg(version.toInt())
                          .arg(GuideExchange::version));

    GuideBundle bundle;
    QHash<QString, qint64> skillIds;
    const QJsonArray skills = r.array(QStringLiteral("competences"), GuideRules::maxSkills);
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const Reader sr = r.child(skills.at(i), QStringLiteral("competences"), i);
        Skill skill{qint64(i + 1), familyFromJson(sr), sr.text(QStringLiteral("libelle"), true), int(i)};
        if (const QString reason = GuideRules::checkSkillLabel(skill.label); !reason.isEmpty())
            throw Refusal(GuideExchange::tr("« %1 » : %2").arg(sr.path(), reason));
        if (!skillIds.contains(skill.label)) {
            skillIds.insert(skill.label, skill.id);
            bundle.skills << skill;
        }
    }

    QSet<QString> conducteurCodes, seanceCodes;
    const QJsonArray conducteurs = r.array(QStringLiteral("conducteurs"), GuideRules::maxConducteurs, true);
    for (qsizetype i = 0; i < conducteurs.size(); ++i) {
        const Reader cr = r.child(conducteurs.at(i), QStringLiteral("conducteurs"), i);
        Conducteur c;
        c.code = cr.text(QStringLiteral("code"), true);
        c.title = cr.text(QStringLiteral("titre"), true);
        c.description = cr.text(QStringLiteral("description"));
        c.position = int(i);
        if (!cr.value(QStringLiteral("origine"), false).isUndefined())
            c.origin = originFromJson(cr.child(cr.value(QStringLiteral("origine"), false), QStringLiteral("origine"), 0));
        if (const QString reason = GuideRules::checkConducteur(c); !reason.isEmpty())
            throw Refusal(GuideExchange::tr("« %1 » : %2").arg(cr.path(), reason));
        if (conducteurCodes.contains(c.code))
            throw Refusal(GuideExchange::tr("« %1 » : le code « %2 » apparaît deux fois.").arg(cr.path(), Printable::quote(c.code)));
        conducteurCodes.insert(c.code);
        const QJsonArray seances = cr.array(QStringLiteral("seances"), GuideRules::maxSeances, true);
        for (qsizetype j = 0; j < seances.size(); ++j) {
            Seance s = seanceFromJson(cr.child(seances.at(j), QStringLiteral("seances"), j), skillIds);
            if (seanceCodes.contains(s.code))
                throw Refusal(GuideExchange::tr("« %1.seances[%2] » : le code « %3 » apparaît deux fois.").arg(cr.path()).arg(j).arg(Printable::quote(s.code)));
            seanceCodes.insert(s.code);
            s.position = int(j);
            c.seances << s;
        }
        bundle.conducteurs << c;
    }
    return bundle;
}

// Same content, ids and positions aside.
bool sameSeance(const Seance &a, const Seance &b)
{
    auto stepsEqual = [](const QList<SeanceStep> &x, const QList<SeanceStep> &y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (x[i].durationMin != y[i].durationMin || x[i].activity != y[i].activity ||
                x[i].technique != y[i].technique || x[i].materials != y[i].materials)
                return false;
        return true;
    };
    auto supportsEqual = [](const QList<Material> &x, const QList<Material> &y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (x[i].title != y[i].title || x[i].kind != y[i].kind || x[i].licence != y[i].licence || x[i].version != y[i].version ||
                x[i].step != y[i].step || x[i].url != y[i].url || x[i].sha256 != y[i].sha256)
                return false;
        return true;
    };
    return supportsEqual(a.supports, b.supports) && a.code == b.code && a.title == b.title && a.objectives == b.objectives && a.audience == b.audience &&
           a.format == b.format && a.durationMin == b.durationMin && a.groupMin == b.groupMin &&
           a.groupMax == b.groupMax && a.professions == b.professions && a.room == b.room &&
           a.materials == b.materials && stepsEqual(a.steps, b.steps) && a.evaluation == b.evaluation &&
           a.keyMessages == b.keyMessages && a.sources == b.sources && a.draft == b.draft && a.quiz == b.quiz;
}

bool sameConducteur(const Conducteur &a, const Conducteur &b)
{
    if (a.code != b.code || a.title != b.title || a.description != b.description || a.seances.size() != b.seances.size())
        return false;
    for (qsizetype i = 0; i < a.seances.size(); ++i)
        if (!sameSeance(a.seances[i], b.seances[i]))
            return false;
    return true;
}

} // namespace

QString ImportReport::text() const
{
    QStringList lines;
    for (const QString &l : added)
        lines << GuideExchange::tr("Ajouté : %1").arg(l);
    for (const QString &l : updated)
        lines << GuideExchange::tr("Mis à jour : %1").arg(l);
    for (const QString &l : renamed)
        lines << GuideExchange::tr("Renommé : %1").arg(l);
    for (const QString &l : refused)
        lines << GuideExchange::tr("Refusé : %1").arg(l);
    if (lines.isEmpty())
        lines << GuideExchange::tr("Le fichier ne contient aucun conducteur.");
    return lines.join(QLatin1Char('\n'));
}

QByteArray GuideExchange::toJson(const GuideBundle &bundle, const QDateTime &exportedAt)
{
    QHash<qint64, QString> skillLabels;
    QJsonArray skills;
    for (const Skill &s : bundle.skills) {
        skillLabels.insert(s.id, s.label);
        skills << QJsonObject{{QStringLiteral("famille"), familyToStored(s.family)}, {QStringLiteral("libelle"), s.label}};
    }
    QJsonArray conducteurs;
    for (const Conducteur &c : bundle.conducteurs) {
        QJsonArray seances;
        for (const Seance &s : c.seances)
            seances << seanceToJson(s, skillLabels);
        QJsonObject conducteur{{QStringLiteral("code"), c.code},
                               {QStringLiteral("titre"), c.title},
                               {QStringLiteral("description"), c.description},
                               {QStringLiteral("seances"), seances}};
        if (!c.origin.isEmpty()) // a guide received from elsewhere keeps saying where it comes from
            conducteur.insert(QStringLiteral("origine"), originToJson(c.origin));
        conducteurs << conducteur;
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), version},
        {QStringLiteral("exporte_par"), QStringLiteral("Kit ETP %1").arg(AppInfo::version())},
        {QStringLiteral("exporte_le"), exportedAt.toString(Qt::ISODate)},
        {QStringLiteral("competences"), skills},
        {QStringLiteral("conducteurs"), conducteurs},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<GuideBundle> GuideExchange::parse(const QByteArray &data, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = tr("Fichier de guides refusé : %1").arg(why);
        return std::nullopt;
    };
    if (data.size() > maxBytes)
        return fail(tr("il dépasse %1 Mo.").arg(maxBytes / (qint64(1024) * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("ce n'est pas un fichier JSON valide (%1, position %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("le fichier doit contenir un objet JSON."));
    try {
        return bundleFromJson(doc.object());
    } catch (const Refusal &r) {
        return fail(r.message);
    }
}

ImportPlan GuideExchange::plan(const GuideBundle &incoming, const QList<Conducteur> &existing, Mode mode)
{
    ImportPlan plan;
    QStringList conducteurCodes, seanceCodes;
    QList<Conducteur> present = mode == Mode::Merge ? existing : QList<Conducteur>();
    for (const Conducteur &c : std::as_const(present)) {
        conducteurCodes << c.code;
        for (const Seance &s : c.seances)
            seanceCodes << s.code;
    }
    for (Conducteur c : incoming.conducteurs) {
        const bool duplicate = std::any_of(present.cbegin(), present.cend(),
                                           [&c](const Conducteur &p) { return sameConducteur(p, c); });
        if (duplicate) {
            plan.report.refused << tr("%1 « %2 » (déjà présent, identique)").arg(Printable::quote(c.code), Printable::quote(c.title, 200));
            continue;
        }
        const QString code = GuideRules::freeCode(c.code, conducteurCodes);
        if (code != c.code)
            plan.report.renamed << tr("%1 → %2 (code déjà utilisé)").arg(Printable::quote(c.code), Printable::quote(code));
        c.code = code;
        conducteurCodes << code;
        for (Seance &s : c.seances) {
            const QString seanceCode = GuideRules::freeCode(s.code, seanceCodes);
            if (seanceCode != s.code)
                plan.report.renamed << tr("%1 → %2 (code déjà utilisé)").arg(Printable::quote(s.code), Printable::quote(seanceCode));
            s.code = seanceCode;
            seanceCodes << seanceCode;
        }
        plan.report.added << tr("%1 « %2 » (%n séance(s))", nullptr, int(c.seances.size())).arg(Printable::quote(c.code), Printable::quote(c.title, 200));
        plan.conducteurs << c;
    }
    return plan;
}

} // namespace kitetp
