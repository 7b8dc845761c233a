// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/SessionsPage.h"

#include "core/CalendarPeriod.h"
#include "core/SessionRules.h"
#include "documents/PaperDocument.h"
#include "documents/SignInSheetDocument.h"
#include "documents/WeekPlanningDocument.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"
#include "ui/IdentityPrivacy.h"
#include "ui/PaperActions.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "ui/Settings.h"
#include "ui/pages/MonthView.h"
#include "ui/pages/SessionMove.h"
#include "ui/pages/WeekView.h"
#include "ui/pages/SessionDialog.h"
#include "ui_sessionspage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <iterator>

namespace kitetp {

namespace {
const QColor conflictColour(0xf6, 0xd5, 0xd5);

void setColumns(QTableWidget *table, const QStringList &labels)
{
    table->setColumnCount(int(labels.size()));
    table->setHorizontalHeaderLabels(labels);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
}
} // namespace

SessionsPage::SessionsPage(QWidget *parent) : Page(parent), m_ui(new Ui::SessionsPage)
{
    m_ui->setupUi(this);
    m_monthView = new MonthView(m_ui->views);
    m_monthView->setObjectName(QStringLiteral("monthView"));
    m_weekView = new WeekView(m_ui->views);
    m_weekView->setObjectName(QStringLiteral("weekView"));
    m_ui->views->insertWidget(0, m_monthView);
    m_ui->views->insertWidget(1, m_weekView);
    m_monthView->setAccessibleName(tr("Calendrier du mois"));
    m_weekView->setAccessibleName(tr("Calendrier de la semaine"));
    m_ui->listTable->setAccessibleName(tr("Liste des séances"));
    setColumns(m_ui->listTable, {tr("Date"), tr("Horaire"), tr("Séance"), tr("Lieu"), tr("Animateurs"), tr("Inscrits")});
    setColumns(m_ui->enrolledTable, {tr("Patient"), tr("Présence"), tr("Remarque")});
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({700, 340}); // the calendar first; the detail pane keeps room for its buttons

    connect(m_ui->prevButton, &QToolButton::clicked, this, [this] { showWeekOf(period().stepped(-1).day()); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { showWeekOf(period().stepped(1).day()); });
    connect(m_ui->todayButton, &QPushButton::clicked, this, [this] { showWeekOf(QDate::currentDate()); });
    auto *views = new QButtonGroup(this);
    views->addButton(m_ui->monthButton, int(View::Month));
    views->addButton(m_ui->weekButton, int(View::Week));
    views->addButton(m_ui->listButton, int(View::List));
    connect(views, &QButtonGroup::idClicked, this, [this](int id) { setView(static_cast<View>(id)); });
    auto *planningMenu = new QMenu(m_ui->planningButton);
    planningMenu->addAction(tr("Aperçu…"), this, [this] { planning(0); });
    planningMenu->addAction(tr("Imprimer la semaine…"), this, [this] { planning(1); });
    planningMenu->addAction(tr("PDF de la semaine…"), this, [this] { planning(2); });
    m_ui->planningButton->setMenu(planningMenu);
    for (CalendarView *calendar : {static_cast<CalendarView *>(m_monthView), static_cast<CalendarView *>(m_weekView)}) {
        connect(calendar, &CalendarView::sessionSelected, this, [this, calendar](qint64 id) {
            m_selected = id;
            // The period follows the day chosen, except a day of the month before or after shown around the month.
            if (const QDate day = calendar->currentDay(); calendar != m_monthView || day.month() == m_day.month())
                m_day = day;
            showDetail();
        });
        // A session edits it; an empty slot plans a new session there (never the one selected before).
        connect(calendar, &CalendarView::sessionActivated, this, [this](qint64 id) {
            m_selected = id;
            editSession();
        });
        connect(calendar, &CalendarView::slotActivated, this, &SessionsPage::newSessionAt);
        connect(calendar, &CalendarView::sessionDropped, this, &SessionsPage::moveSession);
        connect(calendar, &CalendarView::removeRequested, this, [this](qint64 id) {
            m_selected = id;
            if (m_document && !m_document->isReadOnly())
                removeSession();
        });
        connect(calendar, &CalendarView::dayOutside, this, [this, calendar](const QDate &day) {
            showWeekOf(day);
            calendar->setCurrentDay(day);
            calendar->setFocus();
        });
    }
    connect(m_ui->listTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (QTableWidgetItem *item = m_ui->listTable->item(row, 0); item && !m_loading) {
            m_selected = item->data(Qt::UserRole).toLongLong();
            showDetail();
        }
    });
    connect(m_ui->listTable, &QTableWidget::cellDoubleClicked, this, &SessionsPage::editSession);
    connect(m_ui->newButton, &QPushButton::clicked, this, &SessionsPage::newSession);
    connect(m_ui->editButton, &QPushButton::clicked, this, &SessionsPage::editSession);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SessionsPage::removeSession);
    connect(m_ui->enrolButton, &QPushButton::clicked, this, &SessionsPage::enrol);
    connect(m_ui->unenrolButton, &QPushButton::clicked, this, &SessionsPage::unenrol);
    connect(m_ui->signinPreviewButton, &QPushButton::clicked, this, [this] { signin(0); });
    connect(m_ui->signinPrintButton, &QPushButton::clicked, this, [this] { signin(1); });
    connect(m_ui->signinPdfButton, &QPushButton::clicked, this, [this] { signin(2); });
    connect(IdentityPrivacy::instance(), &IdentityPrivacy::hiddenChanged, this, &SessionsPage::showDetail);
    setupQuiz();
    m_day = QDate::currentDate();
    m_ui->views->setCurrentIndex(int(m_view));
    SessionsPage::setDocument(nullptr); // this class's own, during construction
}

