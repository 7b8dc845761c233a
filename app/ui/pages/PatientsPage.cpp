// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/PatientsPage.h"

#include "ui/FileDialogs.h"

#include "storage/PatientCsv.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "ui/IdentityPrivacy.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "ui/Settings.h"
#include "ui/pages/PatientListModel.h"
#include "ui/pages/PatientView.h"
#include "ui_patientspage.h"
#include "ui/Messages.h"
#include "ui/LongWork.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace kitetp {

PatientsPage::PatientsPage(QWidget *parent)
    : Page(parent), m_ui(new Ui::PatientsPage), m_model(new PatientListModel(this)), m_proxy(new PatientFilterProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PatientListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->sortByColumn(PatientListModel::Code, Qt::AscendingOrder);
    m_view = new PatientView(m_ui->detailHost);
    m_ui->detailHost->layout()->addWidget(m_view);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({500, 545}); // the list wide enough for its code, name and site; the form whole at 1280 px

    connect(m_ui->search, &QLineEdit::textChanged, this, &PatientsPage::setSearchText);
    connect(m_ui->stageFilter, &QComboBox::activated, this, [this] { m_proxy->setStage(m_ui->stageFilter->currentData().toInt()); updateCount(); });
    connect(m_ui->statusFilter, &QComboBox::activated, this, [this] { m_proxy->setStatus(m_ui->statusFilter->currentData().toInt()); updateCount(); });
    connect(m_ui->yearFilter, &QComboBox::activated, this, [this] { m_proxy->setYear(m_ui->yearFilter->currentData().toInt()); updateCount(); });
    connect(m_ui->siteFilter, &QComboBox::activated, this, [this] { m_proxy->setSite(m_ui->siteFilter->currentData().toString()); updateCount(); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_view->showPatient(m_proxy->data(current, PatientListModel::IdRole).toLongLong());
        Q_EMIT paperChanged();
    });
    // Suppr in the list removes the patient selected; Ctrl+Z brings them back (said in the status bar).
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (const QString code = m_view->removeShown(); !code.isEmpty())
            Q_EMIT status(tr("Supprimé : %1 — Ctrl+Z pour annuler").arg(code));
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &PatientsPage::addPatient);
    connect(m_ui->importButton, &QPushButton::clicked, this, &PatientsPage::importCsv);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PatientsPage::exportCsv);
    connect(m_view, &PatientView::status, this, &Page::status);
    connect(IdentityPrivacy::instance(), &IdentityPrivacy::hiddenChanged, m_model, &PatientListModel::setIdentitiesHidden);
    m_model->setIdentitiesHidden(IdentityPrivacy::instance()->hidden());
    connect(m_ui->overview, &QLabel::linkActivated, this, [this](const QString &link) {
        // "stage:N" links filter the list on that stage.
        const int stage = link.section(QLatin1Char(':'), 1).toInt();
        m_ui->stageFilter->setCurrentIndex(m_ui->stageFilter->findData(stage));
        m_proxy->setStage(stage);
        updateCount();
    });
    PatientsPage::setDocument(nullptr); // this class's own, during construction
}

PatientsPage::~PatientsPage() = default;

void PatientsPage::setDocument(ProgrammeDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_view->setDocument(document);
    if (document)
        connect(document, &ProgrammeDocument::changed, this, [this](const Change &change) {
            if (!change.touches(ChangeArea::Patients | ChangeArea::Sessions))
                return;
            // A change that names its patients (an attendance, a step of the path, an edit) reads only those again;
            // anything else (an import, a session moved) reloads the list.
            const QList<qint64> named = change.rows(ChangeArea::Patients);
            if (named.isEmpty() || change.isWhole(ChangeArea::Patients) || change.isWhole(ChangeArea::Sessions))
                m_reloadAll = true;
            for (qint64 id : named)
                if (!m_changedPatients.contains(id))
                    m_changedPatients << id;
            reloadOrMarkStale(); // behind another page: once, when shown
        });
    setEnabled(document != nullptr);
    const bool writable = document && !document->isReadOnly();
    m_ui->addButton->setEnabled(writable);
    m_ui->importButton->setEnabled(writable);
    reload();
}

void PatientsPage::loadDeferred()
{
    reload();
}

void PatientsPage::reloadStale()
{
    if (m_reloadAll) {
        // Several changes in a row (an import, an undo) reload the list once.
        if (!m_reloadPending) {
            m_reloadPending = true;
            QTimer::singleShot(0, this, &PatientsPage::reload);
        }
        return;
    }
    const QList<qint64> ids = std::exchange(m_changedPatients, {});
    if (ids.isEmpty() || !m_document)
        return;
    const PatientStore store(m_document->file());
    bool newChoice = false; // a site or an entry year the filters do not offer yet
    for (qint64 id : ids) {
        const std::optional<PatientSummary> summary = store.summary(id);
        if (summary && (m_ui->siteFilter->findData(summary->cancerSite) < 0 ||
                        (summary->entryDate.isValid() && m_ui->yearFilter->findData(summary->entryDate.year()) < 0)))
            newChoice = true;
        m_model->updatePatient(id, summary);
    }
    if (newChoice)
        fillFilters();
    updateOverview();
    updateCount();
}

