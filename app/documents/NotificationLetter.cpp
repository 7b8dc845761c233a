#include "documents/DeclarationDocuments.h"

#include "core/Html.h"
#include "documents/DeclarationHtml.h"
#include "documents/Letterhead.h"
#include "storage/DeclarationStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace kitetp::NotificationLetter {

namespace {
class LetterText
{
    Q_DECLARE_TR_FUNCTIONS(NotificationLetter)
};
} // namespace

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, DeclarationEvent::Change change, const QDate &date,
                                     const QString &note)
{
    using T = LetterText;
    using H = DeclarationHtml;
    auto doc = std::make_unique<PaperDocument>(T::tr("Notification d'un changement à l'ARS"));
    Letterhead::apply(*doc, file);
    const DeclarationFacts facts = DeclarationStore(file).facts(date);
    const auto &fields = facts.fields;
    const DeclarationTimeline timeline(facts.events);
    const TeamMember *coord = facts.coordinator();

    QString html;
    html += QStringLiteral("<p>%1<br/>%2</p>").arg(H::value(fields.value(QStringLiteral("structure.name"))),
                                                  H::value(fields.value(QStringLiteral("structure.address"))));
    html += QStringLiteral("<p align=\"right\">%1<br/>%2</p>")
                .arg(T::tr("À l'attention du directeur général"), H::value(fields.value(QStringLiteral("declaration.ars"))));
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(T::tr("Le %1").arg(QLocale().toString(date, QLocale::LongFormat)));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(T::tr("Objet :"), T::tr("notification d'un %1 — programme d'éducation thérapeutique « %2 »")
                                           .arg(DeclarationEvent::label(change), Html::escape(fields.value(QStringLiteral("programme.title")))));
    html += QStringLiteral("<p>%1</p>").arg(T::tr("Madame la directrice générale, Monsieur le directeur général,"));
    QString declared;
    if (timeline.effective(date).isValid())
        declared = T::tr("déclaré auprès de vos services (déclaration effective le %1)").arg(H::date(timeline.effective(date)));
    else if (timeline.sent().isValid())
        declared = T::tr("déclaré auprès de vos services le %1").arg(H::date(timeline.sent()));
    else
        declared = T::tr("déclaré auprès de vos services");
    html += QStringLiteral("<p>%1</p>")
                .arg(T::tr("Conformément au code de la santé publique, nous vous informons d'un %1 du programme "
                           "d'éducation thérapeutique « %2 », %3.")
                         .arg(DeclarationEvent::label(change), Html::escape(fields.value(QStringLiteral("programme.title"))), declared));
    switch (change) {
    case DeclarationEvent::Change::Coordinator:
        html += QStringLiteral("<p><b>%1</b></p>").arg(T::tr("Nouveau coordonnateur :"));
        if (coord)
            html += QStringLiteral("<p>%1 — %2<br/>%3</p>")
                        .arg(Html::escape(coord->name), H::value(coord->profession),
                             T::tr("Formation à l'ETP : %1 h%2 ; attestation %3.")
                                 .arg(coord->trainingHours)
                                 .arg(coord->trainingBody.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(Html::escape(coord->trainingBody)))
                                 .arg(coord->certificate ? T::tr("jointe") : T::tr("à joindre")));
        else
            html += QStringLiteral("<p>%1</p>").arg(H::missing());
        break;
    case DeclarationEvent::Change::Objectives:
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p><p><b>%3</b></p><p>%4</p>")
                    .arg(T::tr("Objectifs du programme désormais :"), H::value(fields.value(QStringLiteral("programme.objectives"))),
                         T::tr("Critères de jugement :"), H::value(fields.value(QStringLiteral("programme.criteria"))));
        break;
    case DeclarationEvent::Change::Funding:
        html += QStringLiteral("<p><b>%1</b></p>").arg(T::tr("Sources de financement désormais prévues :"));
        html += H::fundingTable(facts.funding);
        break;
    case DeclarationEvent::Change::None:
        break;
    }
    if (!note.trimmed().isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(T::tr("Précisions :"), Html::escape(note.trimmed(), true));
    html += QStringLiteral("<p>%1</p>").arg(T::tr("Nous vous prions d'agréer l'expression de nos salutations distinguées."));
    html += QStringLiteral("<p style=\"margin-top: 20pt;\">%1<br/>%2</p>")
                .arg(H::value(fields.value(QStringLiteral("declaration.signatory"))),
                     coord ? T::tr("Coordonnateur : %1").arg(Html::escape(coord->name)) : QString());
    doc->setBodyHtml(html);
    return doc;
}

} // namespace kitetp::NotificationLetter
