// SPDX-License-Identifier: EUPL-1.2
#include "core/Directory.h"

#include "core/Csv.h"
#include "core/Dates.h"
#include "core/Printable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace kitetp::Directory {

namespace {

constexpr int maxText = 20000;

// Reads the card's fields, remembering the first one of the wrong type.
class Reader
{
public:
    QString problem;

    QJsonObject object(const QJsonObject &parent, const char *name)
    {
        const QJsonValue v = parent.value(QLatin1String(name));
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            wrongType(name, "");
        return {};
    }
    QString text(const QJsonObject &o, const char *group, const char *name)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isString()) {
            if (v.toString().size() > maxText && problem.isEmpty())
                problem = Text::tr("le champ « %1.%2 » est trop long (plus de %3 caractères).")
                              .arg(QLatin1String(group), QLatin1String(name))
                              .arg(maxText);
            return v.toString().trimmed();
        }
        if (!v.isUndefined() && !v.isNull())
            wrongType(name, group);
        return {};
    }
    int number(const QJsonObject &o, const char *group, const char *name)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e9 && v.toDouble() == double(qint64(v.toDouble())))
            return int(v.toDouble());
        if (!v.isUndefined() && !v.isNull())
            wrongType(name, group);
        return -1;
    }
    std::optional<bool> boolean(const QJsonObject &o, const char *group, const char *name)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            wrongType(name, group);
        return std::nullopt;
    }
    QStringList strings(const QJsonObject &o, const char *group, const char *name)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        QStringList out;
        if (v.isArray()) {
            const QJsonArray array = v.toArray();
            for (const QJsonValue &item : array) {
                if (!item.isString() || item.toString().size() > maxText) {
                    wrongType(name, group);
                    return {};
                }
                out << item.toString().trimmed();
            }
        } else if (!v.isUndefined() && !v.isNull()) {
            wrongType(name, group);
        }
        return out;
    }
    QDate date(const QJsonObject &o, const char *group, const char *name)
    {
        const QString t = text(o, group, name);
        const QDate d = Dates::fromStored(t);
        if (!t.isEmpty() && !d.isValid() && problem.isEmpty())
            problem = Text::tr("le champ « %1.%2 » n'est pas une date (AAAA-MM-JJ).").arg(QLatin1String(group), QLatin1String(name));
        return d;
    }

private:
    void wrongType(const char *name, const char *group)
    {
        if (!problem.isEmpty())
            return;
        const QString field = *group ? QStringLiteral("%1.%2").arg(QLatin1String(group), QLatin1String(name)) : QLatin1String(name);
        problem = Text::tr("le champ « %1 » n'a pas le type attendu.").arg(field);
    }
};

