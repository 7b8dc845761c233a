// SPDX-License-Identifier: EUPL-1.2
#include "documents/DeclarationDocuments.h"

#include "core/Html.h"
#include "documents/DeclarationHtml.h"
#include "documents/Letterhead.h"
#include "storage/DeclarationStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace kitetp {

namespace {
class LetterText
{
    Q_DECLARE_TR_FUNCTIONS(NotificationLetter)
};

using H = DeclarationHtml;

// The sender, the addressee, the place and date: the top of every letter to the ARS.
QString letterTop(const QHash<QString, QString> &fields, const QDate &date)
{
    QString html;
    html += QStringLiteral("<p>%1<br/>%2</p>").arg(H::value(fields.value(QStringLiteral("structure.name"))),
                                                  H::value(fields.value(QStringLiteral("structure.address"))));
    html += QStringLiteral("<p align=\"right\">%1<br/>%2</p>")
                .arg(LetterText::tr("À l'attention du directeur général"), H::value(fields.value(QStringLiteral("declaration.ars"))));
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(H::letterDate(fields, date));
    return html;
}

// "Déclaration n° X du 12 mars 2025 (effective le …)": what the file records of the declaration.
QString declarationReference(const DeclarationFacts &facts, const DeclarationTimeline &timeline, const QDate &date)
{
    QStringList parts;
    const QString ref = facts.field(QStringLiteral("declaration.reference"));
    parts << LetterText::tr("Référence de la déclaration : %1").arg(ref.isEmpty() ? H::missing() : Html::escape(ref));
    if (timeline.sent().isValid())
        parts << LetterText::tr("dossier envoyé le %1").arg(H::longDate(timeline.sent()));
    if (const QDate e = timeline.effective(date); e.isValid())
        parts << LetterText::tr("déclaration effective le %1").arg(H::longDate(e));
    return parts.join(QStringLiteral(" ; ")) + QLatin1Char('.');
}

QString signature(const DeclarationFacts &facts)
{
    const TeamMember *coord = facts.coordinator();
    return QStringLiteral("<p>%1</p><table width=\"100%\" cellpadding=\"6\"><tr><td width=\"50%\"></td><td>%2<br/>%3<br/>%4"
                          "<br/><br/><br/>%5</td></tr></table>")
        .arg(LetterText::tr("Nous vous prions d'agréer, Madame la directrice générale, Monsieur le directeur général, l'expression "
                            "de nos salutations distinguées."),
             LetterText::tr("Le déclarant"), H::value(facts.field(QStringLiteral("declaration.signatory"))),
             coord ? LetterText::tr("Coordonnateur : %1").arg(Html::escape(coord->name)) : QString(), LetterText::tr("Signature :"));
}
} // namespace

