// SPDX-License-Identifier: EUPL-1.2
// Long work in the window (ui/LongWork): the window keeps painting while it runs, a progress dialog shows how far it
// has gone and stops it when asked; the dossier PDF, the check of a patients CSV and the migration of an old file go
// through it.
#include "model/ProgrammeDocument.h"
#include "modals.h"
#include "storage/FieldStore.h"
#include "storage/Migrations.h"
#include "storage/ProgrammeFile.h"
#include "storage/TeamStore.h"
#include "testutil.h"
#include "ui/LongWork.h"
#include "ui/MainWindow.h"
#include "ui/declaration/DeclarationPage.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace kitetp;

namespace {
// Counts the window thread's timer ticks: a frozen window counts none.
struct Heartbeat
{
    QTimer timer;
    int beats = 0;
    Heartbeat()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] { ++beats; });
        timer.start();
    }
};

QProgressDialog *progressDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QProgressDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}
} // namespace

class TestLongWork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Work of a second and a half on its thread: the window's timers go on, the dialog shows the step it gives.
    void theWindowPaintsWhileTheWorkRuns()
    {
        QWidget window;
        window.show();
        Heartbeat heartbeat;
        QString shownLabel;
        int shownMaximum = -1;
        QTimer::singleShot(1000, [&] {
            if (QProgressDialog *dialog = progressDialog()) {
                shownLabel = dialog->labelText();
                shownMaximum = dialog->maximum();
            }
        });
        const Qt::HANDLE windowThread = QThread::currentThreadId();
        Qt::HANDLE workThread = nullptr;
        const LongWork::Outcome outcome = LongWork::run(&window, QStringLiteral("Travail"), [&](Progress &progress) {
            workThread = QThread::currentThreadId();
            progress.setTotal(15);
            for (int i = 1; i <= 15; ++i) {
                progress.advance(QStringLiteral("Étape %1 sur 15").arg(i));
                QThread::msleep(100);
            }
        });
        QCOMPARE(outcome, LongWork::Outcome::Finished);
        QVERIFY(workThread != windowThread);
        QVERIFY2(heartbeat.beats >= 25, qPrintable(QString::number(heartbeat.beats)));
        QVERIFY2(shownLabel.startsWith(QStringLiteral("Étape ")), qPrintable(shownLabel));
        QCOMPARE(shownMaximum, 15);
        QTRY_VERIFY(!progressDialog()); // gone with the work
    }

    // The dialog's Annuler, clicked: the work is asked to stop and the caller is told it was cancelled.
    void cancelStopsTheWork()
    {
        QWidget window;
        window.show();
        QTimer::singleShot(800, [] {
            QProgressDialog *dialog = progressDialog();
            QVERIFY(dialog);
            auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("longWorkCancel"));
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        int rounds = 0;
        const LongWork::Outcome outcome = LongWork::run(&window, QStringLiteral("Travail sans fin"), [&rounds](Progress &progress) {
            while (!progress.isCancelled() && rounds < 500) { // 10 s at most
                ++rounds;
                QThread::msleep(20);
            }
        });
        QCOMPARE(outcome, LongWork::Outcome::Cancelled);
        QVERIFY2(rounds < 500, "the work was never asked to stop");
    }

    // Work that must stay on the window's thread repaints it each time it advances.
    void workOnTheWindowThreadRepaintsIt()
    {
        QWidget window;
        window.show();
        Heartbeat heartbeat;
        LongWork::runHere(&window, QStringLiteral("Écriture"), [](Progress &progress) {
            progress.setTotal(60);
            for (int i = 0; i < 60; ++i) {
                QThread::msleep(20);
                progress.advance();
            }
        });
        // Events are let through every 100 ms (each lets one coalesced tick by): about 12 in 1.2 s; a window
        // frozen for the whole work would see a single one at its end.
        QVERIFY2(heartbeat.beats >= 6, qPrintable(QString::number(heartbeat.beats)));
    }

    // "Enregistrer en PDF" of the dossier, clicked: written aside while the window paints, then announced.
    void theDossierIsWrittenWhileTheWindowPaints()
    {
        const QString path = m_dir.filePath(QStringLiteral("dossier-long.etp"));
        {
            auto created = ProgrammeFile::create(path);
            QVERIFY2(!created.error, qPrintable(created.error.message()));
            QVERIFY(!FieldStore(*created.file).setValue(QStringLiteral("programme.title"), QStringLiteral("Programme Fictif Longue Attente")));
            TeamMember m;
            m.name = QStringLiteral("Camille Essai");
            m.profession = QStringLiteral("Infirmière");
            QVERIFY(!TeamStore(*created.file).add(m));
        }
        auto opened = ProgrammeFile::open(path);
        QVERIFY(opened.file);
        ProgrammeDocument doc(std::move(opened.file));
        DeclarationPage page;
        page.setDocument(&doc);
        page.resize(1280, 720);
        page.show();
        auto *button = page.findChild<QPushButton *>(QStringLiteral("dossierPdf"));
        QVERIFY(button);
        const QString pdf = m_dir.filePath(QStringLiteral("dossier-attente.pdf"));
        bool chosen = false;
        Heartbeat heartbeat;
        int beatsAtSave = 0;
        modals::whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; }, [&](QWidget *w) {
            chosen = modals::chooseInDialog(qobject_cast<QFileDialog *>(w), pdf);
            beatsAtSave = heartbeat.beats;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(chosen);
        QVERIFY(QFileInfo::exists(pdf));
        // A write on the window's thread would let at most one (coalesced) tick through.
        QVERIFY2(heartbeat.beats - beatsAtSave >= 2, qPrintable(QString::number(heartbeat.beats - beatsAtSave)));
        const QString text = testutil::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Programme Fictif Longue Attente")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Camille Essai")));
        QWidget *notice = nullptr;
        QTRY_VERIFY((notice = [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("writtenNotice") && w->isVisible())
                    return w;
            return static_cast<QWidget *>(nullptr);
        }()));
        notice->close();
    }

    // An old file opened in the window is migrated on a thread of its own, then shown; the status bar says where
    // the old one was kept.
    void anOldFileIsMigratedAsideThenOpened()
    {
        const QString path = m_dir.filePath(QStringLiteral("ancien.etp"));
        QVERIFY(QFile::copy(testutil::data(QStringLiteral("programme-format1.etp")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(Migrations::fileNeedsMigration(path));
        MainWindow window;
        window.setPromptsEnabled(false);
        window.show();
        QVERIFY2(window.openFile(path), qPrintable(window.lastMessage()));
        QVERIFY(!Migrations::fileNeedsMigration(path));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("l'ancien est conservé")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestLongWork)
#include "tst_longwork.moc"
