// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/GuidesPage.h"

#include "core/GuideExchange.h"
#include "core/GuideRules.h"
#include "documents/HandoutDocument.h"
#include "documents/QuizDocument.h"
#include "documents/LeaderGuideDocument.h"
#include "documents/SignInSheetDocument.h"
#include "storage/GuideStore.h"
#include "storage/GuidePackage.h"
#include "storage/GuideTransfer.h"
#include "ui/pages/MaterialsPanel.h"
#include "ui/pages/SharingDialog.h"
#include "ui/FileDialogs.h"
#include "ui/Messages.h"
#include "ui/PaperActions.h"
#include "model/ProgrammeDocument.h"
#include "ui/Settings.h"
#include "model/GuideCommands.h"
#include "model/GuideTreeModel.h"
#include "model/StepsModel.h"
#include "ui_guidespage.h"
#include "storage/InputFile.h"
#include "storage/OutputFile.h"

#include <QFile>
#include <QInputDialog>
#include <QTabWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>

namespace kitetp {

GuidesPage::GuidesPage(QWidget *parent)
    : Page(parent), m_ui(new Ui::GuidesPage), m_tree(new GuideTreeModel(this)), m_steps(new StepsModel(this)),
      m_materials(new MaterialsPanel)
{
    m_ui->setupUi(this);
    m_ui->seanceTabs->addTab(m_materials, tr("Supports"));
    m_ui->tree->setModel(m_tree);
    m_ui->tree->setDropIndicatorShown(true);
    m_ui->splitter->setStretchFactor(1, 3);
    // The tree narrower than the séance's form, whose six tabs then show whole on a 1280-pixel screen; the tree's
    // cut titles show whole in their tooltips.
    m_ui->splitter->setSizes({330, 870});
    m_ui->steps->setModel(m_steps);
    connect(m_ui->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_currentId = m_tree->data(index, GuideTreeModel::IdRole).toLongLong();
        m_currentIsSeance = m_tree->data(index, GuideTreeModel::IsSeanceRole).toBool();
        showCurrent();
        Q_EMIT paperChanged();
    });
    connect(m_tree, &GuideTreeModel::conducteurMoveRequested, this, &GuidesPage::requestConducteurMove);
    connect(m_tree, &GuideTreeModel::seanceMoveRequested, this, &GuidesPage::requestSeanceMove);
    connect(m_ui->addConducteurButton, &QToolButton::clicked, this, &GuidesPage::addConducteur);
    connect(m_ui->addSeanceButton, &QToolButton::clicked, this, &GuidesPage::addSeance);
    connect(m_ui->duplicateButton, &QToolButton::clicked, this, &GuidesPage::duplicateCurrent);
    connect(m_ui->removeButton, &QToolButton::clicked, this, &GuidesPage::removeCurrent);
    // As the text grows, the first match from the top; Entrée, the next one.
    connect(m_ui->search, &QLineEdit::textEdited, this, [this](const QString &text) { findInTree(text, true); });
    connect(m_ui->search, &QLineEdit::returnPressed, this, [this] { findInTree(m_ui->search->text()); });
    // Suppr in the tree removes the item selected; Ctrl+Z brings it back (said in the status bar).
    auto *remove = new QShortcut(QKeySequence::Delete, m_ui->tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        const Seance *s = currentSeance();
        const Conducteur *c = s ? nullptr : currentConducteur();
        if (!document() || (!s && !c))
            return;
        const QString code = s ? s->code : c->code;
        const int before = document()->undoStack()->index();
        removeCurrent();
        if (document()->undoStack()->index() != before)
            Q_EMIT status(tr("Supprimé : %1 — Ctrl+Z pour annuler").arg(code));
    });
    connect(m_ui->upButton, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->downButton, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    m_ui->addConducteurButton->setIcon(QIcon::fromTheme(QStringLiteral("folder-new")));
    m_ui->addSeanceButton->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_ui->removeButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_ui->upButton->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_ui->downButton->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    buildMenus();
    setupForms();
    GuidesPage::showDocument(); // this class's own, during construction
}

