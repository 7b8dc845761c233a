// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/EvaluationPage.h"

#include "charts/ChartFactory.h"
#include "core/Html.h"
#include "core/IndicatorExport.h"
#include "documents/EvaluationReports.h"
#include "documents/PaperDocument.h"
#include "storage/EvaluationStore.h"
#include "storage/FieldStore.h"
#include "storage/IndicatorStore.h"
#include "storage/OutputFile.h"
#include "storage/XlsxFile.h"
#include "model/EvaluationCommands.h"
#include "ui/FileDialogs.h"
#include "ui/Messages.h"
#include "ui/PaperActions.h"
#include "model/ProgrammeDocument.h"
#include "ui/Settings.h"
#include "ui/evaluation/ActionsEditor.h"
#include "ui/evaluation/ChartPanel.h"
#include "ui/evaluation/CriteriaEditor.h"
#include "model/IndicatorModel.h"
#include "ui/evaluation/NoteEdit.h"
#include "ui/evaluation/QuestionnaireDialog.h"
#include "ui/GridReflow.h"
#include "ui_evaluationpage.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace kitetp {

EvaluationPage::EvaluationPage(QWidget *parent)
    : Page(parent), m_ui(new Ui::EvaluationPage), m_model(new IndicatorModel(this))
{
    m_ui->setupUi(this);
    const QDate today = QDate::currentDate();
    m_ui->year->setValue(today.year());
    m_ui->from->setDate(QDate(today.year(), 1, 1));
    m_ui->to->setDate(today);
    for (DateEdit *edit : {m_ui->from, m_ui->to}) {
        edit->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
        edit->setRequired(true);
        connect(edit, &DateEdit::dateChanged, this, [this] {
            schedule();
            reloadNotes();
        });
    }
    connect(m_ui->periodKind, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodWidgets();
        schedule();
        reloadNotes();
    });
    connect(m_ui->year, &QSpinBox::valueChanged, this, [this] {
        schedule();
        reloadNotes();
    });
    updatePeriodWidgets();

    m_ui->indicators->setModel(m_model);
    m_ui->indicators->setAlternatingRowColors(true);
    // Label and value take the width they need; the definition gets the rest, elided, and is shown whole (wrapped)
    // below the table for the chosen indicator and in its tooltip.
    m_ui->indicators->header()->setStretchLastSection(true);
    m_ui->indicators->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->indicators->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->indicators->setTextElideMode(Qt::ElideRight);
    m_ui->indicatorDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_ui->indicators->selectionModel(), &QItemSelectionModel::currentChanged, this, &EvaluationPage::showIndicatorDetail);
    connect(m_ui->exportIndicators, &QPushButton::clicked, this, &EvaluationPage::exportIndicators);

    QList<QWidget *> panels;
    for (int i = 0; i < 7; ++i) {
        auto *panel = new ChartPanel;
        m_panels << panel;
        panels << panel;
    }
    // Two charts side by side only where each keeps 640 pixels: narrower, their category labels are cut ("Prog. …").
    reflowGrid(m_ui->chartsContent, m_ui->chartsGrid, panels, 640, 2);

    auto addNotes = [this](const QList<EvaluationNoteSpec> &specs, QFormLayout *form, QList<NoteEdit *> &edits) {
        for (const EvaluationNoteSpec &spec : specs) {
            auto *edit = new NoteEdit(spec.key);
            if (*spec.hint)
                edit->setPlaceholderText(EvaluationNotes::tr(spec.hint));
            edit->setMinimumHeight(60);
            edit->setMaximumHeight(110); // the form holds several notes, the criteria and the actions: keep it compact
            connect(edit, &NoteEdit::edited, this, &EvaluationPage::noteEdited);
            auto *label = new QLabel(EvaluationNotes::tr(spec.label) + QLatin1Char(':'));
            label->setWordWrap(true);
            label->setBuddy(edit);
            form->addRow(label, edit);
            edits << edit;
        }
    };
    addNotes(EvaluationNotes::annual(), m_ui->annualNotes, m_annualNotes);
    addNotes(EvaluationNotes::fourYear(), m_ui->fourYearNotes, m_fourYearNotes);

    m_criteria = new CriteriaEditor(m_ui->criteria, this);
    connect(m_criteria, &CriteriaEditor::edited, this, &EvaluationPage::criteriaEdited);
    m_actions = new ActionsEditor(m_ui->actions, ActionsEditor::Mode::Decide, this);
    connect(m_actions, &ActionsEditor::edited, this, &EvaluationPage::actionsEdited);
    m_previousActions = new ActionsEditor(m_ui->previousActions, ActionsEditor::Mode::FollowUp, this);
    connect(m_previousActions, &ActionsEditor::edited, this, &EvaluationPage::previousActionsEdited);
    connect(m_ui->addAction, &QPushButton::clicked, m_actions, &ActionsEditor::addRow);
    connect(m_ui->removeAction, &QPushButton::clicked, m_actions, &ActionsEditor::removeCurrentRow);

    addReportMenu(m_ui->annualButton, false);
    addReportMenu(m_ui->fourYearButton, true);
    connect(m_ui->questionnaireButton, &QPushButton::clicked, this, [this] {
        if (document())
            QuestionnaireDialog(document(), this).exec();
    });
    EvaluationPage::showDocument(); // this class's own, during construction
}

