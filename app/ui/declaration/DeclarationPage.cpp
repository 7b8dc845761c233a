// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/DeclarationPage.h"

#include "core/DeclarationFlow.h"
#include "core/Html.h"
#include "documents/DeclarationDocuments.h"
#include "documents/DossierDocument.h"
#include "storage/ProgrammeFile.h"
#include "ui/LongWork.h"
#include "storage/DeclarationStore.h"
#include "ui/FileDialogs.h"
#include "ui/PaperActions.h"
#include "model/ProgrammeDocument.h"
#include "ui/declaration/AttachmentsPanel.h"
#include "ui/declaration/ChecklistModel.h"
#include "model/DeclarationCommands.h"
#include "ui/declaration/DeclarationWizard.h"
#include "ui/declaration/EvaluationDeadlines.h"
#include "ui/declaration/FlowchartView.h"
#include "ui/declaration/NotifyChangeDialog.h"
#include "ui/declaration/TeleDeclarationDialog.h"
#include "ui_declarationpage.h"
#include "storage/OutputFile.h"
#include "ui/Messages.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace kitetp {

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QStringLiteral("—");
}
} // namespace

DeclarationPage::DeclarationPage(QWidget *parent) : Page(parent), m_ui(new Ui::DeclarationPage)
{
    m_ui->setupUi(this);
    m_declarationFlow = new FlowchartView(this);
    m_implementationFlow = new FlowchartView(this);
    // Short tab titles: the three tabs fit side by side; each flowchart carries its full title.
    m_ui->flowTabs->insertTab(0, m_declarationFlow, tr("Déclaration"));
    m_ui->flowTabs->setTabToolTip(0, tr("Logigramme de déclaration"));
    m_ui->flowTabs->insertTab(1, m_implementationFlow, tr("Mise en œuvre"));
    m_ui->flowTabs->setTabToolTip(1, tr("Logigramme de mise en œuvre"));
    m_ui->flowTabs->setCurrentIndex(0);
    m_attachments = new AttachmentsPanel(this);
    m_ui->flowTabs->addTab(m_attachments, tr("Pièces jointes"));
    m_checklist = new ChecklistModel(this);
    setupChecklistView();
    // The flowcharts and the checklist get the width; the dates and the summary stay readable beside them.
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({600, 340});
    connect(m_ui->flowTabs, &QTabWidget::currentChanged, this, [this] {
        const bool flow = m_ui->flowTabs->currentWidget() != m_ui->checklistTab && m_ui->flowTabs->currentWidget() != m_attachments;
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->zoomIn, m_ui->zoomOut, m_ui->zoomFit, m_ui->flowHint})
            w->setVisible(flow);
    });
    connect(m_ui->showChecklist, &QPushButton::clicked, this, [this] {
        m_ui->flowTabs->setCurrentWidget(m_ui->checklistTab);
        // Straight to the first thing to fix.
        for (int row = 0; row < m_checklist->rowCount(); ++row)
            if (m_checklist->item(row).status == ChecklistItem::Status::Missing) {
                const QModelIndex index = m_checklist->index(row, ChecklistModel::Requirement);
                m_ui->checklistView->setCurrentIndex(index);
                m_ui->checklistView->scrollTo(index, QAbstractItemView::PositionAtCenter);
                break;
            }
    });

    connect(m_declarationFlow, &FlowchartView::stepClicked, this, [this](const QString &, const QString &target) { openWizard(target); });
    connect(m_implementationFlow, &FlowchartView::stepClicked, this, [this](const QString &, const QString &target) {
        if (target == QLatin1String("declaration"))
            m_ui->flowTabs->setCurrentWidget(m_declarationFlow);
        else
            Q_EMIT navigateTo(target);
    });
    connect(m_ui->checklistView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const ChecklistItem &item = m_checklist->item(index.row());
        openWizard(item.step, item.field);
    });
    connect(m_ui->zoomIn, &QToolButton::clicked, this, [this] { currentFlow()->zoomBy(1.2); });
    connect(m_ui->zoomOut, &QToolButton::clicked, this, [this] { currentFlow()->zoomBy(1 / 1.2); });
    connect(m_ui->zoomFit, &QToolButton::clicked, this, [this] { currentFlow()->fit(); });
    connect(m_ui->printFlow, &QPushButton::clicked, this, &DeclarationPage::printFlowcharts);
    connect(m_ui->editDates, &QPushButton::clicked, this, [this] { openWizard(QStringLiteral("send")); });
    connect(m_ui->notifyChange, &QPushButton::clicked, this, &DeclarationPage::notifyChange);
    connect(m_ui->dossierPreview, &QPushButton::clicked, this, [this] {
        if (document())
            PaperActions::preview(this, *DossierDocument::build(document()->file()));
    });
    connect(m_ui->dossierPrint, &QPushButton::clicked, this, [this] {
        if (document())
            PaperActions::print(this, *DossierDocument::build(document()->file()));
    });
    connect(m_ui->dossierPdf, &QPushButton::clicked, this, &DeclarationPage::exportDossierPdf);
    connect(m_ui->checklistPdf, &QPushButton::clicked, this, [this] {
        if (document())
            PaperActions::exportPdf(this, *ChecklistDocument::build(document()->file()), tr("completude-document-interne"));
    });
    connect(m_ui->cessationPdf, &QPushButton::clicked, this, &DeclarationPage::exportCessation);
    connect(m_ui->teleDeclaration, &QPushButton::clicked, this, [this] {
        if (!document())
            return;
        TeleDeclarationDialog dialog(document(), this);
        dialog.exec();
    });
    connect(m_ui->leafletPdf, &QPushButton::clicked, this, [this] {
        if (document())
            PaperActions::exportPdf(this, *ReferralLeaflet::build(document()->file()), tr("notice-professionnels"));
    });
    connect(m_ui->cardPdf, &QPushButton::clicked, this, [this] {
        if (document())
            PaperActions::exportPdf(this, *DirectoryCard::build(document()->file()), tr("fiche-annuaire"));
    });
    connect(m_ui->cardJson, &QPushButton::clicked, this, &DeclarationPage::exportCardJson);
    DeclarationPage::showDocument(); // this class's own, during construction
}