GuidesPage::~GuidesPage() = default;

void GuidesPage::showDocument()
{
    m_currentId = 0;
    // The tree and the steps follow a change before the page does (DocumentView connects the page after
    // showDocument()). The tree is read in reload(), when the page is on screen.
    m_tree->setDocument(document(), false);
    m_steps->setDocument(document());
    m_materials->setDocument(document());
    delete m_sharing; // it belonged to the previous file
    m_sharing = nullptr;
    setEnabled(document() != nullptr);
    m_selectFirstPending = true;
    reload();
}

void GuidesPage::followChange(const Change &change)
{
    if (change.touches(GuideStore::area()))
        reload();
}

void GuidesPage::loadDeferred()
{
    reload();
}

// At first sight the form shows the first séance (or the first conducteur), not an empty pane.
void GuidesPage::selectFirst()
{
    const QModelIndex first = m_tree->index(0, 0);
    if (!first.isValid())
        return;
    const QModelIndex seance = m_tree->index(0, 0, first);
    const QModelIndex index = seance.isValid() ? seance : first;
    select(m_tree->data(index, GuideTreeModel::IdRole).toLongLong(), seance.isValid());
}

void GuidesPage::reload()
{
    if (document() && deferLoad())
        return;
    const qint64 id = m_currentId;
    const bool isSeance = m_currentIsSeance;
    m_tree->load(); // once; then the tree itself follows the changes (GuideTreeModel)
    m_ui->tree->expandAll();
    const bool readOnly = !document() || document()->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->addConducteurButton), static_cast<QWidget *>(m_ui->addSeanceButton),
                       static_cast<QWidget *>(m_ui->duplicateButton), static_cast<QWidget *>(m_ui->removeButton),
                       static_cast<QWidget *>(m_ui->upButton), static_cast<QWidget *>(m_ui->downButton),
                       static_cast<QWidget *>(m_ui->conducteurPage), static_cast<QWidget *>(m_ui->seancePage)})
        w->setEnabled(!readOnly);
    select(id, isSeance);
    if (std::exchange(m_selectFirstPending, false))
        selectFirst();
}

void GuidesPage::select(qint64 id, bool isSeance)
{
    const QModelIndex index = isSeance ? m_tree->seanceIndex(id) : m_tree->conducteurIndex(id);
    m_currentId = index.isValid() ? id : 0;
    m_currentIsSeance = index.isValid() && isSeance;
    {
        const QSignalBlocker block(m_ui->tree->selectionModel());
        m_ui->tree->setCurrentIndex(index);
    }
    showCurrent();
}

const Conducteur *GuidesPage::currentConducteur() const
{
    const QModelIndex index = m_currentIsSeance ? m_tree->seanceIndex(m_currentId) : m_tree->conducteurIndex(m_currentId);
    return m_tree->conducteurAt(index);
}

const Seance *GuidesPage::currentSeance() const
{
    return m_currentIsSeance ? m_tree->seanceAt(m_tree->seanceIndex(m_currentId)) : nullptr;
}

void GuidesPage::showCurrent()
{
    if (const Seance *s = currentSeance()) {
        fillSeanceForm(*s);
        m_ui->editorStack->setCurrentWidget(m_ui->seancePage);
    } else if (const Conducteur *c = currentConducteur()) {
        fillConducteurForm(*c);
        m_ui->editorStack->setCurrentWidget(m_ui->conducteurPage);
    } else {
        m_ui->editorStack->setCurrentWidget(m_ui->emptyPage);
    }
    const bool any = currentConducteur() != nullptr;
    m_ui->addSeanceButton->setEnabled(any && document() && !document()->isReadOnly());
    for (QToolButton *b : {m_ui->duplicateButton, m_ui->removeButton, m_ui->upButton, m_ui->downButton})
        b->setEnabled(any && document() && !document()->isReadOnly());
    m_ui->paperButton->setEnabled(any);
}