EvaluationPage::~EvaluationPage() = default;

void EvaluationPage::addReportMenu(QToolButton *button, bool fourYear)
{
    auto *menu = new QMenu(button);
    auto make = [this, fourYear] { return fourYear ? fourYearReport() : annualReport(); };
    menu->addAction(tr("Aperçu avant impression…"), this, [this, make] {
        if (auto doc = make())
            PaperActions::preview(this, *doc);
    });
    menu->addAction(tr("Imprimer…"), this, [this, make] {
        if (auto doc = make())
            PaperActions::print(this, *doc);
    });
    menu->addAction(tr("Enregistrer en PDF…"), this, [this, make] {
        if (auto doc = make())
            PaperActions::exportPdf(this, *doc, doc->title());
    });
    menu->addAction(tr("Enregistrer en ODT…"), this, [this, make] {
        if (auto doc = make())
            PaperActions::exportOdt(this, *doc, doc->title());
    });
    button->setMenu(menu);
}

void EvaluationPage::showDocument()
{
    setEnabled(document() != nullptr);
    if (!document()) {
        m_model->setIndicators({});
        return;
    }
    const bool writable = !document()->isReadOnly();
    for (NoteEdit *e : m_annualNotes + m_fourYearNotes)
        e->setReadOnly(!writable);
    m_ui->addAction->setEnabled(writable);
    m_ui->removeAction->setEnabled(writable);
    m_actions->setWritable(writable);
    m_previousActions->setWritable(writable);
    m_criteria->setWritable(writable);
    reloadCalendar();
    // The year shown first: the one containing today (a programme year when the file gives a date to anchor on).
    const QSignalBlocker blockKind(m_ui->periodKind);
    const QSignalBlocker blockYear(m_ui->year);
    m_ui->periodKind->setCurrentIndex(m_calendar.calendarYears() ? CalendarYear : ProgrammeYear);
    m_ui->year->setValue(calendar().yearContaining(QDate::currentDate()).from.year());
    updatePeriodWidgets();
    refresh();
    reloadNotes();
}

void EvaluationPage::followChange(const Change &change)
{
    if (change.touches(EvaluationStore::area()))
        reloadNotes();
    // The programme's year hangs on the declaration's effective date and the programme's start date; of the
    // other fields the page shows only the declared criteria. Any other field edit costs it nothing.
    const auto fieldChanged = [&change](const QString &key) {
        return change.touches(ChangeArea::Fields)
            && (change.isWhole(ChangeArea::Fields) || change.keys(ChangeArea::Fields).contains(key));
    };
    const bool calendar = change.touches(ChangeArea::Declaration) || fieldChanged(QStringLiteral("programme.start"));
    if (calendar)
        reloadCalendar();
    // The indicators count patients, sessions, the team and the answers: the logo or a letter template changes
    // none of them.
    if (calendar || fieldChanged(QStringLiteral("programme.criteria"))
        || change.touches(~(ChangeArea::Evaluation | ChangeArea::Fields | ChangeArea::Assets | ChangeArea::Templates)))
        schedule();
}