DeclarationPage::~DeclarationPage() = default;

FlowchartView *DeclarationPage::currentFlow() const
{
    return m_ui->flowTabs->currentWidget() == m_implementationFlow ? m_implementationFlow : m_declarationFlow;
}

void DeclarationPage::showDocument()
{
    m_attachments->setDocument(document());
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->dossierPreview, m_ui->dossierPrint, m_ui->dossierPdf, m_ui->leafletPdf,
                                                       m_ui->cardPdf, m_ui->cardJson, m_ui->splitter, m_ui->checklistPdf,
                                                       m_ui->teleDeclaration, m_ui->cessationPdf})
        w->setEnabled(document() != nullptr);
    const bool writable = document() && !document()->isReadOnly();
    m_ui->notifyChange->setEnabled(writable);
    reload();
}

void DeclarationPage::followChange(const Change &change)
{
    m_changed |= change.areas();
    reloadOrMarkStale(); // behind another page: once, when shown
}

void DeclarationPage::loadDeferred()
{
    reload();
}

void DeclarationPage::reload()
{
    if (document() && deferLoad())
        return;
    m_facts.reset();
    refresh();
}

DeclarationFacts DeclarationPage::currentFacts()
{
    const ChangeAreas changed = std::exchange(m_changed, {});
    ProgrammeFile &file = document()->file();
    // The counts of patients and sessions are the costly part (20,000 patients): everything is read again unless only
    // the programme fields or the declaration's own rows (funding, events) changed, which are patched in.
    const ChangeAreas patched = ChangeArea::Fields | ChangeArea::Declaration | ChangeArea::Assets | ChangeArea::Templates;
    if (!m_facts || m_facts->today != QDate::currentDate() || (changed & ~patched) != ChangeAreas()) {
        m_facts = DeclarationStore(file).facts();
        return *m_facts;
    }
    if (changed.testFlag(ChangeArea::Fields))
        m_facts->fields = document()->fields();
    if (changed.testFlag(ChangeArea::Declaration)) {
        const DeclarationStore store(file);
        m_facts->funding = store.funding();
        m_facts->events = store.events();
    }
    return *m_facts;
}

