// SPDX-License-Identifier: EUPL-1.2
// The date editor used wherever a date is edited (ui/DateEdit): what a coordinator types into an empty field becomes
// the date, an impossible date is refused in sight, "Effacer" and "Aujourd'hui" do what they say, and the calendar
// of an empty field opens on today. Real key and mouse events only.
#include "ui/DateEdit.h"
#include "ui/declaration/NotifyChangeDialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace kitetp;

class TestDateEdit : public QObject
{
    Q_OBJECT

private:
    // A window with the editor and a second field to move the focus to, as in a form.
    struct Form
    {
        QWidget window;
        DateEdit *edit;
        QLineEdit *other;
        Form() : edit(new DateEdit(&window)), other(new QLineEdit(&window))
        {
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(new QLabel(QStringLiteral("Date :"), &window));
            layout->addWidget(edit);
            layout->addWidget(other);
            window.resize(320, 120);
            window.show();
            edit->setFocus();
        }
    };
    static QToolButton *buttonOf(DateEdit *edit, const QString &actionText)
    {
        for (QAction *action : edit->actions())
            if (action->text() == actionText)
                for (QObject *o : action->associatedObjects())
                    if (auto *b = qobject_cast<QToolButton *>(o))
                        return b;
        return nullptr;
    }
    static void openCalendarByMouse(DateEdit *edit)
    {
        QToolButton *arrow = buttonOf(edit, QStringLiteral("Calendrier"));
        QVERIFY(arrow);
        QVERIFY(arrow->isVisible());
        QTest::mouseClick(arrow, Qt::LeftButton);
        QTRY_VERIFY(edit->calendarPopup()->isVisible());
    }

private Q_SLOTS:
    void typingIntoAnEmptyEditorGivesTheDate_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("15/01/2025");
        QTest::newRow("ddmmyy") << QStringLiteral("150125");
        QTest::newRow("ddmmyyyy") << QStringLiteral("15012025");
        QTest::newRow("dd/mm/yy") << QStringLiteral("15/01/25");
        QTest::newRow("d/m/yyyy") << QStringLiteral("15/1/2025");
        QTest::newRow("dd.mm.yyyy") << QStringLiteral("15.01.2025");
    }
    void typingIntoAnEmptyEditorGivesTheDate()
    {
        QFETCH(QString, typed);
        Form form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.window));
        QVERIFY(form.edit->text().isEmpty()); // the empty state is a placeholder, not text in the field
        QCOMPARE(form.edit->placeholderText(), QStringLiteral("non renseignée"));
        QVERIFY(form.edit->date().isNull());
        QSignalSpy committed(form.edit, &DateEdit::dateCommitted);
        QTest::keyClicks(form.edit, typed);
        QCOMPARE(form.edit->text(), typed); // nothing else mixed into what was typed
        QTest::keyClick(form.edit, Qt::Key_Return);
        QCOMPARE(form.edit->date(), QDate(2025, 1, 15));
        QCOMPARE(form.edit->text(), QStringLiteral("15/01/2025"));
        QCOMPARE(committed.count(), 1);
        QCOMPARE(committed.at(0).at(0).toDate(), QDate(2025, 1, 15));
        QVERIFY(!form.edit->hasInvalidInput());
    }

    void leavingTheFieldCommitsToo()
    {
        Form form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.window));
        QSignalSpy committed(form.edit, &DateEdit::dateCommitted);
        QTest::keyClicks(form.edit, QStringLiteral("03/04/26"));
        QTest::keyClick(form.edit, Qt::Key_Tab);
        QVERIFY(form.other->hasFocus());
        QCOMPARE(form.edit->date(), QDate(2026, 4, 3));
        QCOMPARE(committed.count(), 1);
    }

    // Two-digit years: the century that brings the year closest to today, 80 years back to 20 years ahead.
    void twoDigitYearsFollowTheCenturyRule()
    {
        const QDate today(2026, 12, 2);
        QCOMPARE(DateEdit::expandYear(25, today), 2025);
        QCOMPARE(DateEdit::expandYear(0, today), 2000);
        QCOMPARE(DateEdit::expandYear(46, today), 2046);
        QCOMPARE(DateEdit::expandYear(47, today), 1947);
        QCOMPARE(DateEdit::expandYear(99, today), 1999);
        QCOMPARE(DateEdit::expandYear(10, QDate(2090, 6, 1)), 2110);
        QCOMPARE(DateEdit::parse(QStringLiteral("01/02/85"), today), QDate(1985, 2, 1));

        // Typed: next year's two digits give next year, not a year of the last century.
        Form form;
        form.edit->setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31));
        const int next = QDate::currentDate().year() + 1;
        QTest::keyClicks(form.edit, QStringLiteral("01/06/%1").arg(next % 100, 2, 10, QLatin1Char('0')));
        QTest::keyClick(form.edit, Qt::Key_Return);
        QCOMPARE(form.edit->date(), QDate(next, 6, 1));
    }

    void anImpossibleDateIsRefusedInSight_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("31 February") << QStringLiteral("31/02/2025");
        QTest::newRow("month 13") << QStringLiteral("01/13/2025");
        QTest::newRow("29 February 2025") << QStringLiteral("29022025");
        QTest::newRow("letters") << QStringLiteral("demain");
        QTest::newRow("out of range") << QStringLiteral("01/01/1850");
    }
    void anImpossibleDateIsRefusedInSight()
    {
        QFETCH(QString, typed);
        Form form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.window));
        form.edit->setDate(QDate(2025, 3, 10));
        QSignalSpy committed(form.edit, &DateEdit::dateCommitted);
        QSignalSpy changed(form.edit, &DateEdit::dateChanged);
        QTest::keyClick(form.edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(form.edit, typed);
        QTest::keyClick(form.edit, Qt::Key_Return);
        QCOMPARE(form.edit->date(), QDate(2025, 3, 10)); // the previous value stays, never a silent other date
        QCOMPARE(committed.count(), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(form.edit->hasInvalidInput());
        QCOMPARE(form.edit->text(), typed); // what was refused stays in sight, in red, with the reason
        QVERIFY(form.edit->styleSheet().contains(QStringLiteral("#c0392b")));
        QCOMPARE(form.edit->toolTip(), form.edit->invalidReason());
        QVERIFY2(form.edit->invalidReason().contains(typed) || form.edit->invalidReason().contains(QStringLiteral("1990")),
                 qPrintable(form.edit->invalidReason()));

        // Correcting it clears the red.
        QTest::keyClick(form.edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(form.edit, QStringLiteral("28/02/2025"));
        QTest::keyClick(form.edit, Qt::Key_Return);
        QCOMPARE(form.edit->date(), QDate(2025, 2, 28));
        QVERIFY(!form.edit->hasInvalidInput());
        QVERIFY(form.edit->styleSheet().isEmpty());
        QCOMPARE(committed.count(), 1);
    }

    void anImpossibleDateInAnEmptyEditorLeavesItEmpty()
    {
        Form form;
        QTest::keyClicks(form.edit, QStringLiteral("31/02/2025"));
        QTest::keyClick(form.edit, Qt::Key_Return);
        QVERIFY(form.edit->date().isNull());
        QVERIFY(form.edit->hasInvalidInput());
    }

    // A dialog does not save the previous date in place of a refused one it shows.
    void aRefusedDateKeepsTheDialogOpen()
    {
        NotifyChangeDialog dialog;
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *date = dialog.findChild<DateEdit *>(QStringLiteral("date"));
        QVERIFY(date);
        QCOMPARE(date->date(), QDate::currentDate());
        date->setFocus();
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date, QStringLiteral("31/02/2025"));
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("dateError"));
        QVERIFY2(error->text().contains(QStringLiteral("31/02/2025")), qPrintable(error->text()));
        dialog.reject();
    }

    void effacerEmptiesIt()
    {
        Form form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.window));
        form.edit->setDate(QDate(2025, 1, 15));
        QSignalSpy committed(form.edit, &DateEdit::dateCommitted);

        // The "Effacer" button of the calendar.
        openCalendarByMouse(form.edit);
        auto *clear = form.edit->calendarPopup()->findChild<QPushButton *>(QStringLiteral("clearButton"));
        QCOMPARE(clear->text(), QStringLiteral("Effacer"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(!form.edit->calendarPopup()->isVisible());
        QVERIFY(form.edit->date().isNull());
        QVERIFY(form.edit->text().isEmpty());
        QCOMPARE(committed.count(), 1);
        QVERIFY(committed.at(0).at(0).toDate().isNull());

        // The clear button in the field.
        form.edit->setDate(QDate(2025, 1, 15));
        QToolButton *cross = buttonOf(form.edit, QStringLiteral("Effacer"));
        QVERIFY(cross);
        QTRY_VERIFY(cross->isVisible());
        QTest::mouseClick(cross, Qt::LeftButton);
        QVERIFY(form.edit->date().isNull());
        QCOMPARE(committed.count(), 2);

        // Deleting the text.
        form.edit->setDate(QDate(2025, 1, 15));
        form.edit->setFocus();
        QTest::keyClick(form.edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(form.edit, Qt::Key_Delete);
        QTest::keyClick(form.edit, Qt::Key_Return);
        QVERIFY(form.edit->date().isNull());
        QCOMPARE(committed.count(), 3);
    }

    void aRequiredDateCannotBeEmptied()
    {
        Form form;
        form.edit->setRequired(true);
        form.edit->setDate(QDate(2025, 1, 15));
        QTest::keyClick(form.edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(form.edit, Qt::Key_Backspace);
        QTest::keyClick(form.edit, Qt::Key_Return);
        QCOMPARE(form.edit->date(), QDate(2025, 1, 15));
        QCOMPARE(form.edit->text(), QStringLiteral("15/01/2025"));
        openCalendarByMouse(form.edit);
        QVERIFY(form.edit->calendarPopup()->findChild<QPushButton *>(QStringLiteral("clearButton"))->isHidden());
    }

    void aujourdhuiGivesToday()
    {
        Form form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.window));
        QSignalSpy committed(form.edit, &DateEdit::dateCommitted);
        QTest::keyClick(form.edit, Qt::Key_Down, Qt::AltModifier); // the keyboard way to the calendar
        QTRY_VERIFY(form.edit->calendarPopup()->isVisible());
        auto *today = form.edit->calendarPopup()->findChild<QPushButton *>(QStringLiteral("todayButton"));
        QCOMPARE(today->text(), QStringLiteral("Aujourd'hui"));
        QTest::mouseClick(today, Qt::LeftButton);
        QCOMPARE(form.edit->date(), QDate::currentDate());
        QCOMPARE(form.edit->text(), QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")));
        QCOMPARE(committed.count(), 1);
    }

    void theCalendarOfAnEmptyEditorShowsToday()
    {
        Form form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.window));
        openCalendarByMouse(form.edit);
        auto *calendar = form.edit->calendarPopup()->findChild<QCalendarWidget *>();
        QVERIFY(calendar);
        const QDate today = QDate::currentDate();
        QCOMPARE(calendar->yearShown(), today.year());
        QCOMPARE(calendar->monthShown(), today.month());
        QCOMPARE(calendar->selectedDate(), today);

        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("tst_dateedit"));
        QDir().mkpath(dir);
        const QString shot = QDir(dir).filePath(QStringLiteral("calendar-empty.png"));
        QVERIFY(form.edit->calendarPopup()->grab().save(shot));
        QVERIFY(form.window.grab().save(QDir(dir).filePath(QStringLiteral("field-empty.png"))));
        qInfo("screenshot: %s", qPrintable(shot));

        // From the calendar by keys: the next day, Return.
        QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Right);
        QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Return);
        QTRY_VERIFY(!form.edit->calendarPopup()->isVisible());
        QCOMPARE(form.edit->date(), today.addDays(1));

        // With a date, the calendar opens on it.
        form.edit->setDate(QDate(2024, 5, 20));
        openCalendarByMouse(form.edit);
        QCOMPARE(calendar->yearShown(), 2024);
        QCOMPARE(calendar->monthShown(), 5);
        QCOMPARE(calendar->selectedDate(), QDate(2024, 5, 20));
        QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Escape);
        QTRY_VERIFY(!form.edit->calendarPopup()->isVisible());
        QCOMPARE(form.edit->date(), QDate(2024, 5, 20));

        form.window.resize(320, 120);
        QVERIFY(form.window.grab().save(QDir(dir).filePath(QStringLiteral("field.png"))));
    }
};

QTEST_MAIN(TestDateEdit)
#include "tst_dateedit.moc"
