// SPDX-License-Identifier: EUPL-1.2
#include "ui/MainWindow.h"

#include "core/AppInfo.h"
#include "core/Language.h"
#include "storage/BackgroundCheck.h"
#include "storage/PatientStore.h"
#include "core/ProgrammeFields.h"
#include "ui/HelpDock.h"
#include "ui/Icons.h"
#include "model/ProgrammeDocument.h"
#include "ui/Settings.h"
#include "ui/TableLook.h"
#include "ui/UndoRouter.h"
#include "ui/WelcomePage.h"
#include "ui/WindowActions.h"
#include "ui/pages/GuidesPage.h"
#include "ui/declaration/DeclarationPage.h"
#include "ui/pages/EvaluationPage.h"
#include "ui/pages/PatientsPage.h"
#include "ui/pages/ProgrammePage.h"
#include "ui/pages/SessionsPage.h"
#include "ui/pages/TodoPage.h"
#include "ui/IdentityPrivacy.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QDockWidget>
#include <QScrollArea>
#include <QUndoGroup>
#include <QUndoView>


namespace kitetp {

namespace {
const char pageIdProperty[] = "pageId";

// Where `command` acts: its own place, or for a group of edits (a macro) the place of its first edit.
const EditCommand *editOf(const QUndoCommand *command)
{
    if (const auto *edit = dynamic_cast<const EditCommand *>(command))
        return edit;
    return command && command->childCount() > 0 ? dynamic_cast<const EditCommand *>(command->child(0)) : nullptr;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(new Ui::MainWindow)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/kitetp.svg")));
    createWelcome();
    createPages();

    createUndoActions();
    m_help = new HelpDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_help);
    m_help->setFloating(true);
    m_help->hide();
    m_actions = new WindowActions(this, m_help,
                                  {m_ui->actionNew, m_ui->actionOpen, m_undoAction, m_redoAction, m_ui->menuFile,
                                   m_ui->actionClose, m_ui->menuEdit, m_ui->menuHelp});

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newProgramme);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openProgramme);
    connect(m_ui->actionNewDirectory, &QAction::triggered, this, &MainWindow::newDirectory);
    connect(m_ui->actionSaveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_ui->actionClose, &QAction::triggered, this, &MainWindow::closeFile);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("À propos de Kit ETP"),
                           tr("<p><b>Kit ETP %1</b></p><p>Programmes d'éducation thérapeutique du patient : ateliers, "
                              "déclaration à l'ARS, suivi des patients, évaluation.</p>"
                              "<p>Logiciel libre sous licence %2 (%3) : voir le fichier LICENSE.</p>")
                               .arg(AppInfo::version(), AppInfo::licenseName(), AppInfo::licenseId()));
    });
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->pages->setCurrentIndex(row);
        Q_EMIT pageShown(currentPageId());
    });

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionFrench);
    languages->addAction(m_ui->actionEnglish);
    const QString language = Settings::language().isEmpty() ? QLocale().name().left(2) : Settings::language();
    (language == QLatin1String("en") ? m_ui->actionEnglish : m_ui->actionFrench)->setChecked(true);
    connect(m_ui->actionFrench, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("fr")); });
    connect(m_ui->actionEnglish, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    // Hiding identities on screen (shared office, projector): every view of patients follows this switch.
    m_hideIdentitiesAction = new QAction(tr("Masquer les identités des patients"), this);
    m_hideIdentitiesAction->setCheckable(true);
    m_hideIdentitiesAction->setChecked(IdentityPrivacy::instance()->hidden());
    m_hideIdentitiesAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    connect(m_hideIdentitiesAction, &QAction::toggled, IdentityPrivacy::instance(), &IdentityPrivacy::setHidden);
    m_ui->menuSettings->addAction(m_hideIdentitiesAction);

    updateRecentMenu();
    setDocument(nullptr);
    const Settings::WindowLayout layout = Settings::windowLayout();
    // A size kept from a larger screen (or that Qt moved down to show a title bar there is none of) is not kept.
    const bool restored = restoreGeometry(layout.geometry);
    if (!restored || (!isMaximized() && screen() && !screen()->availableGeometry().contains(geometry())))
        setDefaultGeometry();
    restoreState(layout.state);
}