void DeclarationPage::refresh()
{
    if (!document()) {
        m_declarationFlow->scene()->clear();
        m_implementationFlow->scene()->clear();
        m_checklist->setItems({});
        m_ui->checklistSummary->clear();
        return;
    }
    const DeclarationFacts facts = currentFacts();
    const QList<ChecklistItem> items = DeclarationChecklist::compute(facts);
    m_declarationFlow->setSteps(tr("Logigramme de déclaration"), DeclarationFlow::declarationSteps(facts, items));
    m_implementationFlow->setSteps(tr("Logigramme de mise en œuvre"), DeclarationFlow::implementationSteps(facts));
    m_checklist->setItems(items);
    showChecklistDetail(m_ui->checklistView->currentIndex());
    const int missing = DeclarationChecklist::count(items, ChecklistItem::Status::Missing);
    const int verify = DeclarationChecklist::count(items, ChecklistItem::Status::ToVerify);
    m_ui->checklistSummary->setText(missing == 0 ? tr("Rien ne manque ; %n point(s) à vérifier auprès de votre ARS.", nullptr, verify)
                                                 : tr("%n élément(s) manquant(s) : ouvrez la liste et double-cliquez une ligne pour la corriger.", nullptr, missing));
    m_ui->checklistSummary->setStyleSheet(missing == 0 ? QStringLiteral("color: #1e6b30;") : QStringLiteral("color: #9c1c1c; font-weight: bold;"));
    const int checklistTab = m_ui->flowTabs->indexOf(m_ui->checklistTab);
    m_ui->flowTabs->setTabText(checklistTab, missing == 0 ? tr("Complétude") : tr("Complétude (%n manquant(s))", nullptr, missing));
    showDates(facts);
    m_attachments->reload();
}

void DeclarationPage::setupChecklistView()
{
    QTableView *view = m_ui->checklistView;
    view->setModel(m_checklist);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    ChecklistModel::setupView(view);
    // The detail of the chosen line is shown below the table (and in every line's tooltip).
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DeclarationPage::showChecklistDetail);
}

void DeclarationPage::showChecklistDetail(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_checklist->rowCount()) {
        m_ui->checklistDetail->setText(tr("Choisissez une ligne pour lire le détail."));
        return;
    }
    const ChecklistItem &item = m_checklist->item(index.row());
    m_ui->checklistDetail->setText(tr("<b>%1 — %2</b> : %3").arg(Html::escape(item.section), Html::escape(ChecklistItem::statusLabel(item.status)),
                                                                  Html::escape(item.reason.isEmpty() ? item.label : item.reason)));
}

void DeclarationPage::showDates(const DeclarationFacts &facts)
{
    const DeclarationTimeline t(facts.events);
    m_ui->sentValue->setText(t.sent().isValid() ? dateText(t.sent()) : tr("pas encore envoyée"));
    QString answer = tr("en attente");
    if (t.acknowledged().isValid())
        answer = tr("accusé de réception du %1").arg(dateText(t.acknowledged()));
    else if (t.awaitingComplement())
        answer = tr("pièces manquantes demandées le %1").arg(dateText(t.missingItems()));
    else if (t.complementSent().isValid())
        answer = tr("compléments envoyés le %1").arg(dateText(t.complementSent()));
    else if (!t.sent().isValid())
        answer = QStringLiteral("—");
    m_ui->answerValue->setText(answer);
    m_ui->deadlineValue->setText(t.acknowledged().isValid() || !t.sent().isValid()
                                     ? QStringLiteral("—")
                                     : tr("%1 (réputé complet sans demande de pièces d'ici là)").arg(dateText(t.completenessDeadline())));
    m_ui->effectiveValue->setText(dateText(t.effective(facts.today)));
    m_ui->startValue->setText(dateText(t.startDeadline(facts.today)));
    // The evaluation's deadlines (kept in their own class: this page's dossier parts change elsewhere).
    if (!m_ui->datesGroup->findChild<EvaluationDeadlines *>())
        new EvaluationDeadlines(m_ui->datesForm, 5, m_ui->datesGroup);
    m_ui->datesGroup->findChild<EvaluationDeadlines *>()->update(document()->file(), facts.today);
    QStringList changes;
    for (const DeclarationEvent &e : t.changes())
        changes << tr("%1 : %2").arg(QLocale().toString(e.date, QLocale::ShortFormat), DeclarationEvent::label(e.change));
    m_ui->changesValue->setText(changes.isEmpty() ? tr("aucun") : changes.join(QLatin1Char('\n')));
    // Stopping a programme is declared within 3 months (R1161-4).
    m_ui->stopValue->setText(t.stopped().isValid()
                                 ? tr("arrêté le %1 ; à déclarer à l'ARS avant le %2").arg(dateText(t.stopped()), dateText(t.stopped().addMonths(3)))
                                 : QStringLiteral("—"));
    m_ui->stopValue->setToolTip(tr("L'arrêt d'un programme se déclare à l'ARS dans les 3 mois (courrier d'arrêt)."));
}

