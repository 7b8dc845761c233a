// SPDX-License-Identifier: EUPL-1.2
#include "documents/DeclarationDocuments.h"

#include "core/Html.h"
#include "documents/DeclarationHtml.h"
#include "documents/Letterhead.h"
#include "storage/DeclarationStore.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"

#include <QCoreApplication>

namespace kitetp::ReferralLeaflet {

namespace {
class LeafletText
{
    Q_DECLARE_TR_FUNCTIONS(ReferralLeaflet)
};
} // namespace

std::unique_ptr<PaperDocument> build(ProgrammeFile &file)
{
    using H = DeclarationHtml;
    auto doc = std::make_unique<PaperDocument>(LeafletText::tr("Notice pour les professionnels adresseurs"));
    Letterhead::apply(*doc, file);
    const QHash<QString, QString> fields = FieldStore(file).values();
    auto v = [&fields](const char *key) { return H::value(fields.value(QString::fromLatin1(key))); };

    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(v("programme.title"));
    // What the file records of the declaration, and nothing more: "déclaré" only once the declaration is effective.
    const QString state = H::declaredState(DeclarationTimeline(DeclarationStore(file).events()), QDate::currentDate());
    html += QStringLiteral("<p class=\"muted\">%1 — %2</p>")
                .arg(state.isEmpty() ? LeafletText::tr("Programme d'éducation thérapeutique du patient")
                                     : LeafletText::tr("Programme d'éducation thérapeutique du patient %1").arg(Html::escape(state)),
                     v("structure.name"));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(LeafletText::tr("Ce que le programme propose"), v("programme.summary"));
    QStringList titles;
    for (const Seance &s : GuideStore(file).seancesBrief())
        if (!s.draft)
            titles << Html::escape(s.title);
    if (!titles.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(LeafletText::tr("Ateliers :"), titles.join(QStringLiteral(" · ")));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(LeafletText::tr("Quels patients adresser ?"), v("programme.population"));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(LeafletText::tr("Comment adresser un patient ?"), v("programme.referral"));
    html += QStringLiteral("<p>%1</p>").arg(LeafletText::tr("Le patient reste libre d'entrer dans le programme et d'en sortir. Avec son "
                                                 "accord, son médecin traitant est informé de son parcours."));
    html += QStringLiteral("<h2>%1</h2><p><b>%2</b> — %3<br/>%4 — %5<br/>%6</p>")
                .arg(LeafletText::tr("Contact"), v("contact.name"), v("contact.role"), v("contact.phone"), v("contact.email"),
                     v("structure.places"));
    doc->setBodyHtml(html);
    // One page: smaller type when the texts are long.
    for (qreal pt = 10.5; pt >= 7.0 && doc->pageCount() > 1; pt -= 0.5)
        doc->setBaseFontSize(pt);
    return doc;
}

} // namespace kitetp::ReferralLeaflet