SessionsPage::~SessionsPage() = default;

void SessionsPage::reloadStale()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void SessionsPage::setDocument(ProgrammeDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_selected = 0;
    if (document)
        connect(document, &ProgrammeDocument::changed, this, [this](const Change &change) {
            if (!change.touches(~ChangeAreas(ChangeArea::Fields)))
                return;
            // An attendance (it names its session and its patient) of a session not on screen changes nothing here.
            const QList<qint64> sessions = change.rows(ChangeArea::Sessions);
            const bool attendance = change.areas() == (ChangeArea::Sessions | ChangeArea::Patients) && !change.isWhole(ChangeArea::Sessions) &&
                                    !change.isWhole(ChangeArea::Patients) && !sessions.isEmpty() && !change.rows(ChangeArea::Patients).isEmpty();
            const auto shown = [this](qint64 id) {
                return std::any_of(m_sessions.cbegin(), m_sessions.cend(), [id](const Session &s) { return s.id == id; });
            };
            if (!attendance) {
                reloadOrMarkStale(); // behind another page: once, when shown
                return;
            }
            QList<qint64> onScreen;
            std::copy_if(sessions.cbegin(), sessions.cend(), std::back_inserter(onScreen), shown);
            if (onScreen.isEmpty())
                return;
            // Behind another page, or a whole reload already queued: that covers it. Otherwise the session's cells.
            if (m_reloadPending || (parentWidget() && isHidden())) {
                reloadOrMarkStale();
                return;
            }
            for (qint64 id : std::as_const(onScreen))
                updateAttendance(id, change.rows(ChangeArea::Patients));
        });
    setEnabled(document != nullptr);
    const bool writable = document && !document->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->newButton), static_cast<QWidget *>(m_ui->editButton),
                       static_cast<QWidget *>(m_ui->removeButton), static_cast<QWidget *>(m_ui->enrolButton),
                       static_cast<QWidget *>(m_ui->unenrolButton)})
        w->setEnabled(writable);
    reload();
}

void SessionsPage::showWeekOf(const QDate &day)
{
    m_day = day;
    reload();
}

void SessionsPage::setView(View shown)
{
    m_view = shown;
    m_ui->views->setCurrentIndex(int(shown));
    m_ui->monthButton->setChecked(shown == View::Month);
    m_ui->weekButton->setChecked(shown == View::Week);
    m_ui->listButton->setChecked(shown == View::List);
    reload();
}

CalendarPeriod SessionsPage::period() const
{
    return {static_cast<CalendarPeriod::Kind>(m_view), m_day};
}

void SessionsPage::selectSession(qint64 id)
{
    m_selected = id;
    if (m_document)
        if (const auto s = SessionStore(m_document->file()).session(id))
            m_day = s->startsAt.date();
    reload();
}

void SessionsPage::loadDeferred()
{
    reload();
}

