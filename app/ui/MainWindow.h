// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "model/ProgrammeDocument.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace kitetp {

class BackgroundCheck;
class HelpDock;
class Page;
class ProgrammeDocument;
class WelcomePage;
class WindowActions;

// The window: a welcome page when no programme is open; otherwise the navigation between the parts of the
// programme (one Page each) and the File / Edit menus. At most one programme is open per window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; bad files are reported (a message box, or the status bar when prompts are off) and left
    // untouched. A file locked by another Kit ETP is offered read-only. The integrity check runs afterwards, in the
    // background (integrityCheck()): a damaged file is then said so and refuses every edit.
    bool openFile(const QString &path);
    bool createFile(const QString &path, const QString &title, const QString &templateName);
    void closeFile();

    ProgrammeDocument *document() const { return m_document; }
    // The check of the file opened by openFile() (nullptr before, and for a file just created).
    BackgroundCheck *integrityCheck() const { return m_check.get(); }
    QStringList pageIds() const;
    Page *page(const QString &id) const;
    void showPage(const QString &id);
    QString currentPageId() const;
    // The toolbar, Imprimer / PDF / Rechercher / Guide d'utilisation and the page keys; the user guide.
    WindowActions *actions() const { return m_actions; }
    HelpDock *help() const { return m_help; }

    // Tests turn message boxes off; the last message is then kept here.
    void setPromptsEnabled(bool enabled) { m_prompts = enabled; }
    QString lastMessage() const { return m_lastMessage; }

    void newProgramme();
    void openProgramme();
    // The directory mode (a DirectoryWindow): a new regional directory, or the one at `path`.
    void newDirectory();
    bool openDirectory(const QString &path);
    void openDemo();
    void saveCopy();

Q_SIGNALS:
    // The navigation shows another page.
    void pageShown(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setDefaultGeometry();
    void createWelcome();
    void createUndoActions();
    void updateUndoTexts();
    // After a change of language: every text of the window in the new language.
    void retranslate();
    // Undoes (redoes) the programme's last edit, shows where it acted and says what was done in the status bar.
    void undoOrRedo(bool undo);
    void showPlace(const EditPlace &place);
    void addPage(const QString &id, const QString &label, const QString &iconName, Page *page);
    void createPages();
    void setDocument(ProgrammeDocument *document);
    // Shows `file`, just opened or created from `path`, instead of the programme open until now; remembers it.
    void showFile(std::unique_ptr<ProgrammeFile> file, const QString &path);
    void updateTitle();
    void updateRecentMenu();
    void showError(const QString &title, const QString &message);
    bool askReadOnly(const QString &message);
    void setLanguage(const QString &language);
    void startIntegrityCheck();

    std::unique_ptr<Ui::MainWindow> m_ui;
    WelcomePage *m_welcome;
    QPointer<ProgrammeDocument> m_document;
    std::unique_ptr<BackgroundCheck> m_check; // before the document it checks goes
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_historyAction = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QAction *m_hideIdentitiesAction = nullptr;
    HelpDock *m_help = nullptr;
    WindowActions *m_actions = nullptr;
    bool m_prompts = true;
    QString m_lastMessage;
};

} // namespace kitetp