const QHash<QString, QString> &departements()
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("01"), QStringLiteral("Ain")}, {QStringLiteral("02"), QStringLiteral("Aisne")},
        {QStringLiteral("03"), QStringLiteral("Allier")}, {QStringLiteral("04"), QStringLiteral("Alpes-de-Haute-Provence")},
        {QStringLiteral("05"), QStringLiteral("Hautes-Alpes")}, {QStringLiteral("06"), QStringLiteral("Alpes-Maritimes")},
        {QStringLiteral("07"), QStringLiteral("Ardèche")}, {QStringLiteral("08"), QStringLiteral("Ardennes")},
        {QStringLiteral("09"), QStringLiteral("Ariège")}, {QStringLiteral("10"), QStringLiteral("Aube")},
        {QStringLiteral("11"), QStringLiteral("Aude")}, {QStringLiteral("12"), QStringLiteral("Aveyron")},
        {QStringLiteral("13"), QStringLiteral("Bouches-du-Rhône")}, {QStringLiteral("14"), QStringLiteral("Calvados")},
        {QStringLiteral("15"), QStringLiteral("Cantal")}, {QStringLiteral("16"), QStringLiteral("Charente")},
        {QStringLiteral("17"), QStringLiteral("Charente-Maritime")}, {QStringLiteral("18"), QStringLiteral("Cher")},
        {QStringLiteral("19"), QStringLiteral("Corrèze")}, {QStringLiteral("2A"), QStringLiteral("Corse-du-Sud")},
        {QStringLiteral("2B"), QStringLiteral("Haute-Corse")}, {QStringLiteral("21"), QStringLiteral("Côte-d'Or")},
        {QStringLiteral("22"), QStringLiteral("Côtes-d'Armor")}, {QStringLiteral("23"), QStringLiteral("Creuse")},
        {QStringLiteral("24"), QStringLiteral("Dordogne")}, {QStringLiteral("25"), QStringLiteral("Doubs")},
        {QStringLiteral("26"), QStringLiteral("Drôme")}, {QStringLiteral("27"), QStringLiteral("Eure")},
        {QStringLiteral("28"), QStringLiteral("Eure-et-Loir")}, {QStringLiteral("29"), QStringLiteral("Finistère")},
        {QStringLiteral("30"), QStringLiteral("Gard")}, {QStringLiteral("31"), QStringLiteral("Haute-Garonne")},
        {QStringLiteral("32"), QStringLiteral("Gers")}, {QStringLiteral("33"), QStringLiteral("Gironde")},
        {QStringLiteral("34"), QStringLiteral("Hérault")}, {QStringLiteral("35"), QStringLiteral("Ille-et-Vilaine")},
        {QStringLiteral("36"), QStringLiteral("Indre")}, {QStringLiteral("37"), QStringLiteral("Indre-et-Loire")},
        {QStringLiteral("38"), QStringLiteral("Isère")}, {QStringLiteral("39"), QStringLiteral("Jura")},
        {QStringLiteral("40"), QStringLiteral("Landes")}, {QStringLiteral("41"), QStringLiteral("Loir-et-Cher")},
        {QStringLiteral("42"), QStringLiteral("Loire")}, {QStringLiteral("43"), QStringLiteral("Haute-Loire")},
        {QStringLiteral("44"), QStringLiteral("Loire-Atlantique")}, {QStringLiteral("45"), QStringLiteral("Loiret")},
        {QStringLiteral("46"), QStringLiteral("Lot")}, {QStringLiteral("47"), QStringLiteral("Lot-et-Garonne")},
        {QStringLiteral("48"), QStringLiteral("Lozère")}, {QStringLiteral("49"), QStringLiteral("Maine-et-Loire")},
        {QStringLiteral("50"), QStringLiteral("Manche")}, {QStringLiteral("51"), QStringLiteral("Marne")},
        {QStringLiteral("52"), QStringLiteral("Haute-Marne")}, {QStringLiteral("53"), QStringLiteral("Mayenne")},
        {QStringLiteral("54"), QStringLiteral("Meurthe-et-Moselle")}, {QStringLiteral("55"), QStringLiteral("Meuse")},
        {QStringLiteral("56"), QStringLiteral("Morbihan")}, {QStringLiteral("57"), QStringLiteral("Moselle")},
        {QStringLiteral("58"), QStringLiteral("Nièvre")}, {QStringLiteral("59"), QStringLiteral("Nord")},
        {QStringLiteral("60"), QStringLiteral("Oise")}, {QStringLiteral("61"), QStringLiteral("Orne")},
        {QStringLiteral("62"), QStringLiteral("Pas-de-Calais")}, {QStringLiteral("63"), QStringLiteral("Puy-de-Dôme")},
        {QStringLiteral("64"), QStringLiteral("Pyrénées-Atlantiques")}, {QStringLiteral("65"), QStringLiteral("Hautes-Pyrénées")},
        {QStringLiteral("66"), QStringLiteral("Pyrénées-Orientales")}, {QStringLiteral("67"), QStringLiteral("Bas-Rhin")},
        {QStringLiteral("68"), QStringLiteral("Haut-Rhin")}, {QStringLiteral("69"), QStringLiteral("Rhône")},
        {QStringLiteral("70"), QStringLiteral("Haute-Saône")}, {QStringLiteral("71"), QStringLiteral("Saône-et-Loire")},
        {QStringLiteral("72"), QStringLiteral("Sarthe")}, {QStringLiteral("73"), QStringLiteral("Savoie")},
        {QStringLiteral("74"), QStringLiteral("Haute-Savoie")}, {QStringLiteral("75"), QStringLiteral("Paris")},
        {QStringLiteral("76"), QStringLiteral("Seine-Maritime")}, {QStringLiteral("77"), QStringLiteral("Seine-et-Marne")},
        {QStringLiteral("78"), QStringLiteral("Yvelines")}, {QStringLiteral("79"), QStringLiteral("Deux-Sèvres")},
        {QStringLiteral("80"), QStringLiteral("Somme")}, {QStringLiteral("81"), QStringLiteral("Tarn")},
        {QStringLiteral("82"), QStringLiteral("Tarn-et-Garonne")}, {QStringLiteral("83"), QStringLiteral("Var")},
        {QStringLiteral("84"), QStringLiteral("Vaucluse")}, {QStringLiteral("85"), QStringLiteral("Vendée")},
        {QStringLiteral("86"), QStringLiteral("Vienne")}, {QStringLiteral("87"), QStringLiteral("Haute-Vienne")},
        {QStringLiteral("88"), QStringLiteral("Vosges")}, {QStringLiteral("89"), QStringLiteral("Yonne")},
        {QStringLiteral("90"), QStringLiteral("Territoire de Belfort")}, {QStringLiteral("91"), QStringLiteral("Essonne")},
        {QStringLiteral("92"), QStringLiteral("Hauts-de-Seine")}, {QStringLiteral("93"), QStringLiteral("Seine-Saint-Denis")},
        {QStringLiteral("94"), QStringLiteral("Val-de-Marne")}, {QStringLiteral("95"), QStringLiteral("Val-d'Oise")},
        {QStringLiteral("971"), QStringLiteral("Guadeloupe")}, {QStringLiteral("972"), QStringLiteral("Martinique")},
        {QStringLiteral("973"), QStringLiteral("Guyane")}, {QStringLiteral("974"), QStringLiteral("La Réunion")},
        {QStringLiteral("976"), QStringLiteral("Mayotte")},
    };
    return names;
}