void PatientsPage::reload()
{
    m_reloadPending = false;
    if (m_document && deferLoad())
        return;
    m_reloadAll = false;
    m_changedPatients.clear();
    const qint64 selected = m_view->patientId();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_model->setPatients(m_document ? PatientStore(m_document->file()).summaries() : QList<PatientSummary>(), today);
    fillFilters();
    updateOverview();
    updateCount();
    if (selected)
        selectPatient(selected);
}

void PatientsPage::fillFilters()
{
    const auto refill = [](QComboBox *combo, const QString &any, const QVariant &anyValue, const QList<QPair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(any, anyValue);
        for (const auto &[label, value] : items)
            combo->addItem(label, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<QPair<QString, QVariant>> stages, statuses, years, sites;
    for (PatientPath::Stage s : PatientPath::allStages())
        stages << qMakePair(PatientPath::stageLabel(s), QVariant(int(s)));
    for (Patient::Status s : PatientPath::allStatuses())
        statuses << qMakePair(PatientPath::statusLabel(s), QVariant(int(s)));
    for (int y : m_model->entryYears())
        years << qMakePair(tr("Entrés en %1").arg(y), QVariant(y));
    for (const QString &site : m_model->cancerSites())
        sites << qMakePair(site, QVariant(site));
    refill(m_ui->stageFilter, tr("Toutes les étapes"), -1, stages);
    refill(m_ui->statusFilter, tr("Tous les statuts"), -1, statuses);
    refill(m_ui->yearFilter, tr("Toutes les années"), 0, years);
    refill(m_ui->siteFilter, tr("Toutes les localisations"), QString(), sites);
}

void PatientsPage::updateOverview()
{
    if (!m_document) {
        m_ui->overview->clear();
        return;
    }
    QList<PatientSummary> all;
    all.reserve(m_model->rowCount());
    for (int i = 0; i < m_model->rowCount(); ++i)
        all << *m_model->summary(i);
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const auto w = PatientPath::weekOverview(all, today, quietWeeks());
    // Each count with its own plural (in the translation files).
    const QString link = QStringLiteral("<a href=\"stage:%1\">%2</a>");
    m_ui->overview->setText(
        tr("<b>Cette semaine</b> : %1 · %2 · %3")
            .arg(link.arg(int(PatientPath::Stage::Entry))
                     .arg(tr("%n bilan(s) éducatif(s) à réaliser", nullptr, int(w.assessmentsToHold.size()))),
                 link.arg(int(PatientPath::Stage::Evaluated))
                     .arg(tr("%n synthèse(s) à envoyer au médecin traitant", nullptr, int(w.lettersToSend.size()))),
                 link.arg(int(PatientPath::Stage::Planned))
                     .arg(tr("%n patient(s) sans séance depuis %1 semaines", nullptr, int(w.quietPatients.size()))
                              .arg(quietWeeks()))));
}

void PatientsPage::updateCount()
{
    m_ui->countLabel->setText(tr("%n patient(s) affiché(s) sur %1", nullptr, m_proxy->rowCount()).arg(m_model->rowCount()));
}

void PatientsPage::setSearchText(const QString &text)
{
    if (m_ui->search->text() != text)
        m_ui->search->setText(text);
    m_proxy->setSearch(text);
    updateCount();
}

void PatientsPage::selectPatient(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_ui->table->setCurrentIndex(index);
        m_ui->table->scrollTo(index);
    }
    m_view->showPatient(id);
}

void PatientsPage::addPatient()
{
    Patient p;
    p.code = PatientStore(m_document->file()).nextCode(QDate::currentDate().year());
    auto *command = PatientCommands::addPatient(m_document, p);
    if (m_document->push(command))
        if (const auto added = PatientStore(m_document->file()).patientByCode(p.code)) {
            reload();
            selectPatient(added->id);
            Q_EMIT status(tr("Patient %1 créé : complétez son parcours.").arg(p.code));
        }
}

void PatientsPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Importer des patients"), Settings::lastFolder(), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    // Read twice, one record at a time (memory stays flat whatever the size): checked first, writing nothing, then
    // imported in one transaction once confirmed (the command; undo removes what it added).
    // The check runs on a thread of its own over a read-only connection of its own (the window paints and shows how
    // far it has read); the import itself writes through the open programme, here, following its progress.
    const QDate today = QDate::currentDate();
    const QString programme = m_document->file().path();
    PatientCsv::ImportReport check;
    if (LongWork::run(this, tr("Vérification de « %1 »…").arg(QFileInfo(path).fileName()), [&check, programme, path, today](Progress &progress) {
            auto copy = ProgrammeFile::open(programme, ProgrammeFile::Mode::ReadOnly, ProgrammeFile::Check::Later);
            if (copy.error)
                check.fatal = copy.error.message();
            else
                check = PatientCsv::checkFile(*copy.file, path, today, &progress);
        }) == LongWork::Outcome::Cancelled)
        return;
    if (!check.fatal.isEmpty()) {
        Messages::warning(this, tr("Importer des patients"), tr("Rien n'a été importé : %1").arg(check.fatal));
        return;
    }
    QString details;
    for (const PatientCsv::Rejected &r : check.rejected.mid(0, 30))
        details += tr("Ligne %1 : %2").arg(r.line).arg(r.reason) + QLatin1Char('\n');
    if (check.accepted == 0) {
        QMessageBox none(QMessageBox::Warning, tr("Importer des patients"),
                         tr("Rien n'a été importé : toutes les lignes ont été refusées (%1).").arg(check.rejected.size()),
                         QMessageBox::Ok, this);
        none.setTextFormat(Qt::PlainText);
        none.setDetailedText(details);
        none.exec();
        return;
    }
    // A file with refused lines imports nothing unless the user, shown the refusals, chooses to import the rest.
    const bool refusals = !check.rejected.isEmpty();
    QString question = tr("%n patient(s) prêt(s) à importer", nullptr, check.accepted) + QStringLiteral(", ") +
                       tr("%n ligne(s) refusée(s).", nullptr, int(check.rejected.size())) +
                       QLatin1Char(' ') + (refusals ? tr("Rien ne sera importé sauf si vous choisissez d'importer les lignes valides.") : tr("Importer ?"));
    if (refusals) {
        question += QStringLiteral("\n\n") + tr("Lignes refusées :") + QLatin1Char('\n') + details;
        if (check.rejected.size() > 30)
            question += tr("… et %n autre(s) (voir le détail).", nullptr, int(check.rejected.size()) - 30);
    }
    QMessageBox box(QMessageBox::Question, tr("Importer des patients"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(refusals ? tr("Importer les lignes valides") : tr("Importer"));
    box.setDefaultButton(refusals ? QMessageBox::Cancel : QMessageBox::Yes);
    if (refusals) {
        QString all;
        for (const PatientCsv::Rejected &r : check.rejected)
            all += tr("Ligne %1 : %2").arg(r.line).arg(r.reason) + QLatin1Char('\n');
        box.setDetailedText(all);
    }
    box.setTextFormat(Qt::PlainText);
    if (box.exec() != QMessageBox::Yes)
        return;
    bool imported = false;
    LongWork::runHere(this, tr("Import des patients…"), [&](Progress &progress) {
        imported = m_document->push(PatientCommands::importPatients(m_document, path, today, check.accepted, &progress));
    });
    if (imported)
        Q_EMIT status(tr("%n patient(s) importé(s).", nullptr, check.accepted));
}

void PatientsPage::exportCsv()
{
    QMessageBox ask(QMessageBox::Question, tr("Exporter les patients"),
                    tr("Que doit contenir le fichier ?\n\n"
                       "Pseudonyme : les codes, sans les médecins (adresseur, traitant, adresse) et avec les dates au "
                       "mois, pour des statistiques.\n"
                       "Pseudonyme détaillé : les médecins et les dates exactes en plus.\n"
                       "Avec identités : nom, prénom, année de naissance, sexe, contact et notes en plus.\n\n"
                       "Le fichier sera lisible par vous seul : ne le partagez qu'en sachant pourquoi."),
                    QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText);
    QPushButton *pseudonymous = ask.addButton(tr("Pseudonyme"), QMessageBox::AcceptRole);
    QPushButton *detailed = ask.addButton(tr("Pseudonyme détaillé"), QMessageBox::AcceptRole);
    QPushButton *identities = ask.addButton(tr("Avec identités"), QMessageBox::AcceptRole);
    ask.setDefaultButton(pseudonymous);
    ask.exec();
    if (ask.clickedButton() != pseudonymous && ask.clickedButton() != detailed && ask.clickedButton() != identities)
        return;
    const QString xlsxFilter = tr("Classeur XLSX (*.xlsx)");
    QString filter;
    QString path = FileDialogs::askSavePath(this, tr("Exporter les patients"), tr("patients.csv"),
                                            tr("CSV (*.csv)") + QStringLiteral(";;") + xlsxFilter, &filter);
    if (path.isEmpty())
        return;
    // The extension chooses the format; a name without one takes the filter's.
    if (filter == xlsxFilter && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    PatientCsv::ExportOptions options;
    options.withIdentities = ask.clickedButton() == identities;
    options.withDetails = ask.clickedButton() == detailed;
    int count = 0;
    if (FileError e = xlsx ? PatientCsv::writeXlsx(m_document->file(), path, options, &count)
                           : PatientCsv::writeFile(m_document->file(), path, options, &count))
        Messages::warning(this, tr("Exporter les patients"), e.message());
    else {
        Q_EMIT status(tr("%n patient(s) exporté(s) dans %1", nullptr, count).arg(path));
        FileDialogs::announceWritten(this, path);
    }
}

bool PatientsPage::hasPaper() const
{
    return m_document && m_view->patientId() != 0;
}

void PatientsPage::paper(PaperAction action)
{
    if (hasPaper())
        m_view->letter(action == PaperAction::Print ? 1 : 2);
}

QWidget *PatientsPage::searchField() const
{
    return m_ui->search;
}

} // namespace kitetp