namespace {
QStringList conducteurCodes(const QList<Conducteur> &cs)
{
    QStringList out;
    for (const Conducteur &c : cs)
        out << c.code;
    return out;
}
QStringList seanceCodes(const QList<Conducteur> &cs)
{
    QStringList out;
    for (const Conducteur &c : cs)
        for (const Seance &s : c.seances)
            out << s.code;
    return out;
}
} // namespace

void GuidesPage::addConducteur()
{
    if (!document())
        return;
    const QList<Conducteur> &cs = m_tree->conducteurs();
    Conducteur c;
    c.code = GuideRules::freeCode(QStringLiteral("C%1").arg(cs.size() + 1), conducteurCodes(cs));
    c.title = tr("Nouveau conducteur");
    c.position = cs.isEmpty() ? 0 : cs.last().position + 1;
    auto *command = GuideCommands::conducteur(document(), std::nullopt, c);
    if (document()->push(command))
        select(command->after()->id, false);
}

void GuidesPage::addSeance()
{
    const Conducteur *c = currentConducteur();
    if (!document() || !c)
        return;
    Seance s;
    s.conducteurId = c->id;
    s.code = GuideRules::freeCode(QStringLiteral("%1S%2").arg(c->code).arg(c->seances.size() + 1), seanceCodes(m_tree->conducteurs()));
    s.title = tr("Nouvelle séance");
    s.position = c->seances.isEmpty() ? 0 : c->seances.last().position + 1;
    s.durationMin = 120;
    s.groupMin = 4;
    s.groupMax = 10;
    s.draft = true;
    auto *command = GuideCommands::seance(document(), std::nullopt, s);
    if (document()->push(command))
        select(command->after()->id, true);
}

void GuidesPage::duplicateCurrent()
{
    if (!document())
        return;
    QStringList taken = seanceCodes(m_tree->conducteurs());
    if (const Seance *current = currentSeance()) {
        Seance copy = *current;
        copy.id = 0;
        copy.code = GuideRules::freeCode(current->code, taken);
        copy.title = tr("%1 (copie)").arg(current->title).left(GuideRules::maxTitle);
        copy.position = current->position;
        auto *command = GuideCommands::seance(document(), std::nullopt, copy, tr("Dupliquer la séance « %1 »").arg(current->code));
        if (document()->push(command))
            select(command->after()->id, true);
    } else if (const Conducteur *c = currentConducteur()) {
        Conducteur copy = *c;
        copy.id = 0;
        copy.code = GuideRules::freeCode(c->code, conducteurCodes(m_tree->conducteurs()));
        copy.title = tr("%1 (copie)").arg(c->title).left(GuideRules::maxTitle);
        copy.position = m_tree->conducteurs().last().position + 1;
        for (Seance &s : copy.seances) {
            s.id = 0;
            s.code = GuideRules::freeCode(s.code, taken);
            taken << s.code;
        }
        auto *command = GuideCommands::conducteur(document(), std::nullopt, copy, tr("Dupliquer le conducteur « %1 »").arg(c->code));
        if (document()->push(command))
            select(command->after()->id, false);
    }
}

void GuidesPage::removeCurrent()
{
    if (!document())
        return;
    if (const Seance *s = currentSeance())
        document()->push(GuideCommands::seance(document(), *s, std::nullopt));
    else if (const Conducteur *c = currentConducteur())
        document()->push(GuideCommands::conducteur(document(), *c, std::nullopt));
}

void GuidesPage::moveCurrent(int delta)
{
    if (const Seance *s = currentSeance()) {
        const Conducteur *c = currentConducteur();
        const int row = m_tree->seanceIndex(s->id).row();
        if (row + delta >= 0 && row + delta < c->seances.size())
            requestSeanceMove(s->id, c->id, delta > 0 ? row + delta + 1 : row + delta);
    } else if (const Conducteur *c = currentConducteur()) {
        const int row = m_tree->conducteurIndex(c->id).row();
        if (row + delta >= 0 && row + delta < m_tree->conducteurs().size())
            requestConducteurMove(c->id, delta > 0 ? row + delta + 1 : row + delta);
    }
}

