// SPDX-License-Identifier: EUPL-1.2
#include "ui/TableLook.h"

#include "ui/Settings.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

namespace kitetp {

namespace {
const char lookProperty[] = "kitetpTableLook";

QHeaderView *horizontalHeaderOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}
} // namespace

void TableLook::apply(QAbstractItemView *view, const QString &key)
{
    if (!view || view->property(lookProperty).toBool() || !horizontalHeaderOf(view))
        return;
    view->setProperty(lookProperty, true);
    new TableLook(view, key);
}

void TableLook::exclude(QAbstractItemView *view)
{
    view->setProperty(lookProperty, true);
}

void TableLook::applyToAll(QWidget *root, const QString &prefix)
{
    const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views)
        if (!view->objectName().isEmpty() && !view->objectName().startsWith(QLatin1String("qt_")))
            apply(view, prefix + QLatin1Char('/') + view->objectName());
}

TableLook::TableLook(QAbstractItemView *view, const QString &key)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_header(horizontalHeaderOf(view)), m_key(key)
{
    const QByteArray state = Settings::headerState(m_key);
    m_viewport->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        if (m_fitting || !m_header->isVisible() || !(QApplication::mouseButtons() & Qt::LeftButton))
            return;
        m_userSized = true; // a drag of the header by the user
        Settings::setHeaderState(m_key, m_header->saveState());
    });
    auto watchModel = [this] {
        if (QAbstractItemModel *model = m_view->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &TableLook::scheduleFit, Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::rowsInserted, this, &TableLook::scheduleFit, Qt::UniqueConnection);
            connect(model, &QAbstractItemModel::layoutChanged, this, &TableLook::scheduleFit, Qt::UniqueConnection);
        }
    };
    watchModel();
    if (!state.isEmpty() && m_header->count() > 0 && m_header->restoreState(state))
        m_userSized = true;
    else
        scheduleFit();
    // A view given its model later (setModel after apply): follow it too.
    connect(m_header, &QHeaderView::sectionCountChanged, this, [this, watchModel] {
        watchModel();
        scheduleFit();
    });
}

void TableLook::scheduleFit()
{
    if (m_userSized || m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fit();
    });
}

void TableLook::fit()
{
    if (m_userSized || !m_view->model())
        return;
    m_fitting = true;
    const int columns = m_header->count();
    const int cap = std::max(160, m_view->viewport()->width() / 3);
    for (int c = 0; c < columns; ++c) {
        if (m_header->isSectionHidden(c) || m_header->sectionResizeMode(c) != QHeaderView::Interactive)
            continue;
        if (c == columns - 1 && m_header->stretchLastSection())
            continue;
        const int wanted = std::max(m_view->sizeHintForColumn(c), m_header->sectionSizeHint(c));
        if (wanted > 0)
            m_header->resizeSection(c, std::min(wanted, cap));
    }
    m_fitting = false;
}

bool TableLook::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the viewport kept at the start: the view may be half destroyed when its viewport's last events come.
    if (watched == m_viewport && event->type() == QEvent::ToolTip)
        return showCutText(event);
    return QObject::eventFilter(watched, event);
}

// A cell without a tooltip of its own whose text does not fit: its whole text as the tooltip.
bool TableLook::showCutText(QEvent *event)
{
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty())
        return false;
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return false;
    const QRect cell = m_view->visualRect(index);
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    int needed = m_view->fontMetrics().horizontalAdvance(text) + margin;
    if (!index.data(Qt::DecorationRole).isNull())
        needed += m_view->iconSize().isValid() ? m_view->iconSize().width() + 4 : 20;
    if (needed <= cell.width() && !text.contains(QLatin1Char('\n')))
        return false;
    QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
    return true;
}

} // namespace kitetp