void SessionsPage::reload()
{
    if (m_document && deferLoad())
        return;
    m_loading = true;
    const QDate first = period().first();
    const QDate last = period().last();
    m_ui->periodLabel->setText(period().title());
    m_sessions.clear();
    m_attendance.clear();
    if (m_document) {
        ProgrammeFile &file = m_document->file();
        SessionStore store(file);
        m_sessions = store.sessions(first, last);
        m_attendance = store.attendanceBetween(first, last);
        m_seanceTitles.clear();
        for (const Seance &s : GuideStore(file).seancesBrief())
            m_seanceTitles.insert(s.id, s.code + QStringLiteral(" ") + s.title);
        m_memberNames.clear();
        for (const TeamMember &m : TeamStore(file).members())
            m_memberNames.insert(m.id, m.name);
    }
    showConflicts();
    fillCalendar();
    fillList(); // empty unless shown: a month's hundreds of cells are not built for nothing
    m_loading = false;
    showDetail();
}

// The conflicts of the period shown (m_conflicted, and the list above the calendar), from m_sessions and m_attendance.
void SessionsPage::showConflicts()
{
    m_conflicted.clear();
    const QList<SessionConflict> conflicts = SessionRules::conflicts(m_sessions, m_attendance);
    QStringList lines;
    for (const SessionConflict &c : conflicts) {
        ++m_conflicted[c.firstSessionId];
        ++m_conflicted[c.secondSessionId];
        const auto when = [this](qint64 id) {
            for (const Session &s : std::as_const(m_sessions))
                if (s.id == id)
                    return QLocale().toString(s.startsAt, QStringLiteral("ddd dd/MM HH:mm"));
            return QString();
        };
        QString what;
        switch (c.kind) {
        case SessionConflict::Kind::Facilitator: what = tr("%1 anime deux séances en même temps").arg(m_memberNames.value(c.subjectId)); break;
        case SessionConflict::Kind::Place: what = tr("le lieu « %1 » est réservé deux fois").arg(c.place); break;
        case SessionConflict::Kind::Patient: {
            const auto p = PatientStore(m_document->file()).patient(c.subjectId);
            what = tr("le patient %1 est inscrit à deux séances en même temps").arg(p ? p->code : QString());
            break;
        }
        }
        lines << QString(what + QStringLiteral(" (") + when(c.firstSessionId) + QStringLiteral(" / ") + when(c.secondSessionId) +
                         QLatin1Char(')')).toHtmlEscaped();
    }
    m_ui->conflicts->setVisible(!lines.isEmpty());
    m_ui->conflicts->setText(QStringLiteral("<span style=\"color:#9c1c1c\"><b>%1</b><br/>%2</span>")
                                 .arg(tr("Conflits :").toHtmlEscaped(), lines.mid(0, 8).join(QStringLiteral("<br/>"))));
}

// The month and week views, from m_sessions (the period shown): what they draw of each session.
void SessionsPage::fillCalendar()
{
    QList<CalendarItem> items;
    items.reserve(m_sessions.size());
    for (const Session &s : std::as_const(m_sessions))
        items << CalendarItem{s.id, s.startsAt, s.durationMin, m_seanceTitles.value(s.seanceId),
                              s.place.isEmpty() ? enrolledText(s) : s.place + QStringLiteral(" · ") + enrolledText(s), m_conflicted.contains(s.id)};
    std::stable_sort(items.begin(), items.end(), [](const CalendarItem &a, const CalendarItem &b) { return a.start < b.start; });
    m_monthView->setMonth(m_day);
    m_weekView->setWeek(m_day);
    for (CalendarView *view : {static_cast<CalendarView *>(m_monthView), static_cast<CalendarView *>(m_weekView)}) {
        view->setItems(items);
        view->setCurrentDay(m_day);
        view->setSelectedSession(m_selected);
    }
}

void SessionsPage::fillList()
{
    if (m_view != View::List) {
        m_ui->listTable->setRowCount(0);
        return;
    }
    QTableWidget *t = m_ui->listTable;
    t->setRowCount(int(m_sessions.size()));
    const QLocale locale;
    for (int r = 0; r < m_sessions.size(); ++r) {
        const Session &s = m_sessions.at(r);
        QStringList names;
        for (qint64 id : s.facilitatorIds)
            names << m_memberNames.value(id);
        const QStringList cells = {locale.toString(s.startsAt.date(), QStringLiteral("ddd dd/MM/yyyy")),
                                   s.startsAt.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                                       s.startsAt.addSecs(qint64(s.durationMin) * 60).toString(QStringLiteral("HH:mm")),
                                   m_seanceTitles.value(s.seanceId), s.place, names.join(QStringLiteral(", ")),
                                   enrolledText(s)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, s.id);
            if (m_conflicted.contains(s.id))
                item->setBackground(conflictColour);
            t->setItem(r, c, item);
        }
        if (s.id == m_selected)
            t->selectRow(r);
    }
}