namespace NotificationLetter {

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const DeclarationEvent &event)
{
    const DeclarationEvent::Change change = event.change;
    const QDate date = event.date.isValid() ? event.date : QDate::currentDate();
    auto doc = std::make_unique<PaperDocument>(LetterText::tr("Notification d'un changement à l'ARS"));
    Letterhead::apply(*doc, file);
    const DeclarationFacts facts = DeclarationStore(file).facts(date);
    const auto &fields = facts.fields;
    const DeclarationTimeline timeline(facts.events);
    const TeamMember *coord = facts.coordinator();
    const QString title = Html::escape(fields.value(QStringLiteral("programme.title")));

    QString html = letterTop(fields, date);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(LetterText::tr("Objet :"), LetterText::tr("notification d'un %1 — programme d'éducation thérapeutique « %2 »")
                                           .arg(DeclarationEvent::label(change), title));
    html += QStringLiteral("<p>%1</p>").arg(declarationReference(facts, timeline, date));
    html += QStringLiteral("<p>%1</p>").arg(LetterText::tr("Madame la directrice générale, Monsieur le directeur général,"));
    const QString state = H::declaredState(timeline, date);
    html += QStringLiteral("<p>%1</p>")
                .arg(LetterText::tr("Conformément aux articles R1161-4 et suivants du code de la santé publique, qui prévoient la notification au "
                           "directeur général de l'agence régionale de santé de tout changement de coordonnateur, d'objectifs ou de "
                           "source de financement, nous vous informons d'un %1 du programme d'éducation thérapeutique « %2 »%3.")
                         .arg(DeclarationEvent::label(change), title,
                              state.isEmpty() ? QString() : QStringLiteral(", ") + Html::escape(state)));
    const QString previous = event.previous.trimmed().isEmpty() ? H::missing() : Html::escape(event.previous.trimmed(), true);
    switch (change) {
    case DeclarationEvent::Change::Coordinator:
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(LetterText::tr("Coordonnateur précédent :"), previous);
        html += QStringLiteral("<p><b>%1</b></p>").arg(LetterText::tr("Nouveau coordonnateur :"));
        if (coord)
            html += QStringLiteral("<p>%1 — %2<br/>%3</p>")
                        .arg(Html::escape(coord->name), H::value(coord->profession),
                             LetterText::tr("Formation à l'ETP : %1 h%2 ; attestation %3.")
                                 .arg(coord->trainingHours)
                                 .arg(coord->trainingBody.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(Html::escape(coord->trainingBody)))
                                 .arg(facts.attached(Attachment::Piece::TrainingCertificate, coord->id).isEmpty()
                                          ? LetterText::tr("à joindre")
                                          : LetterText::tr("jointe à ce courrier")));
        else
            html += QStringLiteral("<p>%1</p>").arg(H::missing());
        break;
    case DeclarationEvent::Change::Objectives:
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(LetterText::tr("Objectifs précédents :"), previous);
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p><p><b>%3</b></p><p>%4</p>")
                    .arg(LetterText::tr("Objectifs du programme désormais :"), H::value(fields.value(QStringLiteral("programme.objectives"))),
                         LetterText::tr("Critères de jugement :"), H::value(fields.value(QStringLiteral("programme.criteria"))));
        break;
    case DeclarationEvent::Change::Funding:
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(LetterText::tr("Financement précédent :"), previous);
        html += QStringLiteral("<p><b>%1</b></p>").arg(LetterText::tr("Sources de financement désormais prévues :"));
        html += H::fundingTable(facts.funding);
        break;
    case DeclarationEvent::Change::None:
        break;
    }
    if (!event.note.trimmed().isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(LetterText::tr("Précisions :"), Html::escape(event.note.trimmed(), true));
    html += signature(facts);
    doc->setBodyHtml(html);
    return doc;
}

} // namespace NotificationLetter

namespace CessationLetter {

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &stopDate, const QDate &date)
{
    auto doc = std::make_unique<PaperDocument>(LetterText::tr("Déclaration de l'arrêt du programme à l'ARS"));
    Letterhead::apply(*doc, file);
    const DeclarationFacts facts = DeclarationStore(file).facts(date);
    const auto &fields = facts.fields;
    const DeclarationTimeline timeline(facts.events);
    const QDate stop = stopDate.isValid() ? stopDate : timeline.stopped();
    const QString title = Html::escape(fields.value(QStringLiteral("programme.title")));

    QString html = letterTop(fields, date);
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(LetterText::tr("Objet :"), LetterText::tr("déclaration de l'arrêt du programme d'éducation thérapeutique « %1 »").arg(title));
    html += QStringLiteral("<p>%1</p>").arg(declarationReference(facts, timeline, date));
    html += QStringLiteral("<p>%1</p>").arg(LetterText::tr("Madame la directrice générale, Monsieur le directeur général,"));
    html += QStringLiteral("<p>%1</p>")
                .arg(LetterText::tr("Conformément à l'article R1161-4 du code de la santé publique, nous vous déclarons l'arrêt du programme "
                           "d'éducation thérapeutique « %1 » à compter du %2.")
                         .arg(title, stop.isValid() ? H::longDate(stop) : H::missing()));
    html += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(LetterText::tr("Motif de l'arrêt :"), H::value(fields.value(QStringLiteral("stop.reason"))));
    html += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                .arg(LetterText::tr("Devenir des patients en cours de programme :"), H::value(fields.value(QStringLiteral("stop.patients"))));
    html += signature(facts);
    doc->setBodyHtml(html);
    return doc;
}

} // namespace CessationLetter

} // namespace kitetp
