// SPDX-License-Identifier: EUPL-1.2
// The completeness check as the team's own working document: what Kit ETP finds in the programme file against
// the dossier and the national specifications. Never part of the dossier sent to the ARS.
#include "documents/DossierDocument.h"

#include "core/DeclarationChecklist.h"
#include "core/Html.h"
#include "documents/DeclarationHtml.h"
#include "documents/Letterhead.h"
#include "storage/DeclarationStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace kitetp::ChecklistDocument {

namespace {
class ChecklistText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistDocument)
};
} // namespace

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &today)
{
    auto doc = std::make_unique<PaperDocument>(ChecklistText::tr("Vérification de complétude (document interne)"));
    Letterhead::apply(*doc, file);
    const DeclarationFacts facts = DeclarationStore(file).facts(today);
    const QList<ChecklistItem> items = DeclarationChecklist::compute(facts);
    const int missing = DeclarationChecklist::count(items, ChecklistItem::Status::Missing);
    const int verify = DeclarationChecklist::count(items, ChecklistItem::Status::ToVerify);
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(ChecklistText::tr("Vérification de complétude du dossier de déclaration"));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(ChecklistText::tr("Document de travail de l'équipe, à ne pas joindre au dossier : le dossier est une déclaration signée "
                           "par le déclarant, pas un avis de Kit ETP."));
    html += QStringLiteral("<p>%1 — %2</p>")
                .arg(DeclarationHtml::value(facts.fields.value(QStringLiteral("programme.title"))), QLocale().toString(today, QLocale::LongFormat));
    html += QStringLiteral("<p>%1 ; %2</p>")
                .arg(ChecklistText::tr("%n élément(s) manquant(s)", nullptr, missing), ChecklistText::tr("%n point(s) à vérifier auprès de votre ARS", nullptr, verify));
    html += DeclarationHtml::checklistTable(items);
    doc->setBodyHtml(html);
    return doc;
}

} // namespace kitetp::ChecklistDocument
