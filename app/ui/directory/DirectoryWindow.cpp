// SPDX-License-Identifier: EUPL-1.2
#include "ui/directory/DirectoryWindow.h"

#include "core/Html.h"
#include "core/Printable.h"
#include "documents/DirectoryDocument.h"
#include "model/DirectoryModel.h"
#include "storage/DirectoryStore.h"
#include "storage/OutputFile.h"
#include "ui/FileDialogs.h"
#include "ui/PaperActions.h"
#include "ui/Settings.h"
#include "ui/TableLook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace kitetp {

namespace {

// The local files a drop carries (a mail attachment dropped from a mail client arrives as a file URL too).
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

DirectoryWindow::DirectoryWindow(std::unique_ptr<ProgrammeFile> file, QWidget *parent)
    : QMainWindow(parent, Qt::Window), m_file(std::move(file))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/kitetp.svg")));
    m_model = new DirectoryModel(*m_file, this);
    m_filtered = new DirectoryFilterModel(this);
    m_filtered->setSourceModel(m_model);
    buildWidgets();
    buildMenus();
    const QString title = DirectoryFile::title(*m_file);
    setWindowTitle(tr("Annuaire — %1").arg(title.isEmpty() ? QFileInfo(m_file->path()).fileName() : title));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDepartements();
        updateCount();
        showDetails();
    });
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this, &DirectoryWindow::updateCount);
    connect(m_filtered, &QAbstractItemModel::rowsRemoved, this, &DirectoryWindow::updateCount);
    connect(m_filtered, &QAbstractItemModel::modelReset, this, &DirectoryWindow::updateCount);
    updateDepartements();
    updateCount();
    resize(1100, 700);
}

DirectoryWindow::~DirectoryWindow()
{
    // The views let go of the models before the file they read goes.
    delete centralWidget();
}

DirectoryWindow *DirectoryWindow::open(const QString &path, QWidget *parent, QString *error)
{
    auto result = DirectoryFile::open(path);
    if (result.error.code() == FileError::Locked || result.error.code() == FileError::NotWritable)
        result = DirectoryFile::open(path, ProgrammeFile::Mode::ReadOnly);
    if (result.error) {
        *error = result.error.message();
        return nullptr;
    }
    auto *window = new DirectoryWindow(std::move(result.file), parent);
    window->show();
    if (window->file().isReadOnly())
        window->statusBar()->showMessage(tr("Annuaire ouvert en lecture seule (déjà ouvert ailleurs ou protégé)."), 15000);
    Settings::addRecentFile(path);
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    return window;
}

DirectoryWindow *DirectoryWindow::create(const QString &path, QWidget *parent, QString *error)
{
    auto result = DirectoryFile::create(path);
    if (result.error) {
        *error = result.error.message();
        return nullptr;
    }
    auto *window = new DirectoryWindow(std::move(result.file), parent);
    window->show();
    Settings::addRecentFile(path);
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    return window;
}

void DirectoryWindow::buildWidgets()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *filters = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_departement = new QComboBox(central);
    m_departement->setObjectName(QStringLiteral("departementFilter"));
    m_town = new QLineEdit(central);
    m_town->setObjectName(QStringLiteral("townFilter"));
    m_cancer = new QLineEdit(central);
    m_cancer->setObjectName(QStringLiteral("cancerFilter"));
    m_cancer->setPlaceholderText(tr("sein, côlon, poumon…"));
    m_population = new QLineEdit(central);
    m_population->setObjectName(QStringLiteral("populationFilter"));
    m_population->setPlaceholderText(tr("adultes, adolescents…"));
    for (QLineEdit *edit : {m_town, m_cancer, m_population})
        edit->setClearButtonEnabled(true);
    left->addRow(tr("&Département :"), m_departement);
    left->addRow(tr("&Ville :"), m_town);
    right->addRow(tr("&Localisation du cancer :"), m_cancer);
    right->addRow(tr("P&opulation :"), m_population);
    auto *checks = new QVBoxLayout;
    m_collective = new QCheckBox(tr("&Collectif"), central);
    m_individual = new QCheckBox(tr("&Individuel"), central);
    m_remote = new QCheckBox(tr("À dist&ance"), central);
    m_external = new QCheckBox(tr("Accepte des patients &extérieurs"), central);
    m_collective->setObjectName(QStringLiteral("collectiveFilter"));
    m_individual->setObjectName(QStringLiteral("individualFilter"));
    m_remote->setObjectName(QStringLiteral("remoteFilter"));
    m_external->setObjectName(QStringLiteral("externalFilter"));
    m_external->setToolTip(tr("Seulement les programmes dont la fiche dit qu'ils accueillent des patients suivis ailleurs."));
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_collective);
    formatRow->addWidget(m_individual);
    formatRow->addWidget(m_remote);
    formatRow->addStretch();
    checks->addLayout(formatRow);
    checks->addWidget(m_external);
    filters->addLayout(left, 1);
    filters->addLayout(right, 1);
    filters->addLayout(checks);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, central);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("directoryTable"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Programmes de l'annuaire"));
    TableLook::apply(m_table, QStringLiteral("directory"));
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("directoryDetails"));
    m_details->setAccessibleName(tr("Fiche du programme choisi"));
    m_details->setOpenLinks(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);

    connect(m_departement, &QComboBox::currentIndexChanged, this, &DirectoryWindow::applyFilter);
    for (QLineEdit *edit : {m_town, m_cancer, m_population})
        connect(edit, &QLineEdit::textChanged, this, &DirectoryWindow::applyFilter);
    for (QCheckBox *box : {m_collective, m_individual, m_remote, m_external})
        connect(box, &QCheckBox::toggled, this, &DirectoryWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DirectoryWindow::showDetails);
}

void DirectoryWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&Fichier"));
    QToolBar *bar = addToolBar(tr("Annuaire"));
    bar->setObjectName(QStringLiteral("directoryToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](const QString &text, const QString &name, auto slot, bool writes) {
        QAction *a = fileMenu->addAction(text, this, slot);
        a->setObjectName(name);
        a->setEnabled(!writes || !m_file->isReadOnly());
        bar->addAction(a);
        return a;
    };
    add(tr("&Importer des fiches…"), QStringLiteral("actionImportCards"), [this] { importFiles(); }, true);
    add(tr("Importer un &dossier de fiches…"), QStringLiteral("actionImportFolder"), [this] { importFolder(); }, true);
    fileMenu->addSeparator();
    bar->addSeparator();
    add(tr("&Aperçu et impression de l'annuaire…"), QStringLiteral("actionPrintDirectory"),
        [this] { PaperActions::preview(this, *annuaire()); }, false);
    add(tr("Annuaire en &PDF…"), QStringLiteral("actionDirectoryPdf"),
        [this] { PaperActions::exportPdf(this, *annuaire(), tr("annuaire")); }, false);
    add(tr("Annuaire en &ODT…"), QStringLiteral("actionDirectoryOdt"),
        [this] { PaperActions::exportOdt(this, *annuaire(), tr("annuaire")); }, false);
    add(tr("Exporter en &CSV pour le site…"), QStringLiteral("actionDirectoryCsv"), [this] { exportCsv(); }, false);
    fileMenu->addSeparator();
    QAction *close = fileMenu->addAction(tr("&Fermer l'annuaire"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
}

std::unique_ptr<PaperDocument> DirectoryWindow::annuaire() const
{
    return DirectoryDocument::build(m_model->entries(), DirectoryFile::title(*m_file), m_model->today());
}

void DirectoryWindow::updateDepartements()
{
    const QString current = m_departement->currentData().toString();
    QStringList codes;
    for (const DirectoryEntry &e : m_model->entries())
        if (!e.departement.isEmpty() && !codes.contains(e.departement))
            codes << e.departement;
    const QSignalBlocker block(m_departement);
    m_departement->clear();
    m_departement->addItem(tr("Tous les départements"), QString());
    for (const QString &code : std::as_const(codes))
        m_departement->addItem(Directory::departementLabel(code), code);
    const int at = m_departement->findData(current);
    m_departement->setCurrentIndex(at < 0 ? 0 : at);
    if (at < 0 && !current.isEmpty())
        applyFilter();
}

void DirectoryWindow::applyFilter()
{
    Directory::Filter f;
    f.departement = m_departement->currentData().toString();
    f.town = m_town->text().trimmed();
    f.cancer = m_cancer->text().trimmed();
    f.population = m_population->text().trimmed();
    if (m_collective->isChecked())
        f.formats |= DirectoryFormat::Collective;
    if (m_individual->isChecked())
        f.formats |= DirectoryFormat::Individual;
    if (m_remote->isChecked())
        f.formats |= DirectoryFormat::Remote;
    f.externalOnly = m_external->isChecked();
    m_filtered->setFilter(f);
    updateCount();
    showDetails();
}

void DirectoryWindow::updateCount()
{
    m_count->setText(tr("%n programme(s) affiché(s)", nullptr, m_filtered->rowCount()) + QStringLiteral(" / ") +
                     tr("%n dans l'annuaire", nullptr, m_model->rowCount()));
}

void DirectoryWindow::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setHtml(m_model->rowCount() == 0
                               ? tr("<p>L'annuaire est vide. Importez les fiches annuaire des programmes (Fichier ▸ Importer "
                                    "des fiches…), ou déposez-les sur cette fenêtre.</p>")
                               : QString());
        return;
    }
    const DirectoryEntry &e = m_model->entries().at(m_filtered->mapToSource(current).row());
    const auto line = [](const QString &label, const QString &value) {
        return value.trimmed().isEmpty() ? QString()
                                         : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, Html::escape(value, true));
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(Html::escape(e.title));
    html += QStringLiteral("<p>%1%2</p>")
                .arg(tr("Fiche du %1, ajoutée le %2 depuis « %3 »").arg(shortDate(e.generated), shortDate(e.imported), Html::escape(e.source)),
                     e.isStale(m_model->today()) ? QStringLiteral(" — <b>%1</b>").arg(tr("à mettre à jour")) : QString());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">") + line(tr("Structure porteuse"), e.structure) +
            line(tr("Adresse"), e.address) + line(tr("Problème de santé"), e.condition) + line(tr("Population"), e.population) +
            line(tr("Modalité"), e.setting) + line(tr("Orientation"), e.referral) + line(tr("Coordonnateur"), e.coordinator) +
            line(tr("Contact"), QStringList({e.contactName, e.phone, e.email}).join(QStringLiteral("  "))) + QStringLiteral("</table>");
    const QList<DirectoryEntry> history = DirectoryStore(*m_file).history(e.key);
    if (history.size() > 1) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Historique des fiches"));
        for (const DirectoryEntry &h : history)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("Fiche du %1, ajoutée le %2 depuis « %3 »%4")
                                 .arg(shortDate(h.generated), shortDate(h.imported), Html::escape(h.source),
                                      h.id == e.id ? tr(" (affichée)") : QString()));
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

