// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Declaration.h"
#include "documents/PaperDocument.h"
#include "documents/PdfAssembly.h"

#include <QDate>
#include <memory>

namespace kitetp {

class ProgrammeFile;

// The declaration dossier for the ARS, a declaration signed by the declarant: cover (programme, structure,
// coordinator, ARS, date — no verdict of the tool), table of contents with page numbers, the sections in the order
// of the composition of the declaration dossier (arrêté du 30 décembre 2020, annexe 2, as far as it is known), the
// team and the sessions as tables, and the annexes: one table "Pièces jointes / pièces à joindre" with each piece's
// real state, Kit ETP's model texts where the team attached none of its own, then each attached piece after its
// title page. A missing item is printed as missing. The completeness check is not in it (ChecklistDocument).
namespace DossierDocument {
struct Built
{
    std::unique_ptr<PaperDocument> document;
    // The attached pieces' pages, each after its title page (PdfAssembly); the footer numbers count them.
    QList<PdfAssembly::Insertion> insertions;
};
// `addressee`: for a programme run in several regions, the ARS this copy goes to (one of
// DeclarationFacts::addressees(); empty: the dossier's own ARS). Each copy lists the others.
Built buildWithPieces(ProgrammeFile &file, const QDate &today = QDate::currentDate(), const QString &addressee = {});
// The dossier's own pages (preview, print): the attached pieces' pages are only in the PDF (DossierPdf).
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &today = QDate::currentDate());
// The titles of the sections, in order (level-1 headings of the dossier), for tests and the window.
QStringList sectionTitles();
} // namespace DossierDocument

// The dossier as a PDF with the attached pieces inserted (qpdf), written atomically.
namespace DossierPdf {
FileError write(ProgrammeFile &file, const QString &path, const QDate &today = QDate::currentDate(), const QString &addressee = {});
// A document's PDF in memory (for assembling); empty when painting failed.
QByteArray render(const PaperDocument &document);
// Writes bytes atomically to `path` (0600 when `personal`).
FileError save(const QByteArray &bytes, const QString &path, bool personal = false);
} // namespace DossierPdf

// "Préparer la télédéclaration": what the State's online form asks to upload, in a folder — the dossier, one PDF
// per attached piece named by piece ("02-charte-d-engagement-signee-camille-exemple.pdf"), and the answers in the
// order of the form's sections (reponses-teledeclaration.md). `written` receives the paths written.
namespace PiecesFolder {
FileError write(ProgrammeFile &file, const QString &folder, QStringList *written = nullptr);
} // namespace PiecesFolder

// The annexes' model texts, shared by the dossier (and printable alone later).
namespace DossierAnnexes {
QString consentForm(const QHash<QString, QString> &fields);
QString informationSheet(const QHash<QString, QString> &fields);
QString gpLetter(const QHash<QString, QString> &fields);
// The table "Pièces jointes / pièces à joindre": every piece the dossier knows, with its real state.
// `models` lists the pieces for which Kit ETP's model text is printed in the dossier.
QString piecesTable(const DeclarationFacts &facts, const QHash<qint64, int> &pieceNumbers, const QList<Attachment::Piece> &models);
} // namespace DossierAnnexes

// The completeness check as the team's own working document (kitetp export checklist): never sent to the ARS.
namespace ChecklistDocument {
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &today = QDate::currentDate());
} // namespace ChecklistDocument

} // namespace kitetp
