// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/TodoPage.h"

#include "ui/pages/GuidesPage.h"

#include "model/ProgrammeDocument.h"
#include "storage/TodoStore.h"
#include "model/TeamModel.h"
#include "ui/declaration/DeclarationPage.h"
#include "ui/declaration/DeclarationWizard.h"
#include "ui/pages/SessionsPage.h"
#include "ui_todopage.h"

#include <QHeaderView>
#include <QTreeWidgetItemIterator>
#include <QKeyEvent>
#include <QLocale>
#include <QTableView>

namespace kitetp {

namespace {

enum Role { IdRole = Qt::UserRole, PageRole, AreaRole, RowRole, KeyRole, DetailRole };
enum Column { What, Value, When };

// Colours that read on a light or a dark background.
QColor colourOf(TodoLine::Urgency urgency)
{
    switch (urgency) {
    case TodoLine::Urgency::Late: return QColor(0xc0, 0x1c, 0x28);
    case TodoLine::Urgency::Missing: return QColor(0xb5, 0x5d, 0x00);
    case TodoLine::Urgency::Soon:
    case TodoLine::Urgency::Info: break;
    }
    return {};
}

template<typename T>
void setIfChanged(QTreeWidgetItem *item, int column, int role, const T &value)
{
    if (item->data(column, role) != QVariant::fromValue(value))
        item->setData(column, role, QVariant::fromValue(value));
}

} // namespace

TodoPage::TodoPage(QWidget *parent) : Page(parent), m_ui(new Ui::TodoPage)
{
    m_ui->setupUi(this);
    QTreeWidget *list = m_ui->todoList;
    list->setHeaderLabels({tr("À faire"), tr("Échéance ou nombre"), tr("Quand")});
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(Value, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    for (TodoLine::Theme theme : TodoBoard::themes()) {
        auto *group = new QTreeWidgetItem(list, {TodoBoard::themeLabel(theme)});
        group->setFlags(Qt::ItemIsEnabled); // a heading: not a link, not selectable
        QFont bold = group->font(What);
        bold.setBold(true);
        group->setFont(What, bold);
        group->setFirstColumnSpanned(true);
        group->setBackground(What, list->palette().alternateBase());
        group->setExpanded(true);
        m_groups.insert(int(theme), group);
    }
    connect(list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { follow(item); });
    // The line's why (its rule, what it counts), for the keyboard as for the mouse.
    connect(list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_ui->detail->setText(item ? item->data(What, DetailRole).toString() : QString());
    });
    list->installEventFilter(this);
    m_ui->intro->setText(tr("Ce que le fichier du programme fait apparaître comme à faire. Cliquez sur une ligne (ou "
                            "Entrée) pour aller là où cela se fait."));
}

TodoPage::~TodoPage() = default;

QTreeWidget *TodoPage::list() const
{
    return m_ui->todoList;
}

QTreeWidgetItem *TodoPage::item(const QString &id) const
{
    for (QTreeWidgetItem *group : m_groups)
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(What, IdRole).toString() == id)
                return group->child(i);
    return nullptr;
}

void TodoPage::showDocument()
{
    if (!document()) {
        m_lines.clear();
        for (QTreeWidgetItem *group : std::as_const(m_groups))
            qDeleteAll(group->takeChildren());
        return;
    }
    if (!deferLoad())
        refresh();
}

void TodoPage::followChange(const Change &change)
{
    // What the board reads: the declaration's events, patients' paths, sessions and attendance, the team, the séance
    // titles, and of the programme fields only its start date (not every keystroke elsewhere).
    constexpr ChangeAreas read = ChangeArea::Declaration | ChangeArea::Patients | ChangeArea::Sessions | ChangeArea::Team
                                 | ChangeArea::Guides;
    const bool start = change.touches(ChangeArea::Fields)
                       && (change.isWhole(ChangeArea::Fields)
                           || change.keys(ChangeArea::Fields).contains(QStringLiteral("programme.start")));
    if (change.touches(read) || start)
        reloadOrMarkStale();
}

void TodoPage::refresh()
{
    if (!document())
        return;
    m_lines = TodoBoard::lines(TodoStore(document()->file()).facts());
    for (TodoLine::Theme theme : TodoBoard::themes()) {
        QList<TodoLine> lines;
        for (const TodoLine &l : std::as_const(m_lines))
            if (l.theme == theme)
                lines << l;
        showLines(theme, lines);
    }
    // The keyboard starts on the first line that leads somewhere; the label under the list follows the current line.
    QTreeWidget *list = m_ui->todoList;
    if (!list->currentItem() || !(list->currentItem()->flags() & Qt::ItemIsSelectable)) {
        for (QTreeWidgetItemIterator it(list, QTreeWidgetItemIterator::Selectable); *it; ++it) {
            list->setCurrentItem(*it);
            break;
        }
    }
    m_ui->detail->setText(list->currentItem() ? list->currentItem()->data(What, DetailRole).toString() : QString());
}