int DirectoryWindow::importPaths(const QStringList &paths)
{
    if (m_file->isReadOnly()) {
        say(tr("Import impossible"), FileError(FileError::ReadOnly, m_file->path()).message(), true);
        return 0;
    }
    const CardFiles read = CardFiles::read(paths, QDate::currentDate());
    QList<DirectoryStore::Outcome> outcomes;
    if (!read.cards.isEmpty()) {
        if (FileError e = DirectoryStore(*m_file).add(read.cards, &outcomes)) {
            say(tr("Import impossible"), e.message(), true);
            return 0;
        }
    }
    int added = 0, replaced = 0, older = 0, same = 0;
    for (DirectoryStore::Outcome o : std::as_const(outcomes)) {
        added += o == DirectoryStore::Outcome::Added;
        replaced += o == DirectoryStore::Outcome::Replaced;
        older += o == DirectoryStore::Outcome::History;
        same += o == DirectoryStore::Outcome::AlreadyThere;
    }
    QStringList said;
    if (added)
        said << tr("%n programme(s) ajouté(s).", nullptr, added);
    if (replaced)
        said << tr("%n fiche(s) mise(s) à jour (les anciennes restent dans l'historique).", nullptr, replaced);
    if (older)
        said << tr("%n fiche(s) plus ancienne(s) gardée(s) dans l'historique.", nullptr, older);
    if (same)
        said << tr("%n fiche(s) déjà dans l'annuaire.", nullptr, same);
    if (read.cards.isEmpty() && read.refusals.isEmpty())
        said << tr("Aucune fiche trouvée.");
    for (const FileError &e : read.refusals)
        said << e.message();
    say(tr("Import des fiches"), said.join(QLatin1Char('\n')), !read.refusals.isEmpty());
    return added + replaced + older;
}

void DirectoryWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Importer des fiches annuaire"), Settings::lastFolder(),
                                                            tr("Fiches annuaire (*.json);;Tous les fichiers (*)"));
    if (!files.isEmpty()) {
        Settings::setLastFolder(QFileInfo(files.constFirst()).absolutePath());
        importPaths(files);
    }
}

void DirectoryWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Importer les fiches d'un dossier"), Settings::lastFolder());
    if (!folder.isEmpty()) {
        Settings::setLastFolder(folder);
        importPaths({folder});
    }
}

void DirectoryWindow::exportCsv()
{
    FileDialogs::saveAs(this, tr("Exporter l'annuaire en CSV"), tr("annuaire"), tr("CSV (*.csv)"), tr("Export impossible"),
                        [this](const QString &path) { return OutputFile::save(path, Directory::csv(m_model->entries(), m_model->today())); });
}

void DirectoryWindow::say(const QString &title, const QString &message, bool warning)
{
    m_lastMessage = message;
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 15000);
    if (!m_prompts)
        return;
    if (warning)
        QMessageBox::warning(this, title, message);
    else
        QMessageBox::information(this, title, message);
}

void DirectoryWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() && !m_file->isReadOnly())
        event->acceptProposedAction();
}

void DirectoryWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() && !m_file->isReadOnly())
        event->acceptProposedAction();
}

void DirectoryWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(files);
}

} // namespace kitetp
