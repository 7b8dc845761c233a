#include "ui/pages/EvaluationPage.h"

#include "charts/ChartFactory.h"
#include "core/Dates.h"
#include "core/Html.h"
#include "documents/EvaluationReports.h"
#include "documents/PaperDocument.h"
#include "storage/EvaluationStore.h"
#include "storage/IndicatorStore.h"
#include "model/EvaluationCommands.h"
#include "ui/PaperActions.h"
#include "model/ProgrammeDocument.h"
#include "ui/Settings.h"
#include "ui/evaluation/ChartPanel.h"
#include "model/IndicatorModel.h"
#include "ui/evaluation/NoteEdit.h"
#include "ui/evaluation/QuestionnaireDialog.h"
#include "ui_evaluationpage.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace kitetp {

namespace {
enum ActionColumn { TextColumn, OwnerColumn, DueColumn };
}

EvaluationPage::EvaluationPage(QWidget *parent) : Page(parent), m_ui(new Ui::EvaluationPage), m_model(new IndicatorModel(this))
{
    m_ui->setupUi(this);
    const QDate today = QDate::currentDate();
    m_ui->year->setValue(today.year());
    m_ui->from->setDate(QDate(today.year(), 1, 1));
    m_ui->to->setDate(today);
    for (QDateEdit *edit : {m_ui->from, m_ui->to}) {
        edit->setMinimumDate(QDate(1990, 1, 1));
        edit->setMaximumDate(QDate(2100, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &EvaluationPage::schedule);
    }
    connect(m_ui->periodKind, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodWidgets();
        schedule();
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

    for (int i = 0; i < 7; ++i) {
        auto *panel = new ChartPanel;
        m_panels << panel;
        m_ui->chartsGrid->addWidget(panel, i / 2, i % 2);
    }

    for (const EvaluationNoteSpec &spec : EvaluationNotes::annual()) {
        auto *edit = new NoteEdit(spec.key);
        edit->setPlaceholderText(EvaluationNotes::tr(spec.hint));
        connect(edit, &NoteEdit::edited, this, &EvaluationPage::noteEdited);
        m_ui->annualNotes->addRow(EvaluationNotes::label(spec.key) + QLatin1Char(':'), edit);
        m_annualNotes << edit;
    }
    for (const EvaluationNoteSpec &spec : EvaluationNotes::fourYear()) {
        auto *edit = new NoteEdit(spec.key);
        if (*spec.hint)
            edit->setPlaceholderText(EvaluationNotes::tr(spec.hint));
        connect(edit, &NoteEdit::edited, this, &EvaluationPage::noteEdited);
        auto *label = new QLabel(EvaluationNotes::label(spec.key) + QLatin1Char(':'));
        label->setWordWrap(true);
        m_ui->fourYearNotes->addRow(label, edit);
        m_fourYearNotes << edit;
    }

    m_ui->actions->setColumnCount(3);
    m_ui->actions->setHorizontalHeaderLabels({tr("Action"), tr("Responsable"), tr("Échéance (JJ/MM/AAAA)")});
    m_ui->actions->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_ui->actions->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_ui->actions->setColumnWidth(OwnerColumn, 220);
    m_ui->actions->setMaximumHeight(180);
    connect(m_ui->actions, &QTableWidget::itemChanged, this, &EvaluationPage::actionsEdited);
    connect(m_ui->addAction, &QPushButton::clicked, this, &EvaluationPage::addAction);
    connect(m_ui->removeAction, &QPushButton::clicked, this, &EvaluationPage::removeAction);

    addReportMenu(m_ui->annualButton, false);
    addReportMenu(m_ui->fourYearButton, true);
    connect(m_ui->questionnaireButton, &QPushButton::clicked, this, [this] {
        if (m_document)
            QuestionnaireDialog(m_document, this).exec();
    });
    setDocument(nullptr);
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
    button->setMenu(menu);
}

void EvaluationPage::setDocument(ProgrammeDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (!document) {
        m_model->setIndicators({});
        return;
    }
    connect(document, &ProgrammeDocument::changed, this, [this](const Change &change) {
        if (change.touches(EvaluationStore::area()))
            reloadNotes();
        // The indicators count patients, sessions, the team and the answers: a programme field, the logo or a letter
        // template changes none of them.
        if (change.touches(~(ChangeArea::Evaluation | ChangeArea::Fields | ChangeArea::Assets | ChangeArea::Templates)))
            schedule();
    });
    const bool writable = !document->isReadOnly();
    for (NoteEdit *e : m_annualNotes + m_fourYearNotes)
        e->setReadOnly(!writable);
    m_ui->addAction->setEnabled(writable);
    m_ui->removeAction->setEnabled(writable);
    m_ui->actions->setEditTriggers(writable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    refresh();
    reloadNotes();
}

Period EvaluationPage::period() const
{
    if (m_ui->periodKind->currentIndex() == 0)
        return Period::year(m_ui->year->value());
    return Period::range(m_ui->from->date(), m_ui->to->date());
}

void EvaluationPage::setYear(int year)
{
    m_ui->periodKind->setCurrentIndex(0);
    m_ui->year->setValue(year);
    refresh();
}

void EvaluationPage::setRange(const QDate &from, const QDate &to)
{
    m_ui->periodKind->setCurrentIndex(1);
    m_ui->from->setDate(from);
    m_ui->to->setDate(to);
    refresh();
}

void EvaluationPage::showTab(int index)
{
    m_ui->tabs->setCurrentIndex(index);
}

void EvaluationPage::updatePeriodWidgets()
{
    const bool year = m_ui->periodKind->currentIndex() == 0;
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

void EvaluationPage::refresh()
{
    m_scheduled = false;
    if (!m_document)
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
    const IndicatorStore store(m_document->file());
    const int last = p.to.year();
    const QList<IndicatorData> years = store.years(last - 3, last);
    // A calendar year is the last of its four years: computed once.
    const IndicatorData data = p.isCalendarYear() ? years.last() : store.compute(p);
    m_model->setIndicators(Indicators::list(data));
    m_ui->indicators->expandToDepth(0);
    showIndicatorDetail(m_ui->indicators->currentIndex());
    const QList<ChartData> charts = EvaluationCharts::all(data, years);
    for (int i = 0; i < charts.size() && i < m_panels.size(); ++i)
        m_panels.at(i)->setData(charts.at(i));
    m_ui->fourYearIntro->setText(tr("Les parties rédigées de l'évaluation quadriennale %1–%2 (l'année choisie et les trois "
                                    "précédentes). Les indicateurs, les tendances et les actions des auto-évaluations "
                                    "annuelles sont ajoutés au rapport automatiquement.")
                                     .arg(m_ui->year->value() - 3)
                                     .arg(m_ui->year->value()));
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
    if (!m_document)
        return;
    const EvaluationStore store(m_document->file());
    const int year = m_ui->year->value();
    const QMap<QString, QString> annual = store.notes(EvaluationNotes::annualPeriod(year));
    for (NoteEdit *e : m_annualNotes)
        e->showValue(annual.value(e->key()));
    const QMap<QString, QString> four = store.notes(EvaluationNotes::fourYearPeriod(year));
    for (NoteEdit *e : m_fourYearNotes)
        e->showValue(four.value(e->key()));
    m_ui->analysisIntro->setText(tr("L'analyse de l'équipe pour l'année %1 : elle figure dans le rapport annuel.").arg(year));

    m_loadingActions = true;
    const QList<EvaluationAction> actions = store.actions(EvaluationNotes::annualPeriod(year));
    m_ui->actions->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const EvaluationAction &a = actions.at(row);
        m_ui->actions->setItem(row, TextColumn, new QTableWidgetItem(a.text));
        m_ui->actions->setItem(row, OwnerColumn, new QTableWidgetItem(a.owner));
        m_ui->actions->setItem(row, DueColumn, new QTableWidgetItem(a.due.isValid() ? a.due.toString(QStringLiteral("dd/MM/yyyy")) : QString()));
    }
    m_loadingActions = false;
}

void EvaluationPage::noteEdited(const QString &key, const QString &value)
{
    if (!m_document)
        return;
    const bool annual = std::any_of(m_annualNotes.cbegin(), m_annualNotes.cend(), [&key](const NoteEdit *e) { return e->key() == key; });
    const int year = m_ui->year->value();
    const QString periodKey = annual ? EvaluationNotes::annualPeriod(year) : EvaluationNotes::fourYearPeriod(year);
    const QString reason = EvaluationNotes::check(key, value);
    if (!reason.isEmpty()) {
        Q_EMIT status(reason);
        reloadNotes();
        return;
    }
    m_document->push(new SetEvaluationNoteCommand(m_document, periodKey, key, value));
}

void EvaluationPage::actionsEdited()
{
    if (m_loadingActions || !m_document)
        return;
    QList<EvaluationAction> actions;
    for (int row = 0; row < m_ui->actions->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_ui->actions->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(TextColumn).isEmpty() && text(OwnerColumn).isEmpty() && text(DueColumn).isEmpty())
            continue; // a row just added, not filled yet
        EvaluationAction a{text(TextColumn), text(OwnerColumn), {}};
        if (!text(DueColumn).isEmpty()) {
            a.due = Dates::parseUserDate(text(DueColumn));
            if (!a.due.isValid()) {
                Q_EMIT status(tr("Échéance refusée : « %1 » n'est pas une date (JJ/MM/AAAA).").arg(text(DueColumn)));
                reloadNotes();
                return;
            }
        }
        actions << a;
    }
    const QString reason = EvaluationNotes::checkActions(actions);
    if (!reason.isEmpty()) {
        if (!actions.isEmpty() && !actions.last().text.isEmpty())
            Q_EMIT status(reason);
        if (std::none_of(actions.cbegin(), actions.cend(), [](const EvaluationAction &a) { return a.text.isEmpty(); }))
            reloadNotes();
        return; // an action still being typed (no text yet) is kept on screen, not stored
    }
    const QString period = EvaluationNotes::annualPeriod(m_ui->year->value());
    const QString value = actions.isEmpty() ? QString() : EvaluationNotes::actionsToStored(actions);
    if (value != EvaluationStore(m_document->file()).note(period, EvaluationNotes::actionsKey()))
        m_document->push(new SetEvaluationNoteCommand(m_document, period, EvaluationNotes::actionsKey(), value));
}

void EvaluationPage::addAction()
{
    m_loadingActions = true;
    const int row = m_ui->actions->rowCount();
    m_ui->actions->insertRow(row);
    for (int c = 0; c < 3; ++c)
        m_ui->actions->setItem(row, c, new QTableWidgetItem);
    m_loadingActions = false;
    m_ui->actions->setCurrentCell(row, TextColumn);
    m_ui->actions->editItem(m_ui->actions->item(row, TextColumn));
}

void EvaluationPage::removeAction()
{
    const int row = m_ui->actions->currentRow();
    if (row < 0)
        return;
    m_loadingActions = true;
    m_ui->actions->removeRow(row);
    m_loadingActions = false;
    actionsEdited();
}

std::unique_ptr<PaperDocument> EvaluationPage::annualReport()
{
    if (!m_document)
        return nullptr;
    const Period p = period();
    const IndicatorStore store(m_document->file());
    const QList<IndicatorData> years = store.years(p.to.year() - 3, p.to.year());
    const QList<ChartData> charts = EvaluationCharts::all(p.isCalendarYear() ? years.last() : store.compute(p), years);
    auto doc = std::make_unique<PaperDocument>(AnnualReport::title(p));
    doc->setPageLayout(Settings::pageLayout());
    AnnualReport::build(*doc, m_document->file(), p, ChartFactory::reportCharts(charts));
    return doc;
}

std::unique_ptr<PaperDocument> EvaluationPage::fourYearReport()
{
    if (!m_document)
        return nullptr;
    // The four years end with the chosen year, or with the year in which a free period ends.
    const int last = period().to.isValid() ? period().to.year() : m_ui->year->value();
    const QList<IndicatorData> years = IndicatorStore(m_document->file()).years(last - 3, last);
    auto doc = std::make_unique<PaperDocument>(FourYearReport::title(last));
    doc->setPageLayout(Settings::pageLayout());
    FourYearReport::build(*doc, m_document->file(), last,
                          ChartFactory::reportCharts({EvaluationCharts::trends(years), EvaluationCharts::trendRates(years)}));
    return doc;
}

} // namespace kitetp
