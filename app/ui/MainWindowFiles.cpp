// SPDX-License-Identifier: EUPL-1.2
// The File menu's work for MainWindow: opening a programme (migrating an old one first, on a thread of its own, and
// checking it once shown), creating one, the demonstration, a copy, and the regional directories (a window of their
// own). The window's layout, pages, undo and language stay in MainWindow.cpp.
#include "ui/MainWindow.h"

#include "demo/DemoGenerator.h"
#include "demo/Templates.h"
#include "model/ProgrammeDocument.h"
#include "storage/BackgroundCheck.h"
#include "storage/DirectoryStore.h"
#include "storage/Migrations.h"
#include "ui/FileDialogs.h"
#include "ui/LongWork.h"
#include "ui/NewProgrammeDialog.h"
#include "ui/Settings.h"
#include "ui/directory/DirectoryWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <optional>

namespace kitetp {

bool MainWindow::askReadOnly(const QString &message)
{
    m_lastMessage = message;
    if (!m_prompts)
        return false;
    QMessageBox box(QMessageBox::Question, tr("Programme déjà ouvert"), message, QMessageBox::Cancel, this);
    QPushButton *readOnly = box.addButton(tr("Ouvrir en &lecture seule"), QMessageBox::AcceptRole);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

bool MainWindow::openFile(const QString &path)
{
    if (DirectoryFile::hasDirectorySuffix(path)) // the directory mode: a window of its own
        return openDirectory(path);
    // A file of an older format is migrated first on a thread of its own (checked, copied aside, migrated: seconds
    // on a large file), the window showing it; it is then opened here as any other.
    std::optional<ProgrammeFile::OpenResult> migrated;
    if (Migrations::fileNeedsMigration(path)) {
        LongWork::run(this, tr("Mise à jour du fichier vers la nouvelle version…"), [&migrated, path](Progress &progress) {
            progress.setStep(tr("Contrôle, copie de sauvegarde et mise à jour de « %1 »…").arg(QFileInfo(path).fileName()));
            migrated = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadWrite, ProgrammeFile::Check::Now);
            migrated->file.reset(); // closed on the thread that opened it
        }, LongWork::Cancel::NotAllowed);
    }
    // The integrity check waits until the window shows the programme (startIntegrityCheck).
    auto result = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadWrite, ProgrammeFile::Check::Later);
    if (migrated && !migrated->error && !result.error) {
        result.migratedFrom = migrated->migratedFrom;
        result.backupPath = migrated->backupPath;
    }
    if (result.error.code() == FileError::Locked || result.error.code() == FileError::NotWritable) {
        if (!askReadOnly(result.error.message()))
            return false;
        result = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly, ProgrammeFile::Check::Later);
    }
    if (result.error) {
        showError(tr("Ouverture impossible"), result.error.message());
        if (result.error.code() == FileError::NotFound)
            Settings::removeRecentFile(path);
        updateRecentMenu();
        return false;
    }
    showFile(std::move(result.file), path);
    if (result.migratedFrom == 0) // a migrated file was checked before migrating
        startIntegrityCheck();
    if (result.migratedFrom > 0)
        statusBar()->showMessage(tr("Fichier mis à jour vers la nouvelle version ; l'ancien est conservé : %1")
                                     .arg(QFileInfo(result.backupPath).fileName()),
                                 20000);
    return true;
}

void MainWindow::startIntegrityCheck()
{
    m_check = std::make_unique<BackgroundCheck>(m_document->file());
    connect(m_check.get(), &BackgroundCheck::finished, this, [this](const FileError &error) {
        if (error.code() == FileError::Corrupt) {
            showError(tr("Fichier endommagé"),
                      tr("Le contrôle d'intégrité de « %1 » a trouvé le fichier endommagé. Pour ne rien aggraver, Kit ETP "
                         "n'y enregistre plus aucune modification ; ce qui y était enregistré n'est pas touché. Fermez le "
                         "programme, puis ouvrez une copie de sauvegarde ou faites vérifier le fichier (kitetp check).")
                          .arg(QFileInfo(m_document->file().path()).fileName()));
            updateTitle();
        } else if (error) {
            statusBar()->showMessage(tr("Le contrôle d'intégrité n'a pas pu être fait : %1").arg(error.message()), 15000);
        }
    });
    // Once the window has shown the programme: the check then runs beside the user's first reading.
    QTimer::singleShot(0, m_check.get(), &BackgroundCheck::start);
}

bool MainWindow::createFile(const QString &path, const QString &title, const QString &templateName)
{
    auto result = Templates::create(path, templateName, title);
    if (result.error) {
        showError(tr("Création impossible"), result.error.message());
        return false;
    }
    showFile(std::move(result.file), path);
    return true;
}

void MainWindow::showFile(std::unique_ptr<ProgrammeFile> file, const QString &path)
{
    closeFile();
    setDocument(new ProgrammeDocument(std::move(file), this));
    showPage(QStringLiteral("todo"));
    Settings::addRecentFile(path);
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    updateRecentMenu();
}

void MainWindow::closeFile()
{
    if (!m_document)
        return;
    // An editor still holding typed text commits it when it loses focus: let it, before the pages let go of the file.
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    setDocument(nullptr);
}

void MainWindow::newProgramme()
{
    NewProgrammeDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createFile(dialog.path(), dialog.title(), dialog.templateName());
}

bool MainWindow::openDirectory(const QString &path)
{
    QString error;
    if (DirectoryWindow::open(path, this, &error))
        return true;
    showError(tr("Ouverture impossible"), error);
    return false;
}

void MainWindow::newDirectory()
{
    const QString path = FileDialogs::askSavePath(this, tr("Nouvel annuaire"), tr("annuaire"), tr("Annuaires Kit ETP (*.etpannuaire)"));
    QString error;
    if (!path.isEmpty() && !DirectoryWindow::create(path, this, &error))
        showError(tr("Création impossible"), error);
}

void MainWindow::openProgramme()
{
    const QString path = FileDialogs::askOpenPath(this, tr("Ouvrir un programme"),
                                                  tr("Programmes et annuaires Kit ETP (*.etp *.etpannuaire);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openDemo()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demonstration.etp"));
    if (QFileInfo::exists(path)) {
        const auto probe = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
        const FileError::Code code = probe.error.code();
        if (code != FileError::Corrupt && code != FileError::Empty && code != FileError::Truncated &&
            code != FileError::NotSqlite && code != FileError::Foreign) {
            openFile(path); // fine, busy elsewhere, or newer: opening says so; the file is never thrown away
            return;
        }
        QFile::remove(path); // a damaged demo of fictional data only: make a new one
    }
    auto result = ProgrammeFile::create(path, [](ProgrammeFile &file) { return DemoGenerator(file, DemoOptions()).fill(); });
    if (result.error) {
        showError(tr("Création impossible"), result.error.message());
        return;
    }
    result.file.reset();
    openFile(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QString target = FileDialogs::askSavePath(this, tr("Enregistrer une copie sous"), {}, tr("Programmes Kit ETP (*.etp)"));
    if (target.isEmpty())
        return;
    if (FileError e = m_document->file().saveCopyAs(target))
        showError(tr("Copie impossible"), e.message());
    else
        statusBar()->showMessage(tr("Copie enregistrée : %1").arg(target), 8000);
}

} // namespace kitetp
