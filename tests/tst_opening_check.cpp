// SPDX-License-Identifier: EUPL-1.2
// The window opens a programme without waiting for its integrity check, which runs afterwards in the background on
// a connection of its own (storage/BackgroundCheck): a file damaged on purpose is said so, and refuses every edit
// without anything in it being touched; the command line and read-only probes still check before opening.
#include "core/ProgrammeFields.h"
#include "storage/BackgroundCheck.h"
#include "storage/FieldStore.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "testutil.h"
#include "ui/MainWindow.h"
#include "ui/pages/Page.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QtEndian>

using namespace kitetp;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result() : QByteArray();
}

// A programme titled `title` with a few patients, closed.
bool makeProgramme(const QString &path, const QString &title)
{
    auto created = ProgrammeFile::create(path);
    if (created.error)
        return false;
    if (FieldStore(*created.file).setValue(ProgrammeFields::title(), title))
        return false;
    for (int i = 1; i <= 50; ++i) {
        Patient p;
        p.code = QStringLiteral("P-2025-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (PatientStore(*created.file).add(p))
            return false;
    }
    return true;
}

// Damages the file the way a bad copy or a disk can: one more page than any table or the free list accounts for.
// The header (what FileProbe reads) stays consistent with the size, the schema stays readable; only SQLite's
// integrity check sees it ("Page N is never used").
bool addAStrayPage(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = f.read(100);
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(header.constData() + 28);
    if (f.size() != qint64(pages) * pageSize)
        return false;
    const QByteArray count = [&] {
        QByteArray b(4, '\0');
        qToBigEndian<quint32>(pages + 1, b.data());
        return b;
    }();
    return f.seek(f.size()) && f.write(QByteArray(int(pageSize), '\0')) == pageSize && f.seek(28) && f.write(count) == 4;
}

QLineEdit *titleEditor(MainWindow &window)
{
    window.showPage(QStringLiteral("programme"));
    return window.page(QStringLiteral("programme"))->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
}

} // namespace

class TestOpeningCheck : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aSoundFileIsCheckedAfterOpeningAndStaysEditable()
    {
        const QString path = m_dir.filePath(QStringLiteral("sain.etp"));
        QVERIFY(makeProgramme(path, QStringLiteral("Sain")));
        MainWindow window;
        window.setPromptsEnabled(false);
        window.show();
        QVERIFY(window.openFile(path));
        QVERIFY(window.integrityCheck());
        QTRY_VERIFY_WITH_TIMEOUT(window.integrityCheck()->isFinished(), 30000);
        QVERIFY2(!window.integrityCheck()->result(), qPrintable(window.integrityCheck()->result().message()));
        QVERIFY(!window.document()->file().writesRefused());
        QLineEdit *title = titleEditor(window);
        QVERIFY(title);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Verifie"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(FieldStore(window.document()->file()).value(ProgrammeFields::title()), QStringLiteral("Verifie"));
    }

    void aDamagedFileIsSaidSoAndRefusesEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("abime.etp"));
        QVERIFY(makeProgramme(path, QStringLiteral("Avant")));
        QVERIFY(addAStrayPage(path));
        // The command line and read-only probes check before opening, as before.
        const auto probe = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
        QCOMPARE(probe.error.code(), FileError::Corrupt);
        QVERIFY(BackgroundCheck::check(path).code() == FileError::Corrupt);
        const testutil::Run check = testutil::kitetp({QStringLiteral("check"), path});
        QCOMPARE(check.status, 1);
        const QByteArray before = hashOf(path);

        {
            MainWindow window;
            window.setPromptsEnabled(false);
            window.show();
            QVERIFY(window.openFile(path)); // shown at once: the check comes after
            QVERIFY(window.integrityCheck());
            QTRY_VERIFY_WITH_TIMEOUT(window.integrityCheck()->isFinished(), 30000);
            QCOMPARE(window.integrityCheck()->result().code(), FileError::Corrupt);
            QVERIFY2(window.lastMessage().contains(QStringLiteral("a trouvé le fichier endommagé")), qPrintable(window.lastMessage()));
            QVERIFY(window.lastMessage().contains(QStringLiteral("n'y enregistre plus aucune modification")));
            QVERIFY(window.windowTitle().contains(QStringLiteral("endommagé")));
            QVERIFY(window.document()->file().writesRefused());

            // An edit typed and confirmed is refused with the reason, and not written.
            QLineEdit *title = titleEditor(window);
            QVERIFY(title);
            QCOMPARE(title->text(), QStringLiteral("Avant"));
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Apres"));
            QTest::keyClick(title, Qt::Key_Return);
            QVERIFY2(window.lastMessage().contains(QStringLiteral("endommagé")), qPrintable(window.lastMessage()));
            QCOMPARE(FieldStore(window.document()->file()).value(ProgrammeFields::title()), QStringLiteral("Avant"));
            QCOMPARE(window.document()->undoStack()->count(), 0);
            window.closeFile();
        }
        // Nothing in the file was touched, by the edit or by the check.
        QCOMPARE(hashOf(path), before);
    }
};

QTEST_MAIN(TestOpeningCheck)
#include "tst_opening_check.moc"
