// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/ChartData.h"
#include "core/Period.h"
#include "core/ProgrammeCalendar.h"
#include "ui/pages/Page.h"

#include <memory>

class QToolButton;

namespace Ui {
class EvaluationPage;
}

namespace kitetp {

class ActionsEditor;
class ChartPanel;
class CriteriaEditor;
class IndicatorModel;
class NoteEdit;
class PaperDocument;

// The Évaluation page: a period (a year of the programme, anchored on the declaration's effective date; a calendar
// year; or a free range), what it covers, its indicators with their definitions, the charts, the team's analysis
// (annual notes, the declared criteria's appraisal, actions and the follow-up of the previous period's, four-year
// parts), the two reports (preview, print, PDF) and the spreadsheet export. Everything follows
// ProgrammeDocument::changed; every edit is an undoable command.
class EvaluationPage : public Page
{
    Q_OBJECT
public:
    enum PeriodKind { ProgrammeYear, CalendarYear, FreeRange };

    explicit EvaluationPage(QWidget *parent = nullptr);
    ~EvaluationPage() override;

    Period period() const;
    // The programme year beginning in `year` (or the calendar year `year` with kind CalendarYear).
    void setYear(int year, PeriodKind kind = CalendarYear);
    void setRange(const QDate &from, const QDate &to);
    // Recomputes indicators and charts now (the page does it on its own after changes).
    void refresh();

    IndicatorModel *indicatorModel() const { return m_model; }
    const QList<ChartPanel *> &chartPanels() const { return m_panels; }
    NoteEdit *noteEdit(const QString &key) const;
    void showTab(int index);
    // What the page says about the period: covered dates, anchor, partial.
    QString periodText() const;
    // The years of the four-year evaluation of the chosen period (never before the programme started).
    QList<Period> fourYears() const;
    // Imprimer / PDF of the window: the annual self-evaluation report of the period.
    bool hasPaper() const override { return document() != nullptr; }
    void paper(PaperAction action) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDocument() override;
    void followChange(const Change &change) override;
    ProgrammeCalendar calendar() const;
    void schedule();
    void reloadCalendar();
    void reloadNotes();
    void noteEdited(const QString &key, const QString &value);
    void actionsEdited();
    void previousActionsEdited();
    void criteriaEdited();
    void setNote(const QString &period, const QString &key, const QString &value);
    void updatePeriodWidgets();
    void showIndicatorDetail(const QModelIndex &index);
    void exportIndicators();
    std::unique_ptr<PaperDocument> annualReport();
    std::unique_ptr<PaperDocument> fourYearReport();
    void addReportMenu(QToolButton *button, bool fourYear);

    std::unique_ptr<Ui::EvaluationPage> m_ui;
    ProgrammeCalendar m_calendar;
    IndicatorModel *m_model;
    ActionsEditor *m_actions;
    ActionsEditor *m_previousActions;
    CriteriaEditor *m_criteria;
    QList<Indicator> m_indicators;
    QList<ChartPanel *> m_panels;
    QList<NoteEdit *> m_annualNotes;
    QList<NoteEdit *> m_fourYearNotes;
    bool m_scheduled = false;
    bool m_stale = false; // data changed while the page was hidden
};

} // namespace kitetp