void EvaluationPage::reloadCalendar()
{
    if (document())
        m_calendar = EvaluationStore(document()->file()).calendar(false);
}

ProgrammeCalendar EvaluationPage::calendar() const
{
    ProgrammeCalendar c = m_calendar;
    c.setCalendarYears(m_ui->periodKind->currentIndex() == CalendarYear);
    return c;
}

Period EvaluationPage::period() const
{
    if (m_ui->periodKind->currentIndex() == FreeRange)
        return Period::range(m_ui->from->date(), m_ui->to->date());
    return calendar().yearStartingIn(m_ui->year->value());
}

QList<Period> EvaluationPage::fourYears() const
{
    return calendar().trendYears(period());
}

void EvaluationPage::setYear(int year, PeriodKind kind)
{
    m_ui->periodKind->setCurrentIndex(kind == FreeRange ? CalendarYear : kind);
    m_ui->year->setValue(year);
    refresh();
    reloadNotes();
}

void EvaluationPage::setRange(const QDate &from, const QDate &to)
{
    m_ui->periodKind->setCurrentIndex(FreeRange);
    m_ui->from->setDate(from);
    m_ui->to->setDate(to);
    refresh();
    reloadNotes();
}

void EvaluationPage::showTab(int index)
{
    m_ui->tabs->setCurrentIndex(index);
}

void EvaluationPage::updatePeriodWidgets()
{
    const bool year = m_ui->periodKind->currentIndex() != FreeRange;
    m_ui->year->setVisible(year);
    m_ui->from->setVisible(!year);
    m_ui->to->setVisible(!year);
}

void EvaluationPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        schedule();
}

void EvaluationPage::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &EvaluationPage::refresh);
}

QString EvaluationPage::periodText() const
{
    const Period p = period();
    if (!p.isValid())
        return {};
    const QLocale locale;
    QString text = tr("Période couverte : du %1 au %2.").arg(locale.toString(p.from, QLocale::LongFormat), locale.toString(p.to, QLocale::LongFormat));
    if (p.programmeYear != 0)
        text += QLatin1Char(' ') + tr("Année de programme n° %1.").arg(p.programmeYear);
    text += QLatin1Char(' ')
            + (m_ui->periodKind->currentIndex() == FreeRange ? tr("Période libre : le rapport n'est pas l'auto-évaluation annuelle.")
                                                              : calendar().anchorNote());
    if (calendar().beforeProgramme(p))
        text += QLatin1Char(' ') + tr("Cette période précède le début du programme (%1).").arg(locale.toString(m_calendar.programmeStart(), QLocale::LongFormat));
    if (p.isPartial(QDate::currentDate()))
        text += QLatin1Char(' ') + tr("Période en cours : les chiffres sont partiels.");
    return text;
}

void EvaluationPage::refresh()
{
    m_scheduled = false;
    if (!document())
        return;
    // Indicators and charts are computed when the page is on screen: opening a large programme on another page
    // does not pay for them (the page catches up in showEvent()).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const Period p = period();
    const QString reason = Period::check(p.from, p.to);
    if (!reason.isEmpty()) {
        Q_EMIT status(reason);
        return;
    }
    m_ui->periodInfo->setText(periodText());
    const IndicatorStore store(document()->file());
    const QList<Period> trend = fourYears();
    const QList<IndicatorData> years = store.trendPeriods(trend);
    // A year is the last of its trend years: computed once.
    const IndicatorData data = p.isYear() && !years.isEmpty() && years.last().period.key() == p.key() ? years.last() : store.compute(p);
    m_indicators = Indicators::list(data);
    m_model->setIndicators(m_indicators);
    m_ui->indicators->expandToDepth(0);
    showIndicatorDetail(m_ui->indicators->currentIndex());
    const QList<ChartData> charts = EvaluationCharts::all(data, years);
    for (int i = 0; i < charts.size() && i < m_panels.size(); ++i)
        m_panels.at(i)->setData(charts.at(i));
    const QLocale locale;
    m_ui->fourYearIntro->setText(tr("Les parties rédigées de l'évaluation quadriennale du %1 au %2 (la période choisie et les "
                                    "précédentes, jamais avant le début du programme). Les indicateurs, le profil des patients, "
                                    "les tendances et les actions des auto-évaluations annuelles sont ajoutés au rapport "
                                    "automatiquement ; une partie laissée vide y est imprimée « à compléter ».")
                                     .arg(locale.toString(trend.first().from, QLocale::ShortFormat),
                                          locale.toString(trend.last().to, QLocale::ShortFormat)));
    const EvaluationStore notes(document()->file());
    m_criteria->setContent(EvaluationNotes::criteria(FieldStore(document()->file()).value(QStringLiteral("programme.criteria"))),
                           m_indicators, notes.appraisals(p.key()));
}