void DeclarationPage::openWizard(const QString &stepId, const QString &fieldKey)
{
    if (!document() || !DeclarationFlow::declarationStepIds().contains(stepId))
        return;
    auto *wizard = new DeclarationWizard(stepId, document(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->startAtField(fieldKey);
    connect(wizard, &DeclarationWizard::navigateTo, this, &Page::navigateTo);
    connect(wizard, &DeclarationWizard::helpRequested, this, &Page::helpRequested);
    connect(wizard, &DeclarationWizard::openStep, this, &DeclarationPage::openWizard, Qt::QueuedConnection);
    wizard->open();
}

void DeclarationPage::notifyChange()
{
    if (!document())
        return;
    NotifyChangeDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DeclarationEvent e = dialog.declarationEvent();
    if (!document()->push(DeclarationCommands::addEvent(document(), e)))
        return;
    Q_EMIT status(tr("Changement enregistré : %1.").arg(DeclarationEvent::label(e.change)));
    PaperActions::exportPdf(this, *NotificationLetter::build(document()->file(), e),
                            tr("notification-ARS-%1").arg(DeclarationEvent::toStored(e.change)));
}

void DeclarationPage::exportDossierPdf()
{
    if (!document())
        return;
    // A programme run in several regions is declared to each ARS: one dossier each, listing the others.
    QString addressee;
    if (const QStringList addressees = DeclarationStore(document()->file()).facts().addressees(); addressees.size() > 1) {
        bool chosen = false;
        addressee = QInputDialog::getItem(this, tr("Dossier de déclaration"),
                                          tr("Le programme est mis en œuvre dans plusieurs régions : il est déclaré à chacune "
                                             "des ARS. À quelle ARS ce dossier est-il adressé ?"),
                                          addressees, 0, false, &chosen);
        if (!chosen)
            return;
    }
    const QString path = FileDialogs::saveAs(this, tr("Enregistrer le dossier en PDF"), tr("dossier-declaration-ARS.pdf"),
                                             tr("Documents PDF (*.pdf)"), tr("Enregistrement impossible"), [&](const QString &to) {
                                                 return writeDossier(to, addressee);
                                             });
    if (!path.isEmpty())
        Q_EMIT status(tr("Dossier enregistré : %1").arg(path));
}

FileError DeclarationPage::writeDossier(const QString &path, const QString &addressee)
{
    // The dossier (its attached pieces converted and inserted) is written on a thread of its own, from a read-only
    // connection of its own to the programme file: the window paints and shows its progress meanwhile.
    const QString programme = document()->file().path();
    return LongWork::write(this, tr("Préparation du dossier de déclaration…"), [programme, path, addressee](Progress &progress) {
        progress.setStep(tr("Lecture du programme…"));
        auto opened = ProgrammeFile::open(programme, ProgrammeFile::Mode::ReadOnly, ProgrammeFile::Check::Later);
        if (opened.error)
            return opened.error;
        progress.setStep(tr("Mise en page du dossier et des pièces jointes…"));
        return DossierPdf::write(*opened.file, path, QDate::currentDate(), addressee);
    });
}

void DeclarationPage::exportCessation()
{
    if (!document())
        return;
    const QDate stop = DeclarationTimeline(DeclarationStore(document()->file()).events()).stopped();
    if (!stop.isValid()) {
        Messages::information(this, tr("Courrier d'arrêt"),
                              tr("Enregistrez d'abord la date de l'arrêt (bouton « Dates… », dernière étape) ; le motif et le "
                                 "devenir des patients en cours se saisissent au même endroit."));
        return;
    }
    PaperActions::exportPdf(this, *CessationLetter::build(document()->file(), stop), tr("declaration-arret-ARS"));
}

void DeclarationPage::exportCardJson()
{
    if (!document())
        return;
    const QByteArray json = QJsonDocument(DirectoryCard::toJson(document()->file())).toJson(QJsonDocument::Indented);
    const QString path = FileDialogs::saveAs(this, tr("Enregistrer la fiche annuaire (JSON)"), tr("fiche-annuaire.json"), tr("JSON (*.json)"),
                                             tr("Fiche annuaire"), [&](const QString &to) { return OutputFile::save(to, json); });
    if (!path.isEmpty())
        Q_EMIT status(tr("Fiche annuaire enregistrée : %1").arg(path));
}

void DeclarationPage::printFlowcharts()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Imprimer les logigrammes"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    m_declarationFlow->renderDiagram(&painter, QRectF(QPointF(0, 0), page.size()));
    printer.newPage();
    m_implementationFlow->renderDiagram(&painter, QRectF(QPointF(0, 0), page.size()));
}

void DeclarationPage::paper(PaperAction action)
{
    if (!document())
        return;
    if (action == PaperAction::Print)
        PaperActions::print(this, *DossierDocument::build(document()->file()));
    else
        exportDossierPdf();
}

} // namespace kitetp
