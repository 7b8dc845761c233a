// SPDX-License-Identifier: EUPL-1.2
// Tables size their columns to what they hold, keep the widths the user gives them, and show a cut text whole.
#include "ui/Settings.h"
#include "ui/TableLook.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace kitetp;

namespace {
const QString longName = QStringLiteral("Marguerite-Hélène Dupont-Lefebvre de la Roche");

std::unique_ptr<QStandardItemModel> people()
{
    auto model = std::make_unique<QStandardItemModel>(0, 3);
    model->setHorizontalHeaderLabels({QStringLiteral("N°"), QStringLiteral("Nom"), QStringLiteral("Note")});
    for (int i = 0; i < 5; ++i)
        model->appendRow({new QStandardItem(QString::number(i)), new QStandardItem(i == 2 ? longName : QStringLiteral("Lé")),
                          new QStandardItem(QStringLiteral("—"))});
    return model;
}
} // namespace

class TableLookTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setHeaderState(QStringLiteral("test/people"), {});
    }

    void columnsFitContentsThenKeepTheUsersWidths()
    {
        auto model = people();
        int dragged = 0;
        {
            QTableView view;
            view.resize(1000, 400);
            view.horizontalHeader()->setStretchLastSection(true);
            TableLook::apply(&view, QStringLiteral("test/people"));
            view.setModel(model.get());
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const int needed = view.fontMetrics().horizontalAdvance(longName);
            QTRY_VERIFY(view.columnWidth(1) >= needed);

            // The user drags the right edge of the "Nom" header 120 px to the left.
            QHeaderView *header = view.horizontalHeader();
            const int edge = header->sectionViewportPosition(1) + header->sectionSize(1) - 1;
            const QPoint from(edge, header->height() / 2);
            QTest::mousePress(header->viewport(), Qt::LeftButton, {}, from);
            QTest::mouseMove(header->viewport(), from - QPoint(60, 0));
            QTest::mouseMove(header->viewport(), from - QPoint(120, 0));
            QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, from - QPoint(120, 0));
            dragged = view.columnWidth(1);
            QVERIFY2(dragged < needed, qPrintable(QString::number(dragged)));

            // The cut name shows whole in its tooltip.
            const QRect cell = view.visualRect(model->index(2, 1));
            QHelpEvent help(QEvent::ToolTip, cell.center(), view.viewport()->mapToGlobal(cell.center()));
            QApplication::sendEvent(view.viewport(), &help);
            QTRY_COMPARE(QToolTip::text(), longName);
            QToolTip::hideText();
        }
        // Next session: the width the user left.
        QTableView again;
        again.resize(1000, 400);
        again.horizontalHeader()->setStretchLastSection(true);
        again.setModel(model.get());
        TableLook::apply(&again, QStringLiteral("test/people"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTest::qWait(50);
        QCOMPARE(again.columnWidth(1), dragged);
    }
};

QTEST_MAIN(TableLookTest)
#include "tst_tablelook.moc"