MainWindow::~MainWindow() = default;

// The first opening: 1200×800 where the screen has room for it and its frame; on a smaller screen (a 1366×768 or
// 1280×720 laptop) the window takes the whole available area, maximised, so nothing of a page falls below the screen.
void MainWindow::setDefaultGeometry()
{
    const QSize wanted(1200, 800);
    const QScreen *shown = screen();
    const QRect available = shown ? shown->availableGeometry() : QRect(QPoint(0, 0), wanted);
    const QSize frameRoom(40, 80); // a title bar and borders, a panel the desktop did not report
    if (available.width() >= wanted.width() + frameRoom.width() && available.height() >= wanted.height() + frameRoom.height()) {
        resize(wanted);
        return;
    }
    setGeometry(available);
    setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::createWelcome()
{
    m_welcome = new WelcomePage(m_ui->welcomeHost);
    m_ui->welcomeHost->layout()->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProgramme);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openProgramme);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::openFile, this, &MainWindow::openFile);
}

// Annuler / Rétablir act on the open programme's stack, from any widget of the window (UndoRouter), and say what
// they did; Édition ▸ Historique shows the whole stack.
void MainWindow::createUndoActions()
{
    m_undoGroup = new QUndoGroup(this);
    m_undoAction = new QAction(tr("Annuler"), this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(tr("Rétablir"), this);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setEnabled(false);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    m_ui->menuEdit->addAction(m_undoAction);
    m_ui->menuEdit->addAction(m_redoAction);
    new UndoRouter(this, m_undoAction, m_redoAction);

    auto *history = new QDockWidget(tr("Historique"), this);
    m_historyDock = history;
    history->setObjectName(QStringLiteral("historyDock"));
    auto *view = new QUndoView(m_undoGroup, history);
    view->setObjectName(QStringLiteral("historyView"));
    view->setEmptyLabel(tr("<état à l'ouverture>"));
    history->setWidget(view);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();
    m_historyAction = history->toggleViewAction();
    m_historyAction->setText(tr("&Historique"));
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_historyAction);
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("Annuler") : tr("Annuler : %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("Rétablir") : tr("Rétablir : %1").arg(redo));
}

void MainWindow::undoOrRedo(bool undo)
{
    QUndoStack *stack = m_undoGroup->activeStack();
    if (!stack || !m_document || !(undo ? stack->canUndo() : stack->canRedo()))
        return;
    const QString text = undo ? stack->undoText() : stack->redoText();
    std::optional<EditPlace> place;
    if (const EditCommand *edit = editOf(stack->command(undo ? stack->index() - 1 : stack->index())))
        place = edit->place(); // copied: a command whose write fails is deleted
    bool failed = false;
    const QMetaObject::Connection watch =
        connect(m_document, &ProgrammeDocument::writeFailed, this, [&failed] { failed = true; });
    if (undo)
        stack->undo();
    else
        stack->redo();
    disconnect(watch);
    if (failed)
        return; // the failure has been said, and the edit is gone from the stack
    if (place)
        showPlace(*place);
    statusBar()->showMessage(undo ? tr("Annulé : %1").arg(text) : tr("Rétabli : %1").arg(text), 10000);
}

void MainWindow::showPlace(const EditPlace &place)
{
    if (place.page.isEmpty())
        return;
    showPage(place.page);
    // A patient (still there: not the one a redo just removed) is selected on the Patients page.
    if (place.area == ChangeArea::Patients && place.row > 0) {
        auto *patients = qobject_cast<PatientsPage *>(page(place.page));
        if (patients && PatientStore(m_document->file()).patient(place.row))
            patients->selectPatient(place.row);
        return;
    }
    if (place.area != ChangeArea::Fields || place.key.isEmpty())
        return;
    // A programme field: bring its editor into view, the focus on it.
    const QList<QWidget *> editors = page(place.page) ? page(place.page)->findChildren<QWidget *>() : QList<QWidget *>();
    for (QWidget *editor : editors) {
        if (editor->property("field").toString() != place.key)
            continue;
        for (QWidget *w = editor->parentWidget(); w; w = w->parentWidget())
            if (auto *scroll = qobject_cast<QScrollArea *>(w))
                scroll->ensureWidgetVisible(editor);
        if (editor->isEnabled())
            editor->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void MainWindow::addPage(const QString &id, const QString &label, const QString &iconName, Page *page)
{
    page->setProperty(pageIdProperty, id);
    m_ui->pages->addWidget(page);
    TableLook::applyToAll(page, id);
    // The desktop theme's icon, else ours (resources/icons/<id>.svg).
    auto *item = new QListWidgetItem(Icons::themed(iconName, id), label, m_ui->navigation);
    item->setData(Qt::UserRole, id);
    if (m_ui->navigation->count() <= 9) // WindowActions: Ctrl+1…Ctrl+9
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(label).arg(m_ui->navigation->count()));
    connect(page, &Page::navigateTo, this, &MainWindow::showPage);
    connect(page, &Page::status, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
}

// The parts of a programme, in the order of the navigation.
void MainWindow::createPages()
{
    // First after opening: what the file says is to do; a line shows the page and the item where it is done.
    auto *todo = new TodoPage;
    addPage(QStringLiteral("todo"), tr("À faire"), QStringLiteral("view-task"), todo);
    connect(todo, &TodoPage::placeRequested, this, [this](const EditPlace &place) {
        showPlace(place);
        TodoPage::openItem(page(place.page), place);
    });
    addPage(QStringLiteral("programme"), tr("Programme"), QStringLiteral("document-properties"), new ProgrammePage);
    addPage(QStringLiteral("ateliers"), tr("Ateliers"), QStringLiteral("folder-documents"), new GuidesPage);
    addPage(QStringLiteral("declaration"), tr("Déclaration ARS"), QStringLiteral("mail-send"),
            new DeclarationPage);
    addPage(QStringLiteral("patients"), tr("Patients"), QStringLiteral("system-users"), new PatientsPage);
    addPage(QStringLiteral("seances"), tr("Séances"), QStringLiteral("x-office-calendar"), new SessionsPage);
    addPage(QStringLiteral("evaluation"), tr("Évaluation"), QStringLiteral("x-office-spreadsheet"),
            new EvaluationPage);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->navigation->count(); ++i)
        ids << m_ui->navigation->item(i)->data(Qt::UserRole).toString();
    return ids;
}

Page *MainWindow::page(const QString &id) const
{
    const int index = int(pageIds().indexOf(id));
    return index < 0 ? nullptr : qobject_cast<Page *>(m_ui->pages->widget(index));
}

void MainWindow::showPage(const QString &id)
{
    const int index = int(pageIds().indexOf(id));
    if (index >= 0)
        m_ui->navigation->setCurrentRow(index);
}

QString MainWindow::currentPageId() const
{
    const int row = m_ui->navigation->currentRow();
    return row < 0 ? QString() : m_ui->navigation->item(row)->data(Qt::UserRole).toString();
}

void MainWindow::setDocument(ProgrammeDocument *document)
{
    ProgrammeDocument *old = m_document;
    m_check.reset(); // the check of the file that goes (waits for it to end)
    m_document = document;
    for (int i = 0; i < m_ui->pages->count(); ++i)
        if (auto *p = qobject_cast<Page *>(m_ui->pages->widget(i)))
            p->setDocument(document);
    if (old) {
        m_undoGroup->removeStack(old->undoStack());
        delete old;
    }
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &ProgrammeDocument::writeFailed, this,
                [this](const QString &message) { showError(tr("Modification non enregistrée"), message); });
        connect(document, &ProgrammeDocument::readFailed, this,
                [this](const QString &message) { statusBar()->showMessage(tr("Lecture incomplète : %1").arg(message)); });
        connect(document, &ProgrammeDocument::changed, this, [this](const Change &change) {
            if (change.touches(ChangeArea::Fields) && (change.isWhole(ChangeArea::Fields) ||
                                                       change.keys(ChangeArea::Fields).contains(ProgrammeFields::title())))
                updateTitle();
        });
        // After an undo or a redo, the page where that edit acts comes to the front.
        connect(document, &ProgrammeDocument::revisited, this, [this](const EditPlace &place) {
            if (!place.page.isEmpty())
                showPage(place.page);
        });
        m_ui->centralStack->setCurrentWidget(m_ui->workspace);
        if (m_ui->navigation->currentRow() < 0)
            m_ui->navigation->setCurrentRow(0);
    } else {
        m_welcome->refreshRecent();
        m_ui->centralStack->setCurrentWidget(m_ui->welcomeHost);
    }
    m_ui->actionSaveCopy->setEnabled(document != nullptr);
    m_ui->actionClose->setEnabled(document != nullptr);
    if (m_actions)
        m_actions->update();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(AppInfo::displayName());
        return;
    }
    QString name = QFileInfo(m_document->file().path()).fileName();
    if (m_document->file().writesRefused())
        name += QLatin1Char(' ') + tr("(endommagé, lecture seule)");
    else if (m_document->isReadOnly())
        name += QLatin1Char(' ') + tr("(lecture seule)");
    const QString title = m_document->field(ProgrammeFields::title());
    setWindowTitle(title.isEmpty() ? QStringLiteral("%1 — Kit ETP").arg(name)
                                   : QStringLiteral("%1 — %2 — Kit ETP").arg(title, name));
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString &path : files) {
        QAction *a = m_ui->menuRecent->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
    m_welcome->refreshRecent();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, 15000);
    if (m_prompts)
        QMessageBox::warning(this, title, message);
}

