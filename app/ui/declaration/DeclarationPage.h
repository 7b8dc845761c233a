// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/Declaration.h"
#include "core/FileError.h"
#include "ui/pages/Page.h"

#include <QModelIndex>
#include <memory>
#include <optional>

namespace Ui {
class DeclarationPage;
}

namespace kitetp {

class AttachmentsPanel;
class ChecklistModel;
class FlowchartView;

// The "Déclaration ARS" page: the declaration and implementation flowcharts (clicking a declaration step opens
// its wizard, an implementation step goes to the page where it is done), the dates and deadlines, the
// completeness check (double-click: the wizard page that fixes it), the documents, and notifying a change.
class DeclarationPage : public Page
{
    Q_OBJECT
public:
    explicit DeclarationPage(QWidget *parent = nullptr);
    ~DeclarationPage() override;

    FlowchartView *declarationFlow() const { return m_declarationFlow; }
    FlowchartView *implementationFlow() const { return m_implementationFlow; }
    ChecklistModel *checklist() const { return m_checklist; }
    AttachmentsPanel *attachments() const { return m_attachments; }
    // Imprimer / PDF of the window: the declaration dossier (its PDF with the pieces attached).
    bool hasPaper() const override { return document() != nullptr; }
    void paper(PaperAction action) override;

public Q_SLOTS:
    // Opens the wizard of a declaration step, at the page of `fieldKey` when given.
    void openWizard(const QString &stepId, const QString &fieldKey = {});
    void notifyChange();
    void reload();

protected:
    void loadDeferred() override;

private:
    void showDocument() override;
    void followChange(const Change &change) override;
    void showDates(const DeclarationFacts &facts);
    // Shows the facts as they are now, reading again only what the changes since the last time touched.
    void refresh();
    DeclarationFacts currentFacts();
    void reloadStale() override { refresh(); }
    void setupChecklistView();
    void showChecklistDetail(const QModelIndex &index);
    void exportCardJson();
    void exportDossierPdf();
    // The dossier PDF for `addressee`, written on a thread of its own (LongWork).
    FileError writeDossier(const QString &path, const QString &addressee);
    void exportCessation();
    void printFlowcharts();
    FlowchartView *currentFlow() const;

    std::unique_ptr<Ui::DeclarationPage> m_ui;
    FlowchartView *m_declarationFlow;
    FlowchartView *m_implementationFlow;
    ChecklistModel *m_checklist;
    AttachmentsPanel *m_attachments;
    std::optional<DeclarationFacts> m_facts; // what was shown last
    ChangeAreas m_changed;                   // the areas changed since
};

} // namespace kitetp
