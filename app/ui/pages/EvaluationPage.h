#pragma once

#include "core/ChartData.h"
#include "core/Period.h"
#include "ui/pages/Page.h"

#include <memory>

class QToolButton;

namespace Ui {
class EvaluationPage;
}

namespace kitetp {

class ChartPanel;
class IndicatorModel;
class NoteEdit;
class PaperDocument;

// The Évaluation page: a period (a calendar year or a range), its indicators with their definitions, the charts,
// the team's analysis (annual notes and actions, four-year parts), and the two reports (preview, print, PDF).
// Everything follows ProgrammeDocument::changed; every edit is an undoable command.
class EvaluationPage : public Page
{
    Q_OBJECT
public:
    explicit EvaluationPage(QWidget *parent = nullptr);
    ~EvaluationPage() override;
    void setDocument(ProgrammeDocument *document) override;

    Period period() const;
    void setYear(int year);
    void setRange(const QDate &from, const QDate &to);
    // Recomputes indicators and charts now (the page does it on its own after changes).
    void refresh();

    IndicatorModel *indicatorModel() const { return m_model; }
    const QList<ChartPanel *> &chartPanels() const { return m_panels; }
    NoteEdit *noteEdit(const QString &key) const;
    void showTab(int index);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void reloadNotes();
    void noteEdited(const QString &key, const QString &value);
    void actionsEdited();
    void addAction();
    void removeAction();
    void updatePeriodWidgets();
    void showIndicatorDetail(const QModelIndex &index);
    std::unique_ptr<PaperDocument> annualReport();
    std::unique_ptr<PaperDocument> fourYearReport();
    void addReportMenu(QToolButton *button, bool fourYear);

    std::unique_ptr<Ui::EvaluationPage> m_ui;
    ProgrammeDocument *m_document = nullptr;
    IndicatorModel *m_model;
    QList<ChartPanel *> m_panels;
    QList<NoteEdit *> m_annualNotes;
    QList<NoteEdit *> m_fourYearNotes;
    bool m_scheduled = false;
    bool m_stale = false; // data changed while the page was hidden
    bool m_loadingActions = false;
};

} // namespace kitetp
