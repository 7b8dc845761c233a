// SPDX-License-Identifier: EUPL-1.2
#include "core/GuideRules.h"

#include "core/Printable.h"

#include <QRegularExpression>

namespace kitetp {

namespace {

// Control characters other than line breaks and tabs never belong in a guide.
bool hasControl(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            if (!multiLine && c == QLatin1Char('\n'))
                return true;
            continue;
        }
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            return true;
    }
    return false;
}

// At most `max` characters and no control character; line breaks only in a text (`multiLine`), not in a line.
QString checkChars(const QString &what, const QString &text, int max, bool multiLine)
{
    if (text.size() > max)
        return GuideRules::tr("%1 : %2 caractères au plus (le texte en a %3).").arg(what).arg(max).arg(text.size());
    if (hasControl(text, multiLine))
        return multiLine ? GuideRules::tr("%1 : caractère de contrôle interdit.").arg(what)
                         : GuideRules::tr("%1 : une seule ligne, sans caractère de contrôle.").arg(what);
    return {};
}

QString checkLine(const QString &what, const QString &text, int max)
{
    return checkChars(what, text, max, false);
}

QString checkText(const QString &what, const QString &text, int max)
{
    return checkChars(what, text, max, true);
}

QString checkList(const QString &what, const QStringList &items)
{
    if (items.size() > GuideRules::maxItems)
        return GuideRules::tr("%1 : %2 éléments au plus.").arg(what).arg(GuideRules::maxItems);
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            return GuideRules::tr("%1 : élément vide.").arg(what);
        if (QString r = checkLine(what, item, GuideRules::maxLine); !r.isEmpty())
            return r;
    }
    return {};
}

QString checkRange(const QString &what, int value, int max)
{
    if (value < 0 || value > max)
        return GuideRules::tr("%1 : un nombre entre 0 et %2 (reçu %3).").arg(what).arg(max).arg(value);
    return {};
}

} // namespace

QString GuideRules::checkCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (code.isEmpty())
        return tr("Le code est obligatoire (par exemple « C1 » ou « C1S2 »).");
    if (code.size() > maxCode)
        return tr("Le code « %1 » est trop long (%2 caractères au plus).").arg(Printable::quote(code, maxCode)).arg(maxCode);
    if (!pattern.match(code).hasMatch())
        return tr("Le code « %1 » ne peut contenir que des lettres sans accent, des chiffres, « - », « _ » et « . ».").arg(Printable::quote(code, maxCode));
    return {};
}

QString GuideRules::checkTitle(const QString &title)
{
    if (title.trimmed().isEmpty())
        return tr("Le titre est obligatoire.");
    return checkLine(tr("Titre"), title, maxTitle);
}

QString GuideRules::checkConducteur(const Conducteur &c)
{
    if (QString r = checkCode(c.code); !r.isEmpty())
        return r;
    if (QString r = checkTitle(c.title); !r.isEmpty())
        return r;
    return checkText(tr("Description"), c.description, maxText);
}

QString GuideRules::checkSeance(const Seance &s)
{
    QStringList reasons;
    reasons << checkCode(s.code) << checkTitle(s.title) << checkList(tr("Objectifs"), s.objectives)
            << checkLine(tr("Public"), s.audience, maxLine) << checkRange(tr("Durée (min)"), s.durationMin, maxDuration)
            << checkRange(tr("Participants minimum"), s.groupMin, maxGroup)
            << checkRange(tr("Participants maximum"), s.groupMax, maxGroup)
            << checkList(tr("Professions des animateurs"), s.professions) << checkLine(tr("Salle"), s.room, maxLine)
            << checkList(tr("Matériel"), s.materials) << checkText(tr("Évaluation"), s.evaluation, maxText)
            << checkList(tr("Messages clés"), s.keyMessages) << checkText(tr("Sources"), s.sources, maxText);
    if (s.groupMax > 0 && s.groupMin > s.groupMax)
        reasons << tr("Le nombre minimum de participants (%1) dépasse le maximum (%2).").arg(s.groupMin).arg(s.groupMax);
    if (s.steps.size() > maxSteps)
        reasons << tr("Déroulé : %1 étapes au plus.").arg(maxSteps);
    for (int i = 0; i < s.steps.size() && i < maxSteps; ++i) {
        const SeanceStep &step = s.steps.at(i);
        const QString what = tr("Étape %1").arg(i + 1);
        reasons << checkRange(what, step.durationMin, maxDuration)
                << checkText(what, step.activity, maxText) << checkLine(what, step.technique, maxLine)
                << checkText(what, step.materials, maxLine);
    }
    if (const QString quiz = QuizRules::check(s.quiz); !quiz.isEmpty())
        reasons << tr("Quiz : %1").arg(quiz);
    reasons.removeAll(QString());
    return reasons.isEmpty() ? QString() : reasons.constFirst();
}

