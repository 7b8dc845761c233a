// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "documents/PaperDocument.h"
#include "ui/pages/Page.h"

#include <functional>
#include <memory>

namespace Ui {
class GuidesPage;
}

class QPlainTextEdit;

namespace kitetp {

class GuideTreeModel;
class MaterialsPanel;
class SharingDialog;
class QuizEditor;
class StepsModel;

// "Ateliers": the conducteurs and séances of the programme (forms/guidespage.ui). A tree to add, duplicate,
// delete and reorder (drag and drop, up/down); a form for every field of a conducteur or a séance, with the step
// plan as an editable table checked against the séance's duration; every edit a command (model/GuideCommands).
// Paper (leader's guide, handout, sign-in sheet) and exchange (export/import of guides) from the page's buttons.
// GuidesPage.cpp: tree and actions; GuidesPageForm.cpp: the forms.
class GuidesPage : public Page
{
    Q_OBJECT
public:
    explicit GuidesPage(QWidget *parent = nullptr);
    ~GuidesPage() override;

    // For tests and the window: select an item by id; the current conducteur and séance (nullptr if none).
    void select(qint64 id, bool isSeance);
    const Conducteur *currentConducteur() const;
    const Seance *currentSeance() const;
    GuideTreeModel *treeModel() const { return m_tree; }

    void addConducteur();
    void addSeance();
    void duplicateCurrent();
    void removeCurrent();
    void moveCurrent(int delta);
    // Exchange: writes the guides to `path` (a .etpkit package with the materials, the sending recorded for
    // `recipient`; JSON otherwise) / imports `path` (a package or JSON, by content); return a French message (empty
    // when fine).
    QString exportGuides(const QString &path, const QString &recipient = {});
    QString importGuides(const QString &path, bool replace, QString *report = nullptr);
    // The séance's materials (tab « Supports »).
    MaterialsPanel *materialsPanel() const { return m_materials; }
    // « Envois de paquets »: shows the list of packages sent (non-modal), the answer of `sendingId` in edition when given.
    SharingDialog *showSharing(qint64 sendingId = 0);
    // "Guide + supports": the leader's guide of the selection followed by its PDF and image materials, at `path`.
    QString writeGuideWithSupports(const QString &path);
    // Tells the result of an import (a refusal, or the report) in a message box, as plain text.
    void showImportResult(const QString &error, const QString &report);
    QuizEditor *quizEditor() const { return m_quiz; }
    // The document of `kind` ("guide", "handout", "quiz", "quizkey", "signin") for the current selection, or nullptr.
    std::unique_ptr<PaperDocument> paper(const QString &kind);
    // Imprimer / PDF of the window: the leader's guide of the séance selected.
    bool hasPaper() const override { return currentSeance() != nullptr; }
    void paper(PaperAction action) override { runPaper(QStringLiteral("guide"), action == PaperAction::Print ? 1 : 2); }
    QWidget *searchField() const override;
    // Selects the next conducteur or séance (after the current one, or the first with `fromStart`; wrapping) whose
    // code or title holds `text`; says so in the status bar when none does.
    bool findInTree(const QString &text, bool fromStart = false);

protected:
    void loadDeferred() override;

private:
    void showDocument() override;
    void followChange(const Change &change) override;
    void reload();
    void selectFirst();
    void showCurrent();
    void requestConducteurMove(qint64 id, int toRow);
    void requestSeanceMove(qint64 id, qint64 toConducteurId, int toRow);
    void buildMenus();
    void runPaper(const QString &kind, int how);
    void askExport();
    void askImport();
    void askGuideWithSupports();

    // GuidesPageForm.cpp
    void setupForms();
    void fillConducteurForm(const Conducteur &c);
    void fillSeanceForm(const Seance &s);
    void commitConducteur();
    void commitSeance(const QString &fieldLabel, const std::function<void(Seance &)> &change);
    void commitSteps(const QList<SeanceStep> &steps);
    void changeStepRows(int action);
    void updateDurationWarning(const Seance &s);

    std::unique_ptr<Ui::GuidesPage> m_ui;
    GuideTreeModel *m_tree;
    StepsModel *m_steps;
    MaterialsPanel *m_materials;
    SharingDialog *m_sharing = nullptr;
    QuizEditor *m_quiz = nullptr; // the séance's « Quiz » tab
    qint64 m_currentId = 0;
    bool m_currentIsSeance = false;
    bool m_selectFirstPending = false; // a new document shows its first séance once loaded
    bool m_filling = false;
};

} // namespace kitetp