QString SessionsPage::enrolledText(const Session &s) const
{
    const auto enrolled = std::count_if(m_attendance.cbegin(), m_attendance.cend(), [&s](const Attendance &a) {
        return a.sessionId == s.id && a.status != Attendance::Status::Excused;
    });
    return s.capacity ? tr("%1/%2").arg(enrolled).arg(s.capacity) : QString::number(enrolled);
}

void SessionsPage::updateAttendance(qint64 sessionId, const QList<qint64> &patients)
{
    const auto found = std::find_if(m_sessions.cbegin(), m_sessions.cend(), [sessionId](const Session &s) { return s.id == sessionId; });
    if (found == m_sessions.cend())
        return;
    const Session &session = *found;
    // The session's enrolments read again (one query), kept where they were among the period's.
    const QList<Attendance> now = SessionStore(m_document->file()).attendance(sessionId);
    const auto ofSession = [sessionId](const Attendance &a) { return a.sessionId == sessionId; };
    const qsizetype at = std::find_if(m_attendance.cbegin(), m_attendance.cend(), ofSession) - m_attendance.cbegin();
    m_attendance.removeIf(ofSession);
    m_attendance = m_attendance.mid(0, at) + now + m_attendance.mid(at);
    // A patient excused, or enrolled, may end or start a conflict with another session of the period.
    const QHash<qint64, int> conflictedBefore = m_conflicted;
    showConflicts();
    fillCalendar(); // two painted views: their items only, no widget per cell
    for (const Session &s : std::as_const(m_sessions))
        if (s.id == sessionId || conflictedBefore.contains(s.id) != m_conflicted.contains(s.id))
            updateCells(s);
    if (m_selected != sessionId)
        return;
    QTableWidget *t = m_ui->enrolledTable;
    bool sameRows = t->rowCount() == now.size();
    for (int r = 0; sameRows && r < now.size(); ++r)
        sameRows = t->item(r, 0) && t->item(r, 0)->data(Qt::UserRole).toLongLong() == now.at(r).patientId;
    if (!sameRows) { // a patient enrolled or removed: the few rows of the session are refilled
        showDetail();
        return;
    }
    showSessionInfo(session, now);
    m_loading = true;
    for (int r = 0; r < now.size(); ++r) {
        if (patients.contains(now.at(r).patientId))
            fillEnrolledRow(r, now.at(r), session); // the patient itself may have changed (name, plan)
        else if (auto *combo = qobject_cast<QComboBox *>(t->cellWidget(r, 1)))
            combo->setCurrentIndex(int(now.at(r).status));
    }
    m_loading = false;
}

// The cells showing session `s` in the list: enrolled count and conflict colour.
void SessionsPage::updateCells(const Session &s)
{
    const QVariant background = m_conflicted.contains(s.id) ? QVariant(QBrush(conflictColour)) : QVariant();
    QTableWidget *list = m_ui->listTable;
    for (int r = 0; r < list->rowCount(); ++r) {
        if (QTableWidgetItem *first = list->item(r, 0); !first || first->data(Qt::UserRole).toLongLong() != s.id)
            continue;
        for (int c = 0; c < list->columnCount(); ++c)
            if (QTableWidgetItem *item = list->item(r, c))
                item->setData(Qt::BackgroundRole, background);
        if (QTableWidgetItem *count = list->item(r, list->columnCount() - 1))
            count->setText(enrolledText(s));
    }
}

void SessionsPage::showDetail()
{
    const Session *s = nullptr;
    for (const Session &x : std::as_const(m_sessions))
        if (x.id == m_selected)
            s = &x;
    m_ui->detailPane->setEnabled(s != nullptr);
    m_ui->enrolledTable->setRowCount(0);
    m_ui->enrolWarning->clear();
    updateQuizButton(s);
    if (!s) {
        m_ui->sessionTitle->setText(tr("Choisissez une séance dans le calendrier"));
        m_ui->sessionInfo->clear();
        return;
    }
    m_ui->sessionTitle->setTextFormat(Qt::PlainText); // séance codes and titles
    m_ui->sessionTitle->setText(m_seanceTitles.value(s->seanceId));
    const QList<Attendance> enrolled = SessionStore(m_document->file()).attendance(s->id);
    showSessionInfo(*s, enrolled);
    m_loading = true;
    m_ui->enrolledTable->setRowCount(int(enrolled.size()));
    for (int r = 0; r < enrolled.size(); ++r)
        fillEnrolledRow(r, enrolled.at(r), *s);
    m_loading = false;
}