void EvaluationPage::showIndicatorDetail(const QModelIndex &index)
{
    const QModelIndex row = index.sibling(index.row(), 0);
    const QString definition = index.sibling(index.row(), 2).data().toString();
    if (!index.isValid() || definition.isEmpty()) {
        m_ui->indicatorDetail->setText(tr("Choisissez un indicateur pour lire sa définition complète."));
        return;
    }
    m_ui->indicatorDetail->setText(tr("<b>%1</b> : %2 — %3")
                                       .arg(Html::escape(row.data().toString()), Html::escape(index.sibling(index.row(), 1).data().toString()),
                                            Html::escape(definition)));
}

NoteEdit *EvaluationPage::noteEdit(const QString &key) const
{
    for (NoteEdit *e : m_annualNotes + m_fourYearNotes)
        if (e->key() == key)
            return e;
    return nullptr;
}

void EvaluationPage::reloadNotes()
{
    if (!document())
        return;
    const Period p = period();
    if (!p.isValid())
        return;
    const EvaluationStore store(document()->file());
    const QMap<QString, QString> annual = store.notes(p.key());
    for (NoteEdit *e : m_annualNotes)
        e->showValue(annual.value(e->key()));
    const QMap<QString, QString> four = store.notes(EvaluationNotes::fourYearPeriod(fourYears()));
    for (NoteEdit *e : m_fourYearNotes)
        e->showValue(four.value(e->key()));
    m_ui->analysisIntro->setText(tr("L'analyse de l'équipe — %1 : elle figure dans le rapport annuel.").arg(p.label()));
    m_actions->setActions(store.actions(p.key()));
    const Period previous = calendar().previous(p);
    m_ui->previousLabel->setText(tr("Suivi des actions de la période précédente (%1) : leur état figure dans ce rapport.").arg(previous.label()));
    m_previousActions->setActions(store.actions(previous.key()));
    if (!m_indicators.isEmpty())
        m_criteria->setContent(EvaluationNotes::criteria(FieldStore(document()->file()).value(QStringLiteral("programme.criteria"))),
                               m_indicators, store.appraisals(p.key()));
}

void EvaluationPage::setNote(const QString &period, const QString &key, const QString &value)
{
    if (value != EvaluationStore(document()->file()).note(period, key))
        document()->push(new SetEvaluationNoteCommand(document(), period, key, value));
}

void EvaluationPage::noteEdited(const QString &key, const QString &value)
{
    if (!document())
        return;
    const bool annual = std::any_of(m_annualNotes.cbegin(), m_annualNotes.cend(), [&key](const NoteEdit *e) { return e->key() == key; });
    const QString periodKey = annual ? period().key() : EvaluationNotes::fourYearPeriod(fourYears());
    const QString reason = EvaluationNotes::check(key, value);
    if (!reason.isEmpty()) {
        Q_EMIT status(reason);
        reloadNotes();
        return;
    }
    setNote(periodKey, key, value);
}

