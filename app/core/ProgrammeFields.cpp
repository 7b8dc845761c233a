#include "core/ProgrammeFields.h"

#include "core/Dates.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace kitetp {

namespace {
constexpr int shortText = 300;
constexpr int longText = 20000;
} // namespace

const QList<FieldSpec> &ProgrammeFields::all()
{
    static const QList<FieldSpec> fields = {
        {QStringLiteral("programme.title"), QT_TRANSLATE_NOOP("ProgrammeFields", "Titre du programme"), FieldSpec::Text, shortText},
        {QStringLiteral("programme.summary"), QT_TRANSLATE_NOOP("ProgrammeFields", "Présentation"), FieldSpec::MultiLine, longText},
        {QStringLiteral("programme.condition"), QT_TRANSLATE_NOOP("ProgrammeFields", "Problème de santé"), FieldSpec::Text, shortText},
        {QStringLiteral("programme.start"), QT_TRANSLATE_NOOP("ProgrammeFields", "Date de début"), FieldSpec::Date, 10},
        {QStringLiteral("structure.name"), QT_TRANSLATE_NOOP("ProgrammeFields", "Structure porteuse"), FieldSpec::Text, shortText},
        {QStringLiteral("structure.finess"), QT_TRANSLATE_NOOP("ProgrammeFields", "N° FINESS ou SIREN"), FieldSpec::Text, 14},
        {QStringLiteral("structure.status"), QT_TRANSLATE_NOOP("ProgrammeFields", "Statut juridique"), FieldSpec::Text, shortText},
        {QStringLiteral("structure.address"), QT_TRANSLATE_NOOP("ProgrammeFields", "Adresse"), FieldSpec::MultiLine, 2000},
        {QStringLiteral("structure.places"), QT_TRANSLATE_NOOP("ProgrammeFields", "Lieux de mise en œuvre"), FieldSpec::MultiLine, 2000},
        {QStringLiteral("contact.name"), QT_TRANSLATE_NOOP("ProgrammeFields", "Contact"), FieldSpec::Text, shortText},
        {QStringLiteral("contact.role"), QT_TRANSLATE_NOOP("ProgrammeFields", "Fonction"), FieldSpec::Text, shortText},
        {QStringLiteral("contact.phone"), QT_TRANSLATE_NOOP("ProgrammeFields", "Téléphone"), FieldSpec::Phone, 40},
        {QStringLiteral("contact.email"), QT_TRANSLATE_NOOP("ProgrammeFields", "Courriel"), FieldSpec::Email, shortText},
    };
    return fields;
}

const FieldSpec *ProgrammeFields::find(const QString &key)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (int i = 0; i < all().size(); ++i)
            h.insert(all().at(i).key, i);
        return h;
    }();
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

QString ProgrammeFields::label(const QString &key)
{
    const FieldSpec *spec = find(key);
    return spec ? tr(spec->label) : key;
}

QString ProgrammeFields::check(const QString &key, const QString &value)
{
    const FieldSpec *spec = find(key);
    if (!spec)
        return tr("Champ inconnu : %1.").arg(key);
    if (value.size() > spec->maxLength)
        return tr("« %1 » est trop long (%2 caractères au plus).").arg(label(key)).arg(spec->maxLength);
    if (key == title() && value.trimmed().isEmpty())
        return tr("Le programme doit avoir un titre.");
    if (value.isEmpty())
        return {};
    switch (spec->kind) {
    case FieldSpec::Date:
        if (!Dates::isPlausible(Dates::fromStored(value)))
            return tr("« %1 » n'est pas une date plausible (attendu : entre %2 et %3).")
                .arg(value, QLocale().toString(Dates::earliestPlausible(), QLocale::ShortFormat),
                     QLocale().toString(Dates::latestPlausible(), QLocale::ShortFormat));
        break;
    case FieldSpec::Integer: {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok || n < 0 || n > 1000000000)
            return tr("« %1 » doit être un nombre entier positif.").arg(label(key));
        break;
    }
    case FieldSpec::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(value).hasMatch())
            return tr("« %1 » n'est pas une adresse de courriel valide.").arg(value);
        break;
    }
    case FieldSpec::YesNo:
        if (value != QLatin1String("oui") && value != QLatin1String("non"))
            return tr("« %1 » attend oui ou non.").arg(label(key));
        break;
    case FieldSpec::Text:
        if (value.contains(QLatin1Char('\n')))
            return tr("« %1 » tient sur une ligne.").arg(label(key));
        break;
    case FieldSpec::MultiLine:
    case FieldSpec::Phone:
        break;
    }
    return {};
}

} // namespace kitetp
