// SPDX-License-Identifier: EUPL-1.2
#include "core/Team.h"

#include "core/Dates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kitetp {

namespace {
class TeamText
{
    Q_DECLARE_TR_FUNCTIONS(TeamMember)
};

QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    return out;
}
} // namespace

QString TeamMember::check() const
{
    if (name.trimmed().isEmpty())
        return TeamText::tr("Le nom est obligatoire.");
    if (name.size() > maxText || profession.size() > maxText || role.size() > maxText || trainingBody.size() > maxText
        || email.size() > maxText || phone.size() > maxText)
        return TeamText::tr("Un champ dépasse %1 caractères.").arg(maxText);
    if (name.contains(QLatin1Char('\n')) || profession.contains(QLatin1Char('\n')))
        return TeamText::tr("Le nom et la profession tiennent sur une ligne.");
    if (trainingHours < 0 || trainingHours > maxTrainingHours)
        return TeamText::tr("Les heures de formation doivent être comprises entre 0 et %1.").arg(maxTrainingHours);
    if (trainingYear != 0 && (trainingYear < Dates::earliestPlausible().year() - 10 || trainingYear > Dates::latestPlausible().year()))
        return TeamText::tr("L'année de formation %1 n'est pas plausible.").arg(trainingYear);
    if (charterSignedOn.isValid() && !Dates::isPlausible(charterSignedOn))
        return TeamText::tr("La date de signature de la charte n'est pas plausible.");
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailRe.match(email).hasMatch())
        return TeamText::tr("« %1 » n'est pas une adresse de courriel valide.").arg(email);
    return {};
}

bool TeamMember::isTrained() const
{
    return trainingHours >= requiredTrainingHours;
}

bool TeamMember::isPhysicianProfession(const QString &profession)
{
    // A physician's profession as teams write it: "médecin ...", or a medical specialty.
    static const QRegularExpression re(QStringLiteral(
        "\\b(medecin|docteur|dr|oncologue|onco-hematologue|hematologue|cardiologue|diabetologue|endocrinologue|"
        "pneumologue|nephrologue|neurologue|rhumatologue|gastro-enterologue|gastroenterologue|dermatologue|"
        "pediatre|psychiatre|geriatre|generaliste|radiotherapeute|interniste|chirurgien|anesthesiste|"
        "gynecologue|urologue|allergologue|infectiologue|hepatologue|addictologue|algologue|"
        "medecine|praticien hospitalier)\\b"));
    return re.match(folded(profession)).hasMatch();
}

bool TeamMember::isHealthProfession(const QString &profession)
{
    const QString p = folded(profession).trimmed();
    return !p.isEmpty() && !p.contains(QLatin1String("patient")) && !p.contains(QLatin1String("association"));
}

QString TeamMember::professionKey(const QString &profession)
{
    return folded(profession).simplified();
}

} // namespace kitetp
