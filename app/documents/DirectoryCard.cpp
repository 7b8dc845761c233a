// SPDX-License-Identifier: EUPL-1.2
#include "documents/DeclarationDocuments.h"

#include "core/Dates.h"
#include "core/Html.h"
#include "core/ProgrammeFields.h"
#include "documents/DeclarationHtml.h"
#include "documents/Letterhead.h"
#include "storage/DeclarationStore.h"
#include "storage/GuideStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kitetp::DirectoryCard {

namespace {
class CardText
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryCard)
};

QJsonValue text(const QHash<QString, QString> &fields, const char *key)
{
    const QString v = fields.value(QString::fromLatin1(key)).trimmed();
    return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

// An object of dossier fields, each under its name in the card ({name, field key}); a field left empty is null.
QJsonObject fieldsObject(const QHash<QString, QString> &fields, std::initializer_list<std::pair<const char *, const char *>> names)
{
    QJsonObject o;
    for (const auto &[name, key] : names)
        o.insert(QString::fromLatin1(name), text(fields, key));
    return o;
}

// A date as stored, null when there is none.
QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(Dates::toStored(d)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(ProgrammeFile &file, const QDate &today)
{
    const DeclarationFacts facts = DeclarationStore(file).facts(today);
    const auto &f = facts.fields;
    const DeclarationTimeline timeline(facts.events);
    const TeamMember *coord = facts.coordinator();

    QJsonArray professions;
    QStringList seen;
    for (const TeamMember &m : facts.team) {
        const QString key = TeamMember::professionKey(m.profession);
        if (!m.profession.trimmed().isEmpty() && !seen.contains(key)) {
            seen << key;
            professions.append(m.profession.trimmed());
        }
    }
    // How the séances described are held (drafts not counted): "collective", "individual".
    QJsonArray formats;
    bool collective = false, individual = false;
    const QList<Seance> seances = GuideStore(file).seancesBrief();
    for (const Seance &s : seances) {
        collective = collective || (!s.draft && s.format == Seance::Format::Collective);
        individual = individual || (!s.draft && s.format == Seance::Format::Individual);
    }
    if (collective)
        formats.append(QStringLiteral("collective"));
    if (individual)
        formats.append(QStringLiteral("individual"));
    bool ok = false;
    const int beneficiaries = f.value(QStringLiteral("programme.beneficiaries")).toInt(&ok);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("kitetp-directory-card")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("programme"),
         QJsonObject{{QStringLiteral("title"), text(f, "programme.title")},
                     {QStringLiteral("condition"), text(f, "programme.condition")},
                     {QStringLiteral("summary"), text(f, "programme.summary")},
                     {QStringLiteral("population"), text(f, "programme.population")},
                     {QStringLiteral("beneficiariesPerYear"), ok ? QJsonValue(beneficiaries) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("setting"), text(f, "programme.setting")},
                     {QStringLiteral("referral"), text(f, "programme.referral")},
                     {QStringLiteral("sessions"), facts.seances - facts.draftSeances},
                     {QStringLiteral("formats"), formats},
                     {QStringLiteral("patientFacilitators"), f.value(QStringLiteral("patients.facilitators")) == QLatin1String("oui")},
                     {QStringLiteral("patientAssociation"), text(f, "patients.association")}}},
        {QStringLiteral("structure"),
         fieldsObject(f, {{"name", "structure.name"},
                          {"finessOrSiren", "structure.finess"},
                          {"address", "structure.address"},
                          {"places", "structure.places"}})},
        {QStringLiteral("team"),
         QJsonObject{{QStringLiteral("coordinator"), coord ? QJsonValue(coord->name) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("coordinatorProfession"), coord ? QJsonValue(coord->profession) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("professions"), professions},
                     {QStringLiteral("size"), int(facts.team.size())}}},
        {QStringLiteral("contact"),
         fieldsObject(f, {{"name", "contact.name"}, {"role", "contact.role"}, {"phone", "contact.phone"}, {"email", "contact.email"}})},
        {QStringLiteral("declaration"),
         QJsonObject{{QStringLiteral("ars"), text(f, "declaration.ars")},
                     {QStringLiteral("sent"), date(timeline.sent())},
                     {QStringLiteral("effective"), date(timeline.effective(today))},
                     {QStringLiteral("stopped"), date(timeline.stopped())}}},
        {QStringLiteral("generated"), Dates::toStored(today)},
    };
}

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &today)
{
    using H = DeclarationHtml;
    auto doc = std::make_unique<PaperDocument>(CardText::tr("Fiche annuaire du programme"));
    Letterhead::apply(*doc, file);
    const QJsonObject card = toJson(file, today);
    auto s = [](const QJsonValue &v) { return v.isNull() ? H::missing() : Html::escape(v.toVariant().toString(), true); };
    const QJsonObject p = card.value(QStringLiteral("programme")).toObject();
    const QJsonObject st = card.value(QStringLiteral("structure")).toObject();
    const QJsonObject team = card.value(QStringLiteral("team")).toObject();
    const QJsonObject c = card.value(QStringLiteral("contact")).toObject();
    const QJsonObject d = card.value(QStringLiteral("declaration")).toObject();
    QStringList professions;
    const QJsonArray professionList = team.value(QStringLiteral("professions")).toArray();
    for (const auto &v : professionList)
        professions << v.toString();

    const QList<QPair<QString, QString>> rows = {
        {CardText::tr("Problème de santé"), s(p.value(QStringLiteral("condition")))},
        {CardText::tr("Présentation"), s(p.value(QStringLiteral("summary")))},
        {CardText::tr("Population"), s(p.value(QStringLiteral("population")))},
        {CardText::tr("Bénéficiaires potentiels (estimation)"), s(p.value(QStringLiteral("beneficiariesPerYear")))},
        {CardText::tr("Modalité"), s(p.value(QStringLiteral("setting")))},
        {CardText::tr("Orientation"), s(p.value(QStringLiteral("referral")))},
        {CardText::tr("Séances décrites"), QString::number(p.value(QStringLiteral("sessions")).toInt())},
        {CardText::tr("Patients intervenants"), p.value(QStringLiteral("patientFacilitators")).toBool() ? CardText::tr("oui") : CardText::tr("non")},
        {CardText::tr("Association de patients"), s(p.value(QStringLiteral("patientAssociation")))},
        {CardText::tr("Structure porteuse"), s(st.value(QStringLiteral("name")))},
        {CardText::tr("FINESS / SIREN"), s(st.value(QStringLiteral("finessOrSiren")))},
        {CardText::tr("Lieux"), s(st.value(QStringLiteral("places")))},
        {CardText::tr("Coordonnateur"), s(team.value(QStringLiteral("coordinator")))},
        {CardText::tr("Professions de l'équipe"), professions.isEmpty() ? H::missing() : Html::escape(professions.join(QStringLiteral(", ")))},
        {CardText::tr("Contact"), s(c.value(QStringLiteral("name"))) + QStringLiteral(" — ") + s(c.value(QStringLiteral("phone"))) +
                               QStringLiteral(" — ") + s(c.value(QStringLiteral("email")))},
        {CardText::tr("ARS"), s(d.value(QStringLiteral("ars")))},
        {CardText::tr("Déclaration effective le"), d.value(QStringLiteral("effective")).isNull()
                                                ? H::missing()
                                                : H::date(Dates::fromStored(d.value(QStringLiteral("effective")).toString()))},
    };
    QString html = QStringLiteral("<h1>%1</h1><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">")
                       .arg(s(p.value(QStringLiteral("title"))));
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td width=\"30%\" style=\"background-color:#eef3f8;\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(label, value);
    html += QStringLiteral("</table>");
    doc->setBodyHtml(html);
    return doc;
}

} // namespace kitetp::DirectoryCard
