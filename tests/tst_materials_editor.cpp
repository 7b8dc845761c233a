// SPDX-License-Identifier: EUPL-1.2
// The séance's « Supports » tab in the guide editor, through real clicks and keys: a PDF added through the file
// dialog and the description dialog shows with its first page as thumbnail, Ctrl+Z takes it away and Ctrl+Y brings
// it back with the same bytes; "Ouvrir" writes a private copy (0600); a text file is refused before anything is
// asked; the list of packages sent records the answer the to-do board asks for.
#include "modals.h"
#include "testutil.h"

#include "core/TodoBoard.h"
#include "demo/Templates.h"
#include "documents/PaperDocument.h"
#include "model/ProgrammeDocument.h"
#include "storage/GuideStore.h"
#include "storage/MaterialStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SharingStore.h"
#include "storage/TodoStore.h"
#include "ui/pages/GuidesPage.h"
#include "ui/pages/MaterialsPanel.h"
#include "ui/pages/SharingDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/stat.h>

using namespace kitetp;
using modals::whenModal;

namespace {

QPushButton *button(QWidget *parent, const QString &startsWith)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(startsWith))
            return b;
    return nullptr;
}

} // namespace

class TestMaterialsEditor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ProgrammeDocument> m_document;
    std::unique_ptr<GuidesPage> m_page;
    Seance m_seance;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto created = ProgrammeFile::create(m_dir.filePath(QStringLiteral("editor.etp")));
        QVERIFY(!created.error);
        QVERIFY(!Templates::apply(*created.file, QStringLiteral("oncoplet")));
        m_document = std::make_unique<ProgrammeDocument>(std::move(created.file));
        m_page = std::make_unique<GuidesPage>();
        m_page->setDocument(m_document.get());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_seance = GuideStore(m_document->file()).conducteurs().first().seances.first();
        m_page->select(m_seance.id, true);
    }

    void addThroughDialogsShowsThumbnailAndUndoes()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("cartes.pdf"));
        PaperDocument doc(QStringLiteral("Cartes"));
        doc.setBodyHtml(QStringLiteral("<h1>Cartes photo-expression</h1>"));
        QVERIFY(!doc.writePdf(pdf));
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("pas un support\n");
        }
        MaterialsPanel *panel = m_page->materialsPanel();
        // The user opens the « Supports » tab.
        auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("seanceTabs"));
        QVERIFY(tabs);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(panel)).center());
        QCOMPARE(tabs->currentWidget(), panel);
        QPushButton *add = button(panel, QStringLiteral("Ajouter un fichier"));
        QVERIFY(add && add->isEnabled());

        // A text file: refused with a message, nothing added, nothing asked.
        whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; }, [text](QWidget *w) {
            whenModal([](QWidget *d) { return qobject_cast<QMessageBox *>(d) != nullptr; }, [](QWidget *d) {
                auto *box = qobject_cast<QMessageBox *>(d);
                QVERIFY2(box->text().contains(QStringLiteral("ni un PDF")), qPrintable(box->text()));
                box->button(QMessageBox::Ok)->click();
            });
            modals::chooseInDialog(qobject_cast<QFileDialog *>(w), text);
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(MaterialStore(m_document->file()).list(m_seance.id).isEmpty());

        // The PDF, described in the dialog: title typed, licence typed.
        whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; }, [pdf](QWidget *w) {
            whenModal([](QWidget *d) { return d->objectName() == QLatin1String("materialDialog"); }, [](QWidget *d) {
                auto *title = d->findChild<QLineEdit *>(QStringLiteral("materialTitle"));
                title->selectAll();
                QTest::keyClicks(title, QStringLiteral("Cartes serie 1"));
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("materialLicence")), QStringLiteral("CC BY-NC 4.0"));
                QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            });
            modals::chooseInDialog(qobject_cast<QFileDialog *>(w), pdf);
        });
        QTest::mouseClick(add, Qt::LeftButton);
        const QList<Material> list = MaterialStore(m_document->file()).list(m_seance.id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().title, QStringLiteral("Cartes serie 1"));
        QCOMPARE(list.first().licence, QStringLiteral("CC BY-NC 4.0"));
        QCOMPARE(list.first().mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(MaterialStore(m_document->file()).material(list.first().id)->data, testutil::readAll(pdf));
        QCOMPARE(panel->list()->count(), 1);
        QVERIFY(panel->list()->item(0)->text().startsWith(QStringLiteral("Cartes serie 1\n")));
        // The thumbnail is the PDF's first page: a white page with dark text, not a theme icon.
        const QImage thumb = panel->list()->item(0)->icon().pixmap(QSize(96, 96)).toImage();
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.height() > thumb.width()); // portrait A4
        QCOMPARE(QColor(thumb.pixel(thumb.width() / 2, 2)), QColor(Qt::white)); // paper, inside its grey edge
        if (const QByteArray shot = qgetenv("KITETP_SCREENSHOT"); !shot.isEmpty())
            m_page->grab().save(QString::fromLocal8Bit(shot));

        // "Ouvrir" hands the desktop a private copy.
        const QString copy = panel->openCopy(list.first().id);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(QFileInfo(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(testutil::readAll(copy), testutil::readAll(pdf));

        // Ctrl+Z in the window's stack takes it away; redo puts the same bytes back.
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Ajouter le support « Cartes serie 1 »"));
        m_document->undoStack()->undo();
        QCOMPARE(panel->list()->count(), 0);
        QVERIFY(MaterialStore(m_document->file()).list(m_seance.id).isEmpty());
        m_document->undoStack()->redo();
        QCOMPARE(panel->list()->count(), 1);

        // Removing with the button, then undoing, keeps the file's bytes.
        QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {}, panel->list()->visualItemRect(panel->list()->item(0)).center());
        QPushButton *remove = button(panel, QStringLiteral("Retirer"));
        QVERIFY(remove && remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(panel->list()->count(), 0);
        m_document->undoStack()->undo();
        const QList<Material> back = MaterialStore(m_document->file()).list(m_seance.id);
        QCOMPARE(back.size(), 1);
        QCOMPARE(MaterialStore(m_document->file()).material(back.first().id)->data, testutil::readAll(pdf));
    }

    void removingTheSeanceAndUndoingKeepsItsMaterials()
    {
        const qint64 before = MaterialStore(m_document->file()).list(m_seance.id).size();
        QVERIFY(before > 0);
        m_page->select(m_seance.id, true);
        m_page->removeCurrent();
        QVERIFY(!GuideStore(m_document->file()).seanceByCode(m_seance.code));
        m_document->undoStack()->undo();
        QVERIFY(GuideStore(m_document->file()).seanceByCode(m_seance.code));
        QCOMPARE(MaterialStore(m_document->file()).list(m_seance.id).size(), before);
    }

    void answerRecordedInTheListOfSendings()
    {
        PackageSent sent;
        sent.sentOn = QDate::currentDate().addMonths(-7);
        sent.recipient = QStringLiteral("CH de Nancy");
        sent.fileName = QStringLiteral("oncoplet.etpkit");
        sent.conducteurs = QStringLiteral("C1");
        QVERIFY(!SharingStore(m_document->file()).add(sent));
        auto due = [this] {
            int n = 0;
            for (const TodoLine &l : TodoBoard::lines(TodoStore(m_document->file()).facts()))
                n += l.theme == TodoLine::Theme::Sharing ? 1 : 0;
            return n;
        };
        QCOMPARE(due(), 1);
        // The to-do line's link opens the list on this sending, its answer cell in edition: the user types.
        SharingDialog *dialog = m_page->showSharing(sent.id);
        QVERIFY(dialog && dialog->isVisible());
        auto *editor = dialog->table()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(dialog->table()->currentColumn(), int(SharingDialog::Answer));
        QTest::keyClicks(editor, QStringLiteral("Cartes utilisees en seance 2"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on its next turn of the event loop
        QTRY_COMPARE(SharingStore(m_document->file()).sent(sent.id)->answer, QStringLiteral("Cartes utilisees en seance 2"));
        const auto after = SharingStore(m_document->file()).sent(sent.id);
        QCOMPARE(after->answer, QStringLiteral("Cartes utilisees en seance 2"));
        QCOMPARE(after->answeredOn, QDate::currentDate());
        QCOMPARE(due(), 0);
        // An undo step like every edit.
        m_document->undoStack()->undo();
        QCOMPARE(due(), 1);
        dialog->close();
    }
};

QTEST_MAIN(TestMaterialsEditor)
#include "tst_materials_editor.moc"