// `toRow` counts rows before the move, as drag and drop does (dropping below oneself is row + 2).
void GuidesPage::requestConducteurMove(qint64 id, int toRow)
{
    QList<qint64> before;
    for (const Conducteur &c : m_tree->conducteurs())
        before << c.id;
    QList<qint64> after = before;
    const qsizetype from = after.indexOf(id);
    if (from < 0)
        return;
    after.removeAt(from);
    after.insert(std::clamp<qsizetype>(toRow > from ? toRow - 1 : toRow, 0, after.size()), id);
    if (after != before && document())
        document()->push(new ReorderConducteursCommand(document(), before, after));
}

void GuidesPage::requestSeanceMove(qint64 id, qint64 toConducteurId, int toRow)
{
    const QModelIndex index = m_tree->seanceIndex(id);
    const Conducteur *from = m_tree->conducteurAt(index);
    const Conducteur *to = m_tree->conducteurAt(m_tree->conducteurIndex(toConducteurId));
    if (!from || !to || !document())
        return;
    MoveSeanceCommand::Place was{from->id, {}}, will{to->id, {}};
    for (const Seance &s : from->seances)
        was.order << s.id;
    for (const Seance &s : to->seances)
        will.order << s.id;
    const qsizetype old = will.order.indexOf(id);
    if (old >= 0) {
        will.order.removeAt(old);
        if (toRow > old)
            --toRow;
    }
    will.order.insert(std::clamp<qsizetype>(toRow, 0, will.order.size()), id);
    if (was.conducteurId == will.conducteurId && was.order == will.order)
        return;
    if (document()->push(new MoveSeanceCommand(document(), *m_tree->seanceAt(index), was, will)))
        select(id, true);
}

QString GuidesPage::exportGuides(const QString &path, const QString &recipient)
{
    if (!document())
        return {};
    if (path.endsWith(QLatin1Char('.') + GuidePackage::suffix(), Qt::CaseInsensitive)) {
        if (FileError e = GuidePackage::exportPackage(document()->file(), path, {}, recipient))
            return e.message();
        return {};
    }
    if (FileError e = OutputFile::save(path, GuideExchange::toJson(GuideTransfer::collect(document()->file()))))
        return e.message();
    return {};
}

QString GuidesPage::importGuides(const QString &path, bool replace, QString *report)
{
    if (!document())
        return {};
    if (QString why = InputFile::refusal(path); !why.isEmpty())
        return why;
    QString error;
    const auto bundle = GuidePackage::readFile(path, &error);
    if (!bundle)
        return error;
    auto *command = new ImportGuidesCommand(document(), *bundle, replace ? GuideExchange::Mode::Replace : GuideExchange::Mode::Merge);
    const ImportReport *result = &command->report();
    const QString text = document()->push(command) ? result->text() : QString();
    if (report)
        *report = text;
    return text.isEmpty() ? tr("L'import n'a pas été enregistré.") : QString();
}

std::unique_ptr<PaperDocument> GuidesPage::paper(const QString &kind)
{
    if (!document())
        return nullptr;
    const QPageLayout layout = Settings::pageLayout();
    const Seance *s = currentSeance();
    const Conducteur *c = currentConducteur();
    if (kind == QLatin1String("guide") && s)
        return LeaderGuideDocument::forSeance(document()->file(), *s, layout);
    if (kind == QLatin1String("guide") && c)
        return LeaderGuideDocument::forConducteur(document()->file(), *c, layout);
    if (kind == QLatin1String("handout") && s)
        return HandoutDocument::build(document()->file(), *s, layout);
    if (kind == QLatin1String("quiz") && s)
        return QuizDocument::build(document()->file(), *s, QuizDocument::Kind::Sheet, layout);
    if (kind == QLatin1String("quizkey") && s)
        return QuizDocument::build(document()->file(), *s, QuizDocument::Kind::Key, layout);
    if (kind == QLatin1String("signin") && s)
        return SignInSheetDocument::build(document()->file(), *s, {}, layout);
    return nullptr;
}

