// SPDX-License-Identifier: EUPL-1.2
#include "documents/HandoutDocument.h"

#include "core/Html.h"
#include "documents/GuideHtml.h"
#include "documents/Letterhead.h"
#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>

namespace kitetp::HandoutDocument {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(HandoutDocument)
};

// A framed box of ruled lines to write on.
QString writingBox(int lines)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\">");
    for (int i = 0; i < lines; ++i)
        html += QStringLiteral("<tr><td style=\"border-bottom: 1px solid #999999; height: 30px;\">&nbsp;</td></tr>");
    return html + QStringLiteral("</table>");
}

QString contact(ProgrammeFile &file)
{
    const FieldStore fields(file);
    QStringList lines;
    const QString name = fields.value(QStringLiteral("contact.name"));
    const QString role = fields.value(QStringLiteral("contact.role"));
    if (!name.isEmpty())
        lines << (role.isEmpty() ? name : name + QStringLiteral(", ") + role);
    const QString structure = fields.value(QStringLiteral("structure.name"));
    if (!structure.isEmpty())
        lines << structure;
    const QString phone = fields.value(QStringLiteral("contact.phone"));
    if (!phone.isEmpty())
        lines << Text::tr("Téléphone : %1").arg(phone);
    const QString email = fields.value(QStringLiteral("contact.email"));
    if (!email.isEmpty())
        lines << Text::tr("Courriel : %1").arg(email);
    if (lines.isEmpty())
        return QStringLiteral("<p>%1</p>%2").arg(Html::escape(Text::tr("Les coordonnées de l'équipe :")), writingBox(3));
    QString html;
    for (const QString &l : lines)
        html += QStringLiteral("<p>%1</p>").arg(Html::escape(l));
    return html;
}

} // namespace

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const Seance &s, const QPageLayout &layout)
{
    auto doc = std::make_unique<PaperDocument>(Text::tr("Fiche patient %1").arg(s.code));
    doc->setPageLayout(layout);
    doc->setBaseFontSize(bodyPoints);
    Letterhead::apply(*doc, file);
    QString html = QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(Text::tr("Fiche patient — séance %1").arg(s.code)));
    html += QStringLiteral("<h1>%1</h1>").arg(Html::escape(s.title));
    html += QStringLiteral("<h2>%1</h2>").arg(Html::escape(Text::tr("Ce qu'il faut retenir")));
    html += GuideHtml::list(s.keyMessages, Text::tr("Votre équipe vous remettra les messages clés de la séance."));
    html += QStringLiteral("<h2>%1</h2>").arg(Html::escape(Text::tr("Mes notes")));
    html += writingBox(6);
    html += QStringLiteral("<h2>%1</h2>").arg(Html::escape(Text::tr("Mes questions pour l'équipe")));
    html += writingBox(5);
    html += QStringLiteral("<h2>%1</h2>").arg(Html::escape(Text::tr("Contacter l'équipe")));
    html += contact(file);
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(Text::tr("En cas d'urgence vitale, appelez le 15. Cette fiche ne remplace pas les conseils de votre équipe soignante.")));
    doc->setBodyHtml(html);
    return doc;
}

} // namespace kitetp::HandoutDocument
