// SPDX-License-Identifier: EUPL-1.2
// The window, offscreen: the welcome page, every part of a programme, edits with undo/redo, the New and Open
// dialogs, bad files and a file open elsewhere.
#include "core/ProgrammeFields.h"
#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"
#include "testutil.h"
#include "ui/MainWindow.h"
#include "model/ProgrammeDocument.h"
#include "ui/Settings.h"
#include "storage/AssetStore.h"
#include "ui/pages/Page.h"
#include "ui/pages/ProgrammePage.h"
#include "storage/GuideStore.h"
#include "model/GuideTreeModel.h"
#include "ui/pages/GuidesPage.h"

#include <QImage>

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "modals.h"

using namespace kitetp;

namespace {

QString fieldValue(MainWindow &window, const QString &key)
{
    return FieldStore(window.document()->file()).value(key);
}

} // namespace

class TestMainWindow : public QObject
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

    // The window comes back at the size the user left it (on the 1280×720 screen this test is given; a
    // size larger than the screen is not restored, tst_smallscreen).
    void windowLayoutIsKeptBetweenSessions()
    {
        {
            MainWindow window;
            window.setPromptsEnabled(false);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1240, 690);
            QTRY_COMPARE(window.size(), QSize(1240, 690));
            QVERIFY(window.close());
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1240, 690));
    }

    void welcomeThenEveryPart()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        window.show();
        QVERIFY(!window.document());
        QCOMPARE(window.windowTitle(), QStringLiteral("Kit ETP"));
        const QStringList expected = {QStringLiteral("todo"), QStringLiteral("programme"), QStringLiteral("ateliers"), QStringLiteral("declaration"),
                                      QStringLiteral("patients"), QStringLiteral("seances"), QStringLiteral("evaluation")};
        QCOMPARE(window.pageIds(), expected);

        const QString path = m_dir.filePath(QStringLiteral("fenetre.etp"));
        QVERIFY(window.createFile(path, QStringLiteral("Programme « essai »"), QStringLiteral("empty")));
        QVERIFY(window.document());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Programme « essai »")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("fenetre.etp")));
        for (const QString &id : expected) {
            window.showPage(id);
            QCOMPARE(window.currentPageId(), id);
            QVERIFY(window.page(id)->isVisible());
        }
        QCOMPARE(Settings::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
        auto *recent = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recent && recent->isEnabled());
        window.closeFile();
        QVERIFY(!window.document());
    }

    // Opening a programme loads the page in view only; a page hidden behind it loads when the user first goes to it,
    // and a change made while it is hidden shows when the user comes back.
    void hiddenPagesLoadWhenShown()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("lazy.etp")), QStringLiteral("Paresseux"), QStringLiteral("oncoplet")));
        window.showPage(QStringLiteral("programme"));
        auto *guides = static_cast<GuidesPage *>(window.page(QStringLiteral("ateliers")));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const auto go = [navigation](const QString &id) {
            for (int row = 0; row < navigation->count(); ++row)
                if (navigation->item(row)->data(Qt::UserRole).toString() == id) {
                    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(navigation->item(row)).center());
                    return;
                }
            QFAIL("no such page");
        };
        window.closeFile();
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("lazy.etp"))));
        QCOMPARE(guides->treeModel()->rowCount(), 0); // not loaded while hidden
        go(QStringLiteral("ateliers"));
        QCOMPARE(window.currentPageId(), QStringLiteral("ateliers"));
        QCOMPARE(guides->treeModel()->rowCount(), 3); // the ONCOPLET conducteurs, as soon as shown
        QVERIFY(guides->currentSeance()); // the first séance, as before

        go(QStringLiteral("programme"));
        Conducteur extra;
        extra.code = QStringLiteral("C9");
        extra.title = QStringLiteral("Ajouté pendant que la page est cachée");
        QVERIFY(!GuideStore(window.document()->file()).addConducteur(extra));
        go(QStringLiteral("ateliers"));
        QCOMPARE(guides->treeModel()->rowCount(), 4);
    }

    void editsAreSavedAndUndoable()
    {
        const QString path = m_dir.filePath(QStringLiteral("edits.etp"));
        {
            MainWindow window;
            window.setPromptsEnabled(false);
            QVERIFY(window.createFile(path, QStringLiteral("Avant"), QStringLiteral("empty")));
            window.show();
            window.showPage(QStringLiteral("programme"));
            auto *title = window.page(QStringLiteral("programme"))->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            QVERIFY(title);
            QCOMPARE(title->text(), QStringLiteral("Avant"));
            title->setText(QStringLiteral("Après <b>&</b>"));
            Q_EMIT title->editingFinished();
            QCOMPARE(fieldValue(window, ProgrammeFields::title()), QStringLiteral("Après <b>&</b>"));
            QVERIFY(window.windowTitle().contains(QStringLiteral("Après <b>&</b>")));

            QUndoStack *stack = window.document()->undoStack();
            QCOMPARE(stack->count(), 1);
            QVERIFY(stack->undoText().contains(QStringLiteral("Titre du programme")));
            stack->undo();
            QCOMPARE(fieldValue(window, ProgrammeFields::title()), QStringLiteral("Avant"));
            QCOMPARE(title->text(), QStringLiteral("Avant")); // the editor follows
            stack->redo();
            QCOMPARE(title->text(), QStringLiteral("Après <b>&</b>"));

            // A refused value is explained next to the field and not saved.
            auto *email = window.page(QStringLiteral("programme"))->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
            auto *emailError = window.page(QStringLiteral("programme"))->findChild<QLabel *>(QStringLiteral("emailEditError"));
            email->setText(QStringLiteral("pas-un-courriel"));
            Q_EMIT email->editingFinished();
            QVERIFY(emailError->isVisible());
            QVERIFY(emailError->text().contains(QStringLiteral("courriel")));
            QCOMPARE(fieldValue(window, QStringLiteral("contact.email")), QString());
            QCOMPARE(stack->count(), 1);
        }
        // What was confirmed is in the file without any Save.
        auto reopened = ProgrammeFile::open(path);
        QVERIFY(!reopened.error);
        QCOMPARE(FieldStore(*reopened.file).value(ProgrammeFields::title()), QStringLiteral("Après <b>&</b>"));
    }

    void textStillInAnEditorIsSavedWhenTheProgrammeCloses()
    {
        const QString path = m_dir.filePath(QStringLiteral("fermeture.etp"));
        {
            MainWindow window;
            window.setPromptsEnabled(false);
            QVERIFY(window.createFile(path, QStringLiteral("Titre"), QStringLiteral("empty")));
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.showPage(QStringLiteral("programme"));
            auto *contact = window.page(QStringLiteral("programme"))->findChild<QLineEdit *>(QStringLiteral("contactNameEdit"));
            contact->setFocus();
            QTRY_VERIFY(contact->hasFocus());
            QTest::keyClicks(contact, QStringLiteral("Camille")); // typed, never confirmed with Enter
            window.closeFile();
        }
        auto reopened = ProgrammeFile::open(path);
        QVERIFY(!reopened.error);
        QCOMPARE(FieldStore(*reopened.file).value(QStringLiteral("contact.name")), QStringLiteral("Camille"));
    }

    void aRefusedValueStaysOnScreenAndUndoRestoresOldValues()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("refus.etp")), QStringLiteral("Titre"), QStringLiteral("empty")));
        Page *page = window.page(QStringLiteral("programme"));
        auto *email = page->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        email->setText(QStringLiteral("marie@"));
        Q_EMIT email->editingFinished();
        auto *role = page->findChild<QLineEdit *>(QStringLiteral("contactRoleEdit"));
        role->setText(QStringLiteral("Infirmière"));
        Q_EMIT role->editingFinished();
        QCOMPARE(fieldValue(window, QStringLiteral("contact.role")), QStringLiteral("Infirmière"));
        QCOMPARE(email->text(), QStringLiteral("marie@")); // still there to correct, with its message
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("emailEditError"))->isHidden());

        // A value stored under older, looser rules comes back on undo even though today's rules refuse it.
        QVERIFY(!FieldStore(window.document()->file()).restoreValue(QStringLiteral("contact.phone"), QString(60, QLatin1Char('1'))));
        auto *phone = page->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        phone->setText(QStringLiteral("02 40 00 00 00"));
        Q_EMIT phone->editingFinished();
        window.document()->undoStack()->undo();
        QCOMPARE(fieldValue(window, QStringLiteral("contact.phone")), QString(60, QLatin1Char('1')));
    }

    void badFilesGetAMessageAndTheOpenProgrammeStays()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        const QString good = m_dir.filePath(QStringLiteral("bon.etp"));
        QVERIFY(window.createFile(good, QStringLiteral("Bon"), QStringLiteral("empty")));
        const QString bad = testutil::data(QStringLiteral("programme-format99.etp"));
        QVERIFY(!window.openFile(bad));
        QVERIFY(window.lastMessage().contains(QStringLiteral("version plus récente")));
        QVERIFY(window.document());
        QCOMPARE(window.document()->file().path(), QFileInfo(good).absoluteFilePath());
        QVERIFY(!window.openFile(testutil::data(QStringLiteral("not-sqlite.etp"))));
        QVERIFY(window.lastMessage().contains(QStringLiteral("n'est pas un fichier de programme")));
    }

    void aMessageBoxExplainsABadFile()
    {
        MainWindow window;
        window.show();
        QString shown;
        modals::whenModal(modals::anyWindow, [&shown](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.openFile(testutil::data(QStringLiteral("foreign.etp"))));
        QVERIFY2(shown.contains(QStringLiteral("autre application")), qPrintable(shown));
    }

    void aFileOpenElsewhereOpensReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("partage.etp"));
        auto elsewhere = ProgrammeFile::create(path);
        QVERIFY(!elsewhere.error);
        QVERIFY(!FieldStore(*elsewhere.file).setValue(ProgrammeFields::title(), QStringLiteral("Partagé")));

        MainWindow window;
        window.show();
        QString question;
        modals::whenModal(modals::anyWindow, [&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text().contains(QStringLiteral("lecture seule")))
                    b->click();
        });
        QVERIFY(window.openFile(path));
        QVERIFY(question.contains(QStringLiteral("déjà ouvert")));
        QVERIFY(window.document()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("lecture seule")));
        auto *title = window.page(QStringLiteral("programme"))->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QCOMPARE(title->text(), QStringLiteral("Partagé"));
        QVERIFY(title->isReadOnly());
    }

    void theTeamLogoIsChosenCheckedAndUndoable()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("logo.etp")), QStringLiteral("Logo"), QStringLiteral("empty")));
        auto *page = qobject_cast<ProgrammePage *>(window.page(QStringLiteral("programme")));
        QVERIFY(page);
        const QString png = m_dir.filePath(QStringLiteral("logo.png"));
        QImage image(120, 40, QImage::Format_RGB32);
        image.fill(QColor(0x1f, 0x4e, 0x79));
        QVERIFY(image.save(png));
        QCOMPARE(page->setLogoFromFile(png), QString());
        AssetStore assets(window.document()->file());
        QCOMPARE(assets.mimeType(AssetStore::logoKey()), QStringLiteral("image/png"));
        QCOMPARE(QImage::fromData(assets.data(AssetStore::logoKey())).size(), QSize(120, 40));
        window.document()->undoStack()->undo();
        QVERIFY(assets.data(AssetStore::logoKey()).isEmpty());

        // Not an image: refused with a reason, nothing stored.
        QVERIFY(page->setLogoFromFile(testutil::data(QStringLiteral("not-sqlite.etp"))).contains(QStringLiteral("PNG")));
        QVERIFY(assets.data(AssetStore::logoKey()).isEmpty());
        QCOMPARE(window.document()->undoStack()->count(), 1);
    }

    void theNewAndOpenDialogsOpenAndCancel()
    {
        MainWindow window;
        window.show();
        QString newTitle;
        modals::whenModal(modals::anyWindow, [&newTitle](QWidget *modal) {
            newTitle = modal->windowTitle();
            qobject_cast<QDialog *>(modal)->reject();
        });
        window.newProgramme();
        QCOMPARE(newTitle, QStringLiteral("Nouveau programme"));
        QVERIFY(!window.document());

        QString openTitle;
        modals::whenModal(modals::anyWindow, [&openTitle](QWidget *modal) {
            openTitle = modal->windowTitle();
            qobject_cast<QDialog *>(modal)->reject();
        });
        window.openProgramme();
        QCOMPARE(openTitle, QStringLiteral("Ouvrir un programme"));
        QVERIFY(!window.document());
    }

    void theNewDialogCreatesAProgramme()
    {
        MainWindow window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("dialogue.etp"));
        modals::whenModal(modals::anyWindow, [path](QWidget *modal) {
            modal->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Créé par le dialogue"));
            modal->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
            qobject_cast<QDialog *>(modal)->accept();
        });
        window.newProgramme();
        QVERIFY(window.document());
        QCOMPARE(fieldValue(window, ProgrammeFields::title()), QStringLiteral("Créé par le dialogue"));
    }
};

int main(int argc, char *argv[])
{
    // Settings (recent files...) go to a private folder, not the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KitETP-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