void GuidesPage::runPaper(const QString &kind, int how)
{
    auto doc = paper(kind);
    if (!doc) {
        Q_EMIT status(tr("Choisissez d'abord une séance."));
        return;
    }
    if (how == 0)
        PaperActions::preview(this, *doc);
    else if (how == 1)
        PaperActions::print(this, *doc);
    else if (how == 2)
        PaperActions::exportPdf(this, *doc, doc->title());
    else
        PaperActions::exportOdt(this, *doc, doc->title());
}

void GuidesPage::buildMenus()
{
    auto *paperMenu = new QMenu(this);
    const QList<std::pair<QString, QString>> kinds = {{QStringLiteral("guide"), tr("Guide d'animation")},
                                                      {QStringLiteral("handout"), tr("Fiche patient (séance)")},
                                                      {QStringLiteral("quiz"), tr("Quiz, fiche patient (séance)")},
                                                      {QStringLiteral("quizkey"), tr("Quiz, corrigé de l'animateur (séance)")},
                                                      {QStringLiteral("signin"), tr("Feuille d'émargement (séance)")}};
    for (const auto &[kind, label] : kinds) {
        QMenu *sub = paperMenu->addMenu(label);
        const QStringList hows = {tr("Aperçu avant impression…"), tr("Imprimer…"), tr("Enregistrer en PDF…"), tr("Enregistrer en ODT…")};
        for (int how = 0; how < hows.size(); ++how)
            connect(sub->addAction(hows[how]), &QAction::triggered, this, [this, kind = kind, how] { runPaper(kind, how); });
    }
    paperMenu->addSeparator();
    connect(paperMenu->addAction(tr("Guide + supports en PDF…")), &QAction::triggered, this, &GuidesPage::askGuideWithSupports);
    m_ui->paperButton->setMenu(paperMenu);
    m_ui->paperButton->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));

    auto *exchangeMenu = new QMenu(this);
    connect(exchangeMenu->addAction(tr("Exporter les guides…")), &QAction::triggered, this, &GuidesPage::askExport);
    connect(exchangeMenu->addAction(tr("Importer des guides…")), &QAction::triggered, this, &GuidesPage::askImport);
    exchangeMenu->addSeparator();
    connect(exchangeMenu->addAction(tr("Envois de paquets…")), &QAction::triggered, this, [this] { showSharing(); });
    m_ui->exchangeButton->setMenu(exchangeMenu);
    m_ui->exchangeButton->setIcon(QIcon::fromTheme(QStringLiteral("document-send")));
}