QString dayText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.simplified();
}

QString programmeKey(const QString &finess, const QString &structure, const QString &title)
{
    QString digits;
    for (const QChar c : finess)
        if (c.isDigit())
            digits += c;
    const QString who = digits.isEmpty() ? folded(structure) : digits;
    return who + QLatin1Char('|') + folded(title);
}

Place placeOf(const QString &address)
{
    static const QRegularExpression postcode(QStringLiteral("(?:^|[\\s,])(\\d{5})\\s+(\\S.*)$"));
    static const QRegularExpression cedex(QStringLiteral("\\s+cedex(\\s+\\d+)?\\s*$"), QRegularExpression::CaseInsensitiveOption);
    Place place;
    const QStringList lines = address.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto m = postcode.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        const QString code = m.captured(1);
        if (code.startsWith(QLatin1String("97")) || code.startsWith(QLatin1String("98")))
            place.departement = code.left(3);
        else if (code.startsWith(QLatin1String("20")))
            place.departement = code.mid(2).toInt() < 200 ? QStringLiteral("2A") : QStringLiteral("2B");
        else
            place.departement = code.left(2);
        place.town = m.captured(2).remove(cedex).trimmed();
    }
    return place;
}

QString departementName(const QString &code)
{
    return departements().value(code);
}

QString departementLabel(const QString &code)
{
    if (code.isEmpty())
        return Text::tr("Département non précisé");
    const QString name = departementName(code);
    return name.isEmpty() ? code : QStringLiteral("%1 — %2").arg(code, name);
}