QString GuideRules::checkSkillLabel(const QString &label)
{
    if (label.trimmed().isEmpty())
        return tr("Le libellé de la compétence est obligatoire.");
    return checkLine(tr("Compétence"), label, maxLine);
}

QString GuideRules::freeCode(const QString &base, const QStringList &taken)
{
    auto isTaken = [&taken](const QString &code) { return taken.contains(code, Qt::CaseInsensitive); };
    if (!isTaken(base))
        return base;
    const QString stem = base.left(maxCode - 3);
    for (int n = 2;; ++n) {
        QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!isTaken(candidate))
            return candidate;
    }
}

QList<Skill> GuideRules::defaultSkills()
{
    using F = Skill::Family;
    const QList<std::pair<F, const char *>> list = {
        {F::SelfCare, ("Soulager ses symptômes")},
        {F::SelfCare, ("Prendre en compte les résultats d'une autosurveillance")},
        {F::SelfCare, ("Adapter des doses dans le cadre d'un plan convenu avec le médecin")},
        {F::SelfCare, ("Réaliser des gestes techniques et des soins")},
        {F::SelfCare, ("Adapter son mode de vie (alimentation, activité physique)")},
        {F::SelfCare, ("Prévenir des complications évitables")},
        {F::SelfCare, ("Faire face aux problèmes occasionnés par la maladie")},
        {F::SelfCare, ("Impliquer son entourage dans la gestion de la maladie et du traitement")},
        {F::Safety, ("Prendre son traitement comme il a été prescrit")},
        {F::Safety, ("Savoir que faire en cas d'oubli de prise ou de vomissement")},
        {F::Safety, ("Reconnaître les signes d'alerte qui doivent faire appeler")},
        {F::Safety, ("Savoir qui appeler et comment")},
        {F::Adaptation, ("Se connaître soi-même, avoir confiance en soi")},
        {F::Adaptation, ("Gérer ses émotions et maîtriser son stress")},
        {F::Adaptation, ("Développer une réflexion critique et créative")},
        {F::Adaptation, ("Prendre des décisions et résoudre un problème")},
        {F::Adaptation, ("Se fixer des buts à atteindre et faire des choix")},
        {F::Adaptation, ("S'observer, s'évaluer et se renforcer")},
        {F::Adaptation, ("Communiquer et développer des relations avec les autres")},
    };
    QList<Skill> out;
    int position = 0;
    for (const auto &[family, label] : list)
        out << Skill{0, family, QString::fromUtf8(label), position++};
    return out;
}

QString GuideRules::familyLabel(Skill::Family family)
{
    switch (family) {
    case Skill::Family::SelfCare: return tr("Autosoins");
    case Skill::Family::Adaptation: return tr("Adaptation");
    case Skill::Family::Safety: return tr("Sécurité");
    }
    return {};
}

QString GuideRules::formatLabel(Seance::Format format)
{
    return format == Seance::Format::Individual ? tr("Individuelle") : tr("Collective");
}

} // namespace kitetp