// The language changes at once: the translators are replaced, the window's own texts retranslated and the pages
// built again on the open programme (its undo history stays; commands already done keep the words they were
// named in).
void MainWindow::setLanguage(const QString &language)
{
    Settings::setLanguage(language);
    if (language == Language::current())
        return;
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus(); // the edit being typed is committed first
    Language::install(*qApp, language);
    retranslate();
    // Each language named in its own words.
    statusBar()->showMessage(tr("Langue de l'interface : %1")
                                 .arg(language == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("français")),
                             5000);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    updateUndoTexts();
    m_historyDock->setWindowTitle(tr("Historique"));
    m_historyAction->setText(tr("&Historique"));
    if (auto *view = m_historyDock->findChild<QUndoView *>())
        view->setEmptyLabel(tr("<état à l'ouverture>"));
    m_hideIdentitiesAction->setText(tr("Masquer les identités des patients"));

    delete m_welcome;
    createWelcome();
    const QString shown = currentPageId();
    m_ui->navigation->clear();
    while (m_ui->pages->count() > 0) {
        QWidget *page = m_ui->pages->widget(0);
        m_ui->pages->removeWidget(page);
        delete page;
    }
    createPages();
    for (int i = 0; i < m_ui->pages->count(); ++i)
        if (auto *p = qobject_cast<Page *>(m_ui->pages->widget(i)))
            p->setDocument(m_document);
    if (m_document)
        showPage(shown.isEmpty() ? pageIds().value(0) : shown);
    if (m_actions) {
        m_actions->retranslate();
        m_actions->connectPages();
    }
    updateRecentMenu();
    updateTitle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowLayout({saveGeometry(), saveState()});
    closeFile();
    event->accept();
}

} // namespace kitetp