// Brings the group's children to `lines` in place: a line still there keeps its item (and the selection), only
// what changed is set.
void TodoPage::showLines(TodoLine::Theme theme, QList<TodoLine> lines)
{
    QTreeWidgetItem *group = m_groups.value(int(theme));
    // The « Guides partagés » heading shows only while a follow-up is due: most programmes never send a package.
    group->setHidden(theme == TodoLine::Theme::Sharing && lines.isEmpty());
    if (lines.isEmpty()) {
        TodoLine none;
        none.id = QStringLiteral("none");
        none.text = tr("Rien à faire ici d'après le fichier.");
        lines << none;
    }
    QStringList ids;
    for (const TodoLine &l : std::as_const(lines))
        ids << l.id;
    for (int i = group->childCount() - 1; i >= 0; --i)
        if (!ids.contains(group->child(i)->data(What, IdRole).toString()))
            delete group->takeChild(i);
    for (int i = 0; i < lines.size(); ++i) {
        const TodoLine &l = lines.at(i);
        QTreeWidgetItem *child = nullptr;
        for (int j = i; j < group->childCount() && !child; ++j)
            if (group->child(j)->data(What, IdRole).toString() == l.id)
                child = j == i ? group->child(j) : group->takeChild(j);
        if (!child || child->parent() == nullptr) {
            if (!child)
                child = new QTreeWidgetItem;
            group->insertChild(i, child);
        }
        setIfChanged(child, What, IdRole, l.id);
        setIfChanged(child, What, Qt::DisplayRole, l.text);
        setIfChanged(child, Value, Qt::DisplayRole, l.value);
        setIfChanged(child, When, Qt::DisplayRole, l.when);
        const bool linked = !l.link.page.isEmpty();
        setIfChanged(child, What, PageRole, l.link.page);
        setIfChanged(child, What, AreaRole, int(l.link.area));
        setIfChanged(child, What, RowRole, l.link.row);
        setIfChanged(child, What, KeyRole, l.link.key);
        QString tip = l.detail.isEmpty() ? l.text : l.text + QLatin1Char('\n') + l.detail;
        if (linked)
            tip += QLatin1Char('\n') + tr("(clic ou Entrée : aller là où cela se fait)");
        setIfChanged(child, What, Qt::ToolTipRole, tip);
        setIfChanged(child, What, DetailRole, l.detail);
        const Qt::ItemFlags flags = linked ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
        if (child->flags() != flags)
            child->setFlags(flags);
        const QColor colour = colourOf(l.urgency);
        for (int column : {What, Value, When}) {
            if (colour.isValid())
                setIfChanged(child, column, Qt::ForegroundRole, QBrush(colour));
            else if (child->data(column, Qt::ForegroundRole).isValid())
                child->setData(column, Qt::ForegroundRole, QVariant());
        }
        QFont font = child->font(What);
        if (font.underline() != linked) {
            font.setUnderline(linked);
            child->setFont(What, font);
        }
    }
}

bool TodoPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->todoList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            follow(m_ui->todoList->currentItem());
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void TodoPage::follow(QTreeWidgetItem *item)
{
    if (!item || item->data(What, PageRole).toString().isEmpty())
        return;
    EditPlace place;
    place.page = item->data(What, PageRole).toString();
    place.area = ChangeArea(item->data(What, AreaRole).toUInt());
    place.row = item->data(What, RowRole).toLongLong();
    place.key = item->data(What, KeyRole).toString();
    Q_EMIT placeRequested(place);
}

// The member's row in the team table of the wizard just opened, current and in view.
void TodoPage::selectMember(QWidget *declarationPage, qint64 memberId)
{
    const QList<DeclarationWizard *> wizards = declarationPage->findChildren<DeclarationWizard *>(Qt::FindDirectChildrenOnly);
    auto *view = wizards.isEmpty() ? nullptr : wizards.last()->findChild<QTableView *>(QStringLiteral("teamView"));
    auto *model = view ? qobject_cast<TeamModel *>(view->model()) : nullptr;
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->member(row).id == memberId) {
            const QModelIndex index = model->index(row, TeamModel::Name);
            view->setCurrentIndex(index);
            view->scrollTo(index);
            view->setFocus(Qt::OtherFocusReason);
            return;
        }
}

void TodoPage::openItem(Page *page, const EditPlace &place)
{
    if (auto *declaration = qobject_cast<DeclarationPage *>(page)) {
        if (place.key.isEmpty())
            return;
        declaration->openWizard(place.key);
        if (place.area == ChangeArea::Team && place.row > 0)
            selectMember(declaration, place.row);
    } else if (auto *sessions = qobject_cast<SessionsPage *>(page)) {
        if (place.row > 0)
            sessions->selectSession(place.row);
    } else if (auto *guides = qobject_cast<GuidesPage *>(page)) {
        // A package sent six months ago: the list of sendings, its answer to record.
        if (place.key == QLatin1String("sharing"))
            guides->showSharing(place.row);
    }
}

} // namespace kitetp
