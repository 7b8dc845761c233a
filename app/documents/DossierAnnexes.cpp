// SPDX-License-Identifier: EUPL-1.2
// The model texts annexed to the dossier: consent form, information sheet, letter to the GP. Built from the
// programme's fields; blanks to fill by hand are dotted lines.
#include "documents/DossierDocument.h"

#include "core/Html.h"
#include "documents/DeclarationHtml.h"

#include <QCoreApplication>

namespace kitetp::DossierAnnexes {

namespace {
class AnnexText
{
    Q_DECLARE_TR_FUNCTIONS(DossierAnnexes)
};

QString f(const QHash<QString, QString> &fields, const char *key)
{
    return DeclarationHtml::value(fields.value(QString::fromLatin1(key)));
}

QString blank()
{
    return QStringLiteral("………………………………………………");
}
} // namespace

QString consentForm(const QHash<QString, QString> &fields)
{
    QString html;
    html += QStringLiteral("<p>%1 <b>%2</b>, %3 <b>%4</b>.</p>")
                .arg(AnnexText::tr("Programme d'éducation thérapeutique :"), f(fields, "programme.title"),
                     AnnexText::tr("proposé par"), f(fields, "structure.name"));
    html += QStringLiteral("<p>%1 %2 %3</p>")
                .arg(AnnexText::tr("Je soussigné(e)"), blank(),
                     AnnexText::tr("déclare avoir reçu une information claire sur le programme, ses objectifs, son "
                                   "déroulement et les personnes qui l'animent."));
    html += QStringLiteral("<p>☐ %1</p>").arg(AnnexText::tr("J'accepte d'entrer dans le programme."));
    html += QStringLiteral("<p>☐ %1</p>").arg(AnnexText::tr("J'accepte que les informations me concernant soient partagées "
                                                           "entre les intervenants du programme."));
    html += QStringLiteral("<p>☐ %1</p>").arg(AnnexText::tr("J'accepte que mon médecin traitant soit informé de mon entrée, "
                                                           "de mon parcours et de mon évaluation finale."));
    html += QStringLiteral("<p>%1</p>").arg(AnnexText::tr("Je peux quitter le programme à tout moment, sans conséquence sur ma "
                                                         "prise en charge. Je peux retirer mon consentement au partage des "
                                                         "données à tout moment."));
    html += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(AnnexText::tr("Confidentialité et protection des données :"),
                                                         f(fields, "confidentiality.data"));
    html += QStringLiteral("<p>%1 %2 &nbsp; %3 %2</p>").arg(AnnexText::tr("Fait à"), blank(), AnnexText::tr("le"));
    html += QStringLiteral("<p>%1</p>").arg(AnnexText::tr("Signature du patient :"));
    return html;
}

QString informationSheet(const QHash<QString, QString> &fields)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(AnnexText::tr("Le programme"), f(fields, "programme.summary"));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(AnnexText::tr("Pour qui ?"), f(fields, "programme.population"));
    html += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
                .arg(AnnexText::tr("Comment se déroule-t-il ?"), f(fields, "path.assessment"), f(fields, "path.sessions"),
                     f(fields, "path.evaluation"));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(AnnexText::tr("Vos droits"),
                                                      AnnexText::tr("Votre participation est libre. Vous pouvez quitter le "
                                                                    "programme à tout moment sans conséquence sur vos soins."));
    html += QStringLiteral("<p>%1</p>").arg(f(fields, "confidentiality.data"));
    html += QStringLiteral("<h3>%1</h3><p>%2 — %3<br/>%4 — %5</p>")
                .arg(AnnexText::tr("Contact"), f(fields, "contact.name"), f(fields, "contact.role"), f(fields, "contact.phone"),
                     f(fields, "contact.email"));
    return html;
}

QString gpLetter(const QHash<QString, QString> &fields)
{
    QString html;
    html += QStringLiteral("<p>%1<br/>%2</p>").arg(f(fields, "structure.name"), f(fields, "structure.address"));
    html += QStringLiteral("<p>%1 %2</p>").arg(AnnexText::tr("Docteur"), blank());
    html += QStringLiteral("<p>%1</p>").arg(AnnexText::tr("Cher confrère, chère consœur,"));
    html += QStringLiteral("<p>%1 %2 %3 <b>%4</b>. %5</p>")
                .arg(AnnexText::tr("Avec son accord, nous vous informons que votre patient(e)"), blank(),
                     AnnexText::tr("☐ entre dans ☐ poursuit ☐ a terminé le programme d'éducation thérapeutique"),
                     f(fields, "programme.title"),
                     AnnexText::tr("Vous trouverez avec ce courrier la synthèse de son bilan éducatif partagé ou de son évaluation "
                                   "individuelle, et les objectifs convenus avec lui (elle)."));
    html += QStringLiteral("<p>%1</p>").arg(AnnexText::tr("Nous restons à votre disposition pour tout échange."));
    html += QStringLiteral("<p>%1<br/>%2</p>").arg(f(fields, "contact.name"), f(fields, "contact.role"));
    return html;
}

} // namespace kitetp::DossierAnnexes

namespace kitetp::DossierAnnexes {

QString piecesTable(const DeclarationFacts &facts, const QHash<qint64, int> &numbers, const QList<Attachment::Piece> &models)
{
    using H = DeclarationHtml;
    using P = Attachment::Piece;
    QList<QStringList> rows;
    auto state = [&](P piece, qint64 member = 0) { return H::pieceState(facts.attachments, numbers, piece, member); };
    for (const TeamMember &m : facts.team) {
        rows << QStringList{Html::escape(Attachment::label(P::TrainingCertificate)), Html::escape(m.name),
                            state(P::TrainingCertificate, m.id)};
        rows << QStringList{Html::escape(Attachment::label(P::SignedCharter)), Html::escape(m.name), state(P::SignedCharter, m.id)};
    }
    if (facts.team.isEmpty())
        rows << QStringList{Html::escape(AnnexText::tr("Attestations de formation et chartes signées")),
                            AnnexText::tr("aucun membre dans l'équipe"),
                            QStringLiteral("<span class=\"missing\">%1</span>").arg(AnnexText::tr("à joindre"))};
    rows << QStringList{Html::escape(AnnexText::tr("Liste des intervenants")), QString(), AnnexText::tr("dans ce dossier, partie 3")};
    for (P piece : {P::AssessmentGrid, P::InformationSheet, P::ConsentForm, P::GpLetterModel}) {
        QString s = state(piece);
        if (models.contains(piece) && facts.attached(piece).isEmpty())
            s += QStringLiteral(" — ") + AnnexText::tr("un modèle de Kit ETP figure dans les annexes");
        rows << QStringList{Html::escape(Attachment::label(piece)), QString(), s};
    }
    if (!facts.field(QStringLiteral("patients.association")).isEmpty())
        rows << QStringList{Html::escape(AnnexText::tr("Agrément de l'association de patients")),
                            Html::escape(facts.field(QStringLiteral("patients.association"))),
                            QStringLiteral("<span class=\"missing\">%1</span>").arg(AnnexText::tr("à joindre si votre ARS le demande"))};
    for (const Attachment &a : facts.attachments)
        if (a.piece == P::Other && numbers.contains(a.id))
            rows << QStringList{Html::escape(a.displayTitle()), QString(), AnnexText::tr("jointe (pièce n° %1)").arg(numbers.value(a.id))};
    return H::table({AnnexText::tr("Pièce"), AnnexText::tr("Concerne"), AnnexText::tr("État")}, rows, {42, 28, 30});
}

} // namespace kitetp::DossierAnnexes
