// SPDX-License-Identifier: EUPL-1.2
// Saving from the window: a name typed without its extension gets the extension of the chosen type, and once the
// file is written a message offers to open it or its folder (without blocking the window).
#include "modals.h"
#include "ui/FileDialogs.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace kitetp;

// Stands for the desktop: records what Kit ETP asks it to open.
class Desktop : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

namespace {

QMessageBox *writtenNotice()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("writtenNotice") && w->isVisible())
            return qobject_cast<QMessageBox *>(w);
    return nullptr;
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    return nullptr;
}

} // namespace

class FileDialogsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Settings::setLastFolder(m_dir.path());
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_desktop, "open");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void extensionAddedAndWrittenFileOffered()
    {
        QWidget parent;
        parent.show();
        QString written;
        modals::whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; },
                          [this](QWidget *w) { QVERIFY(modals::chooseInDialog(qobject_cast<QFileDialog *>(w), m_dir.filePath(QStringLiteral("rapport")))); });
        const QString path = FileDialogs::saveAs(&parent, QStringLiteral("Enregistrer"), QStringLiteral("x.pdf"), QStringLiteral("PDF (*.pdf)"),
                                                 QStringLiteral("Échec"), [&written](const QString &p) {
                                                     written = p;
                                                     QFile f(p);
                                                     f.open(QIODevice::WriteOnly);
                                                     f.write("%PDF-1.4\n");
                                                     return FileError();
                                                 });
        QCOMPARE(path, m_dir.filePath(QStringLiteral("rapport.pdf")));
        QCOMPARE(written, path);
        QVERIFY(QFile::exists(path));

        QMessageBox *notice = nullptr;
        QTRY_VERIFY((notice = writtenNotice()) != nullptr);
        QVERIFY(notice->text().contains(QStringLiteral("rapport.pdf")));
        QVERIFY(!notice->isModal());
        QAbstractButton *folder = buttonNamed(notice, QStringLiteral("Ouvrir le dossier"));
        QVERIFY(folder);
        QTest::mouseClick(folder, Qt::LeftButton);
        QCOMPARE(m_desktop.opened.value(0), QUrl::fromLocalFile(m_dir.path()));
        QTRY_VERIFY(!writtenNotice());
    }

    // Fichier ▸ Enregistrer une copie sous…, "copie" typed: the copy is copie.etp.
    void copyGetsItsExtension()
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        window.show();
        QVERIFY(window.createFile(m_dir.filePath(QStringLiteral("source.etp")), QStringLiteral("Source"), QStringLiteral("empty")));
        modals::whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; },
                          [this](QWidget *w) { QVERIFY(modals::chooseInDialog(qobject_cast<QFileDialog *>(w), m_dir.filePath(QStringLiteral("copie")))); });
        window.saveCopy();
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("copie.etp"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("copie"))));
        window.closeFile();
    }

private:
    QTemporaryDir m_dir;
    Desktop m_desktop;
};

QTEST_MAIN(FileDialogsTest)
#include "tst_filedialogs.moc"
