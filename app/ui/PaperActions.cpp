// SPDX-License-Identifier: EUPL-1.2
#include "ui/PaperActions.h"

#include "ui/FileDialogs.h"
#include "ui/LongWork.h"
#include "ui/Settings.h"
#include "ui/Messages.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace kitetp::PaperActions {

namespace {
class PaperText
{
    Q_DECLARE_TR_FUNCTIONS(PaperActions)
};

// Writes `document` as PDF or ODT on a thread of its own (a copy of it: see PaperDocument::copy), the window
// painting meanwhile.
FileError writeAside(QWidget *parent, const PaperDocument &document, const QString &path, PaperDocument::Privacy privacy)
{
    const bool odt = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    std::shared_ptr<PaperDocument> twin = document.copy();
    return LongWork::write(parent, PaperText::tr("Écriture de « %1 »…").arg(document.title()), [twin, path, privacy, odt](Progress &) {
        return odt ? twin->writeOdt(path, privacy) : twin->writePdf(path, privacy);
    });
}

void rememberLayout(const QPrinter &printer, PaperDocument &document)
{
    QPageLayout layout = printer.pageLayout();
    layout.setUnits(QPageLayout::Millimeter);
    Settings::setPageLayout(layout);
    document.setPageLayout(layout);
}
} // namespace

void preview(QWidget *parent, PaperDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout());
    printer.setDocName(document.title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(PaperText::tr("Aperçu avant impression — %1").arg(document.title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent, [&document](QPrinter *p) {
        document.setPageLayout(p->pageLayout());
        document.render(p);
    });
    dialog.resize(1000, 800);
    dialog.exec();
    rememberLayout(printer, document);
}

void print(QWidget *parent, PaperDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout());
    printer.setDocName(document.title());
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberLayout(printer, document);
    if (!document.render(&printer))
        Messages::warning(parent, PaperText::tr("Impression impossible"), PaperText::tr("L'impression de « %1 » a échoué.").arg(document.title()));
}

void exportPdf(QWidget *parent, const PaperDocument &document, const QString &suggestedName, PaperDocument::Privacy privacy)
{
    // PDF, or ODT when the user chooses that type (or types a name ending in .odt): to adjust in a word processor.
    FileDialogs::saveAs(parent, PaperText::tr("Enregistrer en PDF"), suggestedName + QStringLiteral(".pdf"),
                        PaperText::tr("Documents PDF (*.pdf)") + QStringLiteral(";;") +
                            PaperText::tr("Documents texte ODT (*.odt)"),
                        PaperText::tr("Enregistrement impossible"),
                        [&](const QString &path) { return writeAside(parent, document, path, privacy); });
}

void exportOdt(QWidget *parent, const PaperDocument &document, const QString &suggestedName, PaperDocument::Privacy privacy)
{
    FileDialogs::saveAs(parent, PaperText::tr("Enregistrer en ODT"), suggestedName + QStringLiteral(".odt"),
                        PaperText::tr("Documents texte ODT (*.odt)"), PaperText::tr("Enregistrement impossible"),
                        [&](const QString &path) { return writeAside(parent, document, path, privacy); });
}

} // namespace kitetp::PaperActions