void GuidesPage::askExport()
{
    const QString path = FileDialogs::askSavePath(this, tr("Exporter les guides"), tr("guides.etpkit"),
                                                  tr("Paquet Kit ETP, guides et supports (*.etpkit);;Guides Kit ETP sans les fichiers des supports (*.json)"));
    if (path.isEmpty())
        return;
    QString recipient;
    if (path.endsWith(QLatin1Char('.') + GuidePackage::suffix(), Qt::CaseInsensitive)) {
        bool ok = false;
        recipient = QInputDialog::getText(this, tr("Exporter les guides"),
                                          tr("À qui envoyez-vous ce paquet ? (noté dans les envois : six mois après, la page « À faire » "
                                             "rappelle de demander comment les supports ont été utilisés)"),
                                          QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    const QString error = exportGuides(path, recipient);
    if (!error.isEmpty())
        Messages::warning(this, tr("Export impossible"), error);
    else {
        Q_EMIT status(tr("Guides exportés : %1").arg(path));
        FileDialogs::announceWritten(this, path);
    }
}

void GuidesPage::askImport()
{
    if (!document() || document()->isReadOnly())
        return;
    const QString path = FileDialogs::askOpenPath(this, tr("Importer des guides"),
                                                  tr("Guides Kit ETP (*.etpkit *.json);;Tous les fichiers (*)"));
    if (path.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Importer des guides"),
                    tr("Ajouter les guides du fichier à ceux du programme, ou remplacer les guides du programme ?"),
                    QMessageBox::Cancel, this);
    QPushButton *merge = ask.addButton(tr("&Ajouter"), QMessageBox::AcceptRole);
    QPushButton *replace = ask.addButton(tr("&Remplacer"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(merge);
    ask.exec();
    const QAbstractButton *clicked = ask.clickedButton();
    if (clicked != merge && clicked != replace)
        return;
    QString report;
    const QString error = importGuides(path, clicked == replace, &report);
    showImportResult(error, report);
}

SharingDialog *GuidesPage::showSharing(qint64 sendingId)
{
    if (!document())
        return nullptr;
    if (!m_sharing)
        m_sharing = new SharingDialog(document(), this);
    m_sharing->reload();
    m_sharing->show();
    m_sharing->raise();
    if (sendingId > 0)
        m_sharing->editAnswer(sendingId);
    return m_sharing;
}

QString GuidesPage::writeGuideWithSupports(const QString &path)
{
    const Seance *s = currentSeance();
    const Conducteur *c = s ? nullptr : currentConducteur();
    auto guide = paper(QStringLiteral("guide"));
    if (!guide || !document())
        return tr("Choisissez une séance ou un conducteur.");
    QString why;
    const QByteArray pdf = LeaderGuideDocument::withSupports(document()->file(), *guide, s ? QList<Seance>{*s} : c->seances, &why);
    if (pdf.isEmpty())
        return why;
    if (FileError e = OutputFile::save(path, pdf))
        return e.message();
    return {};
}

void GuidesPage::askGuideWithSupports()
{
    const Seance *s = currentSeance();
    const Conducteur *c = currentConducteur();
    if (!c)
        return;
    const QString name = tr("guide-et-supports-%1.pdf").arg(s ? s->code : c->code);
    FileDialogs::saveAs(this, tr("Guide + supports en PDF"), name, tr("PDF (*.pdf)"), tr("Enregistrement impossible"),
                        [this](const QString &path) {
                            const QString error = writeGuideWithSupports(path);
                            return error.isEmpty() ? FileError() : FileError(FileError::WriteFailed, path, error);
                        });
}

void GuidesPage::showImportResult(const QString &error, const QString &report)
{
    // The report names the imported guides: their text must not be read as HTML.
    if (!error.isEmpty())
        Messages::warning(this, tr("Import refusé"), error);
    else
        Messages::information(this, tr("Import des guides"), report);
}

QWidget *GuidesPage::searchField() const
{
    return m_ui->search;
}

bool GuidesPage::findInTree(const QString &text, bool fromStart)
{
    if (text.isEmpty())
        return false;
    const QModelIndexList matches = m_tree->match(m_tree->index(0, 0), Qt::DisplayRole, text, -1,
                                                  Qt::MatchContains | Qt::MatchRecursive | Qt::MatchWrap);
    if (matches.isEmpty()) {
        Q_EMIT status(tr("Aucun conducteur ni séance ne contient « %1 ».").arg(text));
        return false;
    }
    // The match after the current item, in the tree's order (match() lists them in that order).
    const QModelIndex current = fromStart ? QModelIndex() : m_ui->tree->currentIndex();
    const qsizetype at = current.isValid() ? matches.indexOf(current) : -1;
    const QModelIndex next = matches.at(at < 0 ? 0 : (at + 1) % matches.size());
    m_ui->tree->setCurrentIndex(next);
    m_ui->tree->scrollTo(next);
    return true;
}

} // namespace kitetp
