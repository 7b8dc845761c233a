// SPDX-License-Identifier: EUPL-1.2
// The dialogs whose form is checked as it is typed (a step of a patient's path, a session): what the user types
// shows its errors in red and keeps OK disabled, warnings in amber leave it enabled, and OK / Annuler close the
// dialog with the answer the caller acts on.
#include "patientfixture.h"

#include "storage/SessionStore.h"
#include "ui/DateEdit.h"
#include "ui/pages/PathEventDialog.h"
#include "ui/pages/SessionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace kitetp;

class TestFormDialogs : public QObject
{
    Q_OBJECT

private:
    template<typename Dialog>
    static QPushButton *button(Dialog &dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog.template findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(which);
    }
    template<typename Dialog>
    static QString issues(Dialog &dialog)
    {
        return dialog.template findChild<QLabel *>(QStringLiteral("issues"))->text();
    }
    // Types the digits of a date over a date edit, replacing what it shows (as a user does after Ctrl+A).
    static void retype(DateEdit *edit, const QString &digits)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, digits);
    }

private Q_SLOTS:
    void pathStepInTheFutureIsRefusedUntilCorrected()
    {
        PatientFixture fx;
        QVERIFY(fx.create());
        PathEventDialog dialog(*fx.file, {});
        PathEvent event;
        event.kind = PathEvent::Kind::Proposal;
        dialog.setEvent(event);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(issues(dialog).isEmpty());

        auto *date = dialog.findChild<DateEdit *>(QStringLiteral("dateEdit"));
        retype(date, QStringLiteral("01012099"));
        QCOMPARE(date->date(), QDate(2099, 1, 1));
        QVERIFY2(issues(dialog).contains(QStringLiteral("dans le futur")), qPrintable(issues(dialog)));
        QVERIFY(issues(dialog).contains(QStringLiteral("#9c1c1c"))); // an error, in red
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());

        const QString lastYear = QString::number(QDate::currentDate().year() - 1);
        retype(date, QStringLiteral("0101") + lastYear);
        QVERIFY2(issues(dialog).isEmpty(), qPrintable(issues(dialog)));
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.pathEvent().date, QDate(lastYear.toInt(), 1, 1));
    }

    void pathStepDialogCancelledLeavesTheAnswerRejected()
    {
        PatientFixture fx;
        QVERIFY(fx.create());
        PathEventDialog dialog(*fx.file, {});
        dialog.setEvent(PathEvent());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void sessionAtABookedPlaceIsAWarningNotARefusal()
    {
        PatientFixture fx;
        QVERIFY(fx.create());
        Session booked;
        booked.seanceId = fx.seances.at(0);
        booked.startsAt = QDateTime(QDate::currentDate().addDays(7), QTime(14, 0));
        booked.durationMin = 120;
        booked.place = QStringLiteral("Salle Fictive");
        QVERIFY(!SessionStore(*fx.file).add(booked));

        SessionDialog dialog(*fx.file);
        Session planned;
        planned.seanceId = fx.seances.at(1);
        planned.startsAt = booked.startsAt.addSecs(1800);
        dialog.setSession(planned);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());

        auto *place = dialog.findChild<QLineEdit *>(QStringLiteral("placeEdit"));
        place->setFocus();
        QTest::keyClick(place, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(place, QStringLiteral("Salle Fictive"));
        QVERIFY2(issues(dialog).contains(QStringLiteral("Le lieu « Salle Fictive » est déjà réservé")), qPrintable(issues(dialog)));
        QVERIFY(issues(dialog).contains(QStringLiteral("#8a5a00"))); // a warning, in amber
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());

        QTest::keyClicks(place, QStringLiteral(" B"));
        QVERIFY2(issues(dialog).isEmpty(), qPrintable(issues(dialog)));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().place, QStringLiteral("Salle Fictive B"));
    }

    void sessionDateIsTypedAndItsTimeKept()
    {
        PatientFixture fx;
        QVERIFY(fx.create());
        SessionDialog dialog(*fx.file);
        Session planned;
        planned.seanceId = fx.seances.at(1);
        planned.startsAt = QDateTime(QDate(2025, 3, 3), QTime(9, 30));
        dialog.setSession(planned);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *date = dialog.findChild<DateEdit *>(QStringLiteral("startDate"));
        QVERIFY(date);
        retype(date, QStringLiteral("150125"));
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(dialog.session().startsAt, QDateTime(QDate(2025, 1, 15), QTime(9, 30)));
        retype(date, QStringLiteral("31/02/2025")); // impossible: refused, the date stays
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY(date->hasInvalidInput());
        QCOMPARE(dialog.session().startsAt, QDateTime(QDate(2025, 1, 15), QTime(9, 30)));
        QVERIFY2(issues(dialog).contains(QStringLiteral("31/02/2025")), qPrintable(issues(dialog)));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled()); // OK cannot save the previous date instead
        retype(date, QStringLiteral("16/01/2025"));
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog.session().startsAt, QDateTime(QDate(2025, 1, 16), QTime(9, 30)));
    }

    void sessionWithoutAnySeanceCannotBePlanned()
    {
        QTemporaryDir dir;
        auto created = ProgrammeFile::create(dir.filePath(QStringLiteral("vide.etp")));
        QVERIFY(!created.error);
        SessionDialog dialog(*created.file);
        Session planned;
        planned.startsAt = QDateTime(QDate::currentDate(), QTime(9, 0));
        dialog.setSession(planned);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shown = issues(dialog);
        QVERIFY2(shown.contains(QStringLiteral("Choisissez la séance")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("<p>Aucune séance n'existe")), qPrintable(shown)); // a note, in the text's colour
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestFormDialogs)
#include "tst_form_dialogs.moc"