void SessionsPage::showSessionInfo(const Session &s, const QList<Attendance> &enrolled)
{
    QStringList names;
    for (qint64 id : s.facilitatorIds)
        names << m_memberNames.value(id);
    m_ui->sessionInfo->setText(tr("%1, %2 min — %3<br/>Animateurs : %4<br/>Inscrits : %5%6")
                                   .arg(QLocale().toString(s.startsAt, QStringLiteral("dddd d MMMM yyyy HH:mm")).toHtmlEscaped())
                                   .arg(s.durationMin)
                                   .arg(s.place.toHtmlEscaped(), (names.isEmpty() ? tr("(aucun)") : names.join(QStringLiteral(", "))).toHtmlEscaped())
                                   .arg(SessionRules::occupied(enrolled))
                                   .arg(s.capacity ? tr(" sur %1 places").arg(s.capacity) : QString()));
    m_ui->enrolWarning->setText(SessionRules::isFull(s, enrolled) ? tr("La séance est complète.") : QString());
}

void SessionsPage::newSession()
{
    const QDate monday = CalendarPeriod::mondayOf(m_day);
    newSessionAt(QDateTime(monday.addDays(std::clamp(int(monday.daysTo(QDate::currentDate())), 0, 4)), QTime(14, 0)));
}

void SessionsPage::newSessionAt(const QDateTime &at)
{
    if (!m_document || m_document->isReadOnly())
        return;
    SessionDialog dialog(m_document->file(), this);
    Session s;
    s.startsAt = at;
    dialog.setSession(s);
    if (dialog.exec() == QDialog::Accepted && m_document->push(PatientCommands::addSession(m_document, dialog.session())))
        Q_EMIT status(tr("Séance planifiée."));
}

void SessionsPage::moveSession(qint64 id, const QDateTime &start)
{
    if (!m_document)
        return;
    m_selected = id;
    if (const QString done = SessionMove::run(this, *m_document, id, start); !done.isEmpty())
        Q_EMIT status(done);
}

void SessionsPage::planning(int action)
{
    if (!m_document)
        return;
    const auto document = WeekPlanningDocument::build(m_document->file(), m_day, Settings::pageLayout());
    toPaper(action, *document, tr("planning-%1").arg(CalendarPeriod::mondayOf(m_day).toString(Qt::ISODate)), PaperDocument::Privacy::Shareable);
}

void SessionsPage::editSession()
{
    const auto before = m_selected ? SessionStore(m_document->file()).session(m_selected) : std::nullopt;
    if (!before || m_document->isReadOnly())
        return;
    SessionDialog dialog(m_document->file(), this);
    dialog.setSession(*before);
    if (dialog.exec() == QDialog::Accepted)
        m_document->push(PatientCommands::editSession(m_document, *before, dialog.session()));
}

void SessionsPage::removeSession()
{
    if (!m_selected)
        return;
    if (QMessageBox::question(this, tr("Supprimer la séance"), tr("Supprimer cette séance et ses inscriptions ?")) == QMessageBox::Yes)
        m_document->push(PatientCommands::removeSession(m_document, m_selected));
}

void SessionsPage::signin(int action)
{
    if (!m_selected)
        return;
    ProgrammeFile &file = m_document->file();
    const auto session = SessionStore(file).session(m_selected);
    const auto seance = session ? GuideStore(file).seance(session->seanceId) : std::nullopt;
    if (!seance)
        return;
    // The same sheet as the Ateliers page, pre-filled with this session's date, place, facilitators and patients.
    const auto document = SignInSheetDocument::build(file, *seance, SignInSheetDocument::forSession(file, *session), Settings::pageLayout());
    toPaper(action, *document, tr("emargement"), PaperDocument::Privacy::Personal);
}

void SessionsPage::toPaper(int action, PaperDocument &document, const QString &name, PaperDocument::Privacy privacy)
{
    if (action == 0)
        PaperActions::preview(this, document);
    else if (action == 1)
        PaperActions::print(this, document);
    else
        PaperActions::exportPdf(this, document, name, privacy);
}

} // namespace kitetp