DirectoryFormats formatsOf(const QString &setting, const QStringList &formats)
{
    DirectoryFormats out;
    for (const QString &f : formats) {
        if (f == QLatin1String("collective"))
            out |= DirectoryFormat::Collective;
        else if (f == QLatin1String("individual"))
            out |= DirectoryFormat::Individual;
        else if (f == QLatin1String("remote"))
            out |= DirectoryFormat::Remote;
    }
    const QString s = folded(setting);
    if (s.contains(QLatin1String("collecti")) || s.contains(QLatin1String("groupe")))
        out |= DirectoryFormat::Collective;
    if (s.contains(QLatin1String("individu")))
        out |= DirectoryFormat::Individual;
    if (s.contains(QLatin1String("distance")) || s.contains(QLatin1String("distanciel")) || s.contains(QLatin1String("visio")) ||
        s.contains(QLatin1String("en ligne")) || s.contains(QLatin1String("telephon")))
        out |= DirectoryFormat::Remote;
    return out;
}

QString formatsText(DirectoryFormats formats)
{
    QStringList words;
    if (formats & DirectoryFormat::Collective)
        words << Text::tr("collectif");
    if (formats & DirectoryFormat::Individual)
        words << Text::tr("individuel");
    if (formats & DirectoryFormat::Remote)
        words << Text::tr("à distance");
    return words.join(QStringLiteral(", "));
}

ReadCard readCard(const QByteArray &bytes, const QDate &today)
{
    ReadCard result;
    if (bytes.size() > maxCardBytes) {
        result.refusal = Text::tr("ce n'est pas une fiche annuaire (fichier trop grand).");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        result.refusal = Text::tr("ce n'est pas une fiche annuaire (pas un objet JSON lisible).");
        return result;
    }
    const QJsonObject card = doc.object();
    const QJsonValue format = card.value(QLatin1String("format"));
    if (format.toString() != QLatin1String(cardFormat)) {
        result.refusal = format.isString()
            ? Text::tr("ce n'est pas une fiche annuaire Kit ETP (« format » vaut « %1 »).").arg(Printable::quote(format.toString()))
            : Text::tr("ce n'est pas une fiche annuaire Kit ETP (pas de champ « format »).");
        return result;
    }
    const QJsonValue version = card.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(int(version.toDouble()))) {
        result.refusal = Text::tr("la version de la fiche est absente ou n'est pas un nombre entier.");
        return result;
    }
    if (version.toInt() > cardVersion) {
        result.refusal = Text::tr("la fiche est d'un format plus récent (version %1 ; cette version de Kit ETP lit la version %2). "
                                  "Mettez Kit ETP à jour.")
                             .arg(version.toInt())
                             .arg(cardVersion);
        return result;
    }
    Reader r;
    DirectoryEntry e;
    e.generated = r.date(card, "", "generated");
    if (!e.generated.isValid()) {
        result.refusal = Text::tr("la date de la fiche (« generated ») est absente ou n'est pas une date.");
        return result;
    }
    if ((today.isValid() && e.generated > today) || !Dates::isPlausible(e.generated)) {
        result.refusal = Text::tr("la date de la fiche (%1) n'est pas plausible.").arg(dayText(e.generated));
        return result;
    }
    const QJsonObject p = r.object(card, "programme");
    const QJsonObject st = r.object(card, "structure");
    const QJsonObject team = r.object(card, "team");
    const QJsonObject c = r.object(card, "contact");
    const QJsonObject d = r.object(card, "declaration");
    e.title = r.text(p, "programme", "title");
    e.condition = r.text(p, "programme", "condition");
    e.summary = r.text(p, "programme", "summary");
    e.population = r.text(p, "programme", "population");
    e.beneficiaries = r.number(p, "programme", "beneficiariesPerYear");
    e.setting = r.text(p, "programme", "setting");
    e.referral = r.text(p, "programme", "referral");
    e.sessions = r.number(p, "programme", "sessions");
    e.patientFacilitators = r.boolean(p, "programme", "patientFacilitators").value_or(false);
    e.association = r.text(p, "programme", "patientAssociation");
    e.externalPatients = r.boolean(p, "programme", "externalPatients");
    const QStringList formats = r.strings(p, "programme", "formats");
    e.structure = r.text(st, "structure", "name");
    e.finess = r.text(st, "structure", "finessOrSiren");
    e.address = r.text(st, "structure", "address");
    e.places = r.text(st, "structure", "places");
    e.coordinator = r.text(team, "team", "coordinator");
    e.professions = r.strings(team, "team", "professions");
    e.contactName = r.text(c, "contact", "name");
    e.contactRole = r.text(c, "contact", "role");
    e.phone = r.text(c, "contact", "phone");
    e.email = r.text(c, "contact", "email");
    e.ars = r.text(d, "declaration", "ars");
    e.effective = r.date(d, "declaration", "effective");
    e.stopped = r.date(d, "declaration", "stopped");
    if (!r.problem.isEmpty()) {
        result.refusal = r.problem;
        return result;
    }
    if (e.title.isEmpty()) {
        result.refusal = Text::tr("le titre du programme (« programme.title ») manque.");
        return result;
    }
    if (e.structure.isEmpty() && e.finess.isEmpty()) {
        result.refusal = Text::tr("la structure porteuse manque (ni « structure.name » ni « structure.finessOrSiren »).");
        return result;
    }
    e.key = programmeKey(e.finess, e.structure, e.title);
    Place place = placeOf(e.address);
    if (place.departement.isEmpty())
        place = placeOf(e.places);
    e.departement = place.departement;
    e.town = place.town;
    e.formats = formatsOf(e.setting, formats);
    e.json = QJsonDocument(card).toJson(QJsonDocument::Compact);
    result.entry = std::move(e);
    return result;
}