void EvaluationPage::actionsEdited()
{
    if (!document())
        return;
    const ActionsEditor::Content c = m_actions->content();
    if (!c.error.isEmpty()) {
        Q_EMIT status(c.error);
        reloadNotes();
        return;
    }
    if (c.pending)
        return; // an action still being typed (no text yet) is kept on screen, not stored
    const QString reason = EvaluationNotes::checkActions(c.actions);
    if (!reason.isEmpty()) {
        Q_EMIT status(reason);
        reloadNotes();
        return;
    }
    setNote(period().key(), EvaluationNotes::actionsKey(), c.actions.isEmpty() ? QString() : EvaluationNotes::actionsToStored(c.actions));
}

void EvaluationPage::previousActionsEdited()
{
    if (!document())
        return;
    const ActionsEditor::Content c = m_previousActions->content();
    if (!c.error.isEmpty() || !EvaluationNotes::checkActions(c.actions).isEmpty()) {
        reloadNotes();
        return;
    }
    setNote(calendar().previous(period()).key(), EvaluationNotes::actionsKey(), EvaluationNotes::actionsToStored(c.actions));
}

void EvaluationPage::criteriaEdited()
{
    if (!document())
        return;
    const QString value = EvaluationNotes::appraisalsToStored(m_criteria->appraisals());
    const QString reason = EvaluationNotes::check(EvaluationNotes::criteriaKey(), value);
    if (!reason.isEmpty()) {
        Q_EMIT status(reason);
        reloadNotes();
        return;
    }
    setNote(period().key(), EvaluationNotes::criteriaKey(), value);
}

void EvaluationPage::exportIndicators()
{
    if (!document())
        return;
    const Period p = period();
    const QString suggested = tr("indicateurs-%1.csv").arg(p.key().replace(QStringLiteral(".."), QStringLiteral("_")));
    const QString xlsxFilter = tr("Classeur XLSX (*.xlsx)");
    QString filter;
    QString path = FileDialogs::askSavePath(this, tr("Exporter les indicateurs"), suggested,
                                            tr("Tableau CSV (*.csv)") + QStringLiteral(";;") + xlsxFilter, &filter);
    if (path.isEmpty())
        return;
    if (filter == xlsxFilter && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    const FileError error = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                                ? XlsxFile::save(path, {IndicatorExport::table(p, m_indicators)})
                                : OutputFile::save(path, IndicatorExport::spreadsheet(p, m_indicators));
    if (error) {
        Messages::warning(this, tr("Export impossible"), tr("Le tableau n'a pas pu être écrit dans « %1 » : %2").arg(path, error.message()));
        return;
    }
    Q_EMIT status(tr("Indicateurs exportés : %1").arg(path));
    FileDialogs::announceWritten(this, path);
}

std::unique_ptr<PaperDocument> EvaluationPage::annualReport()
{
    if (!document())
        return nullptr;
    const Period p = period();
    const IndicatorStore store(document()->file());
    const QList<IndicatorData> years = store.trendPeriods(fourYears());
    const IndicatorData data = p.isYear() && !years.isEmpty() && years.last().period.key() == p.key() ? years.last() : store.compute(p);
    const QList<ChartData> charts = EvaluationCharts::all(data, years);
    auto doc = std::make_unique<PaperDocument>(AnnualReport::title(p));
    doc->setPageLayout(Settings::pageLayout());
    AnnualReport::build(*doc, document()->file(), data, calendar(), ChartFactory::reportCharts(charts));
    return doc;
}

std::unique_ptr<PaperDocument> EvaluationPage::fourYearReport()
{
    if (!document())
        return nullptr;
    const QList<Period> years = fourYears();
    const QList<IndicatorData> data = IndicatorStore(document()->file()).periods(years);
    auto doc = std::make_unique<PaperDocument>(FourYearReport::title(years));
    doc->setPageLayout(Settings::pageLayout());
    FourYearReport::build(*doc, document()->file(), data, calendar(),
                          ChartFactory::reportCharts({EvaluationCharts::trends(data), EvaluationCharts::trendRates(data)}));
    return doc;
}

void EvaluationPage::paper(PaperAction action)
{
    auto doc = document() ? annualReport() : nullptr;
    if (!doc)
        return;
    if (action == PaperAction::Print)
        PaperActions::print(this, *doc);
    else
        PaperActions::exportPdf(this, *doc, doc->title());
}

} // namespace kitetp
