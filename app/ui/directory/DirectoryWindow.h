// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "documents/PaperDocument.h"

#include <QMainWindow>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace kitetp {

class DirectoryFilterModel;
class DirectoryModel;
class ProgrammeFile;

// The directory mode: a window of its own on a regional directory (.etpannuaire), beside the programme's window.
// The entries (one per programme, DirectoryModel) filtered by département, town, cancer, population, format and
// patients from outside; the chosen entry's card and history; cards imported from files, a folder, or files dropped
// on the window; the annuaire printed (PDF, ODT) and exported (CSV).
class DirectoryWindow : public QMainWindow
{
    Q_OBJECT
public:
    DirectoryWindow(std::unique_ptr<ProgrammeFile> file, QWidget *parent = nullptr);
    ~DirectoryWindow() override;

    // Opens (creates) the directory at `path` in a new window, shown; nullptr with `error` set when refused.
    static DirectoryWindow *open(const QString &path, QWidget *parent, QString *error);
    static DirectoryWindow *create(const QString &path, QWidget *parent, QString *error);

    // Imports the cards of these files and folders: the accepted ones are added in one write, each refused one is
    // named with its reason (and adds nothing). Returns how many cards were written.
    int importPaths(const QStringList &paths);

    ProgrammeFile &file() const { return *m_file; }
    DirectoryModel *model() const { return m_model; }
    DirectoryFilterModel *filtered() const { return m_filtered; }
    QTableView *table() const { return m_table; }
    // The annuaire as printed today (the window's "Imprimer", "PDF" and "ODT").
    std::unique_ptr<PaperDocument> annuaire() const;

    // Tests turn message boxes off; the last message is then kept here.
    void setPromptsEnabled(bool enabled) { m_prompts = enabled; }
    QString lastMessage() const { return m_lastMessage; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildWidgets();
    void buildMenus();
    void applyFilter();
    void updateDepartements();
    void updateCount();
    void showDetails();
    void importFiles();
    void importFolder();
    void exportCsv();
    void say(const QString &title, const QString &message, bool warning);

    std::unique_ptr<ProgrammeFile> m_file;
    DirectoryModel *m_model = nullptr;
    DirectoryFilterModel *m_filtered = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QComboBox *m_departement = nullptr;
    QLineEdit *m_town = nullptr;
    QLineEdit *m_cancer = nullptr;
    QLineEdit *m_population = nullptr;
    QCheckBox *m_collective = nullptr;
    QCheckBox *m_individual = nullptr;
    QCheckBox *m_remote = nullptr;
    QCheckBox *m_external = nullptr;
    QLabel *m_count = nullptr;
    bool m_prompts = true;
    QString m_lastMessage;
};

} // namespace kitetp