bool Filter::matches(const DirectoryEntry &e) const
{
    if (!departement.isEmpty() && e.departement != departement)
        return false;
    if (!town.isEmpty() && !folded(e.town).contains(folded(town)))
        return false;
    if (!cancer.isEmpty() && !folded(e.condition).contains(folded(cancer)))
        return false;
    if (!population.isEmpty() && !folded(e.population).contains(folded(population)))
        return false;
    if ((e.formats & formats) != formats)
        return false;
    if (externalOnly && e.externalPatients != std::optional<bool>(true))
        return false;
    return true;
}

QList<DirectoryEntry> sorted(QList<DirectoryEntry> entries)
{
    // Entries without a département come last.
    const auto place = [](const DirectoryEntry &e) {
        return std::make_tuple(e.departement.isEmpty(), e.departement, folded(e.town), folded(e.title), e.key);
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const DirectoryEntry &a, const DirectoryEntry &b) { return place(a) < place(b); });
    return entries;
}

QByteArray csv(const QList<DirectoryEntry> &entries, const QDate &today)
{
    const QChar sep(QLatin1Char(';'));
    QString out = Csv::line({Text::tr("Département"), Text::tr("Nom du département"), Text::tr("Ville"), Text::tr("Programme"),
                             Text::tr("Problème de santé"), Text::tr("Population"), Text::tr("Modalité"), Text::tr("Formats"),
                             Text::tr("Patients extérieurs acceptés"), Text::tr("Structure porteuse"), Text::tr("FINESS / SIREN"),
                             Text::tr("Adresse"), Text::tr("Lieux"), Text::tr("Coordonnateur"), Text::tr("Contact"),
                             Text::tr("Téléphone"), Text::tr("Courriel"), Text::tr("ARS"), Text::tr("Déclaration effective le"),
                             Text::tr("Date de la fiche"), Text::tr("À mettre à jour")},
                            sep);
    const QList<DirectoryEntry> ordered = sorted(entries);
    for (const DirectoryEntry &e : ordered) {
        const QString external = !e.externalPatients ? QString() : *e.externalPatients ? Text::tr("oui") : Text::tr("non");
        out += Csv::line({e.departement, departementName(e.departement), e.town, e.title, e.condition, e.population, e.setting,
                          formatsText(e.formats), external, e.structure, e.finess, e.address, e.places, e.coordinator,
                          e.contactName, e.phone, e.email, e.ars, dayText(e.effective), dayText(e.generated),
                          e.isStale(today) ? Text::tr("oui") : Text::tr("non")},
                         sep);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kitetp::Directory
