#pragma once

#include "documents/PaperDocument.h"

#include <QDate>
#include <memory>

namespace kitetp {

class ProgrammeFile;

// The declaration dossier for the ARS: cover, table of contents with page numbers, the ten sections in the order of
// the model dossier (declaration.md), the team and the sessions as tables, the commitment charter with who signed
// it, the annexes (consent form, information sheet, letter to the GP) and the completeness check. A missing item
// is printed as missing. The table of contents is laid out, measured and laid out again until its page numbers
// are those of the headings.
namespace DossierDocument {
std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &today = QDate::currentDate());
// The titles of the sections, in order (level-1 headings of the dossier), for tests and the window.
QStringList sectionTitles();
} // namespace DossierDocument

// The annexes' model texts, shared by the dossier (and printable alone later).
namespace DossierAnnexes {
QString consentForm(const QHash<QString, QString> &fields);
QString informationSheet(const QHash<QString, QString> &fields);
QString gpLetter(const QHash<QString, QString> &fields);
} // namespace DossierAnnexes

} // namespace kitetp
