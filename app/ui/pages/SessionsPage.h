// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/CalendarPeriod.h"
#include "core/Patients.h"
#include "documents/PaperDocument.h"
#include "ui/pages/Page.h"

#include <QDate>
#include <QHash>

#include <memory>

class QPushButton;

namespace Ui {
class SessionsPage;
}

namespace kitetp {

// The "Séances" page (forms/sessionspage.ui): a calendar of sessions (a month, a week with its hours, or a list of
// four weeks; sessions moved by dragging them, planned by a double-click on an empty slot), the conflicts of the
// period, the week's planning on paper, and the selected session's enrolments and attendance, with its sign-in sheet.
class MonthView;

class WeekView;

class SessionsPage : public Page
{
    Q_OBJECT
public:
    enum class View { Month, Week, List }; // in the order of CalendarPeriod::Kind

    explicit SessionsPage(QWidget *parent = nullptr);
    ~SessionsPage() override;
    void setDocument(ProgrammeDocument *document) override;
    void showWeekOf(const QDate &day); // the period of the view shown that holds `day`
    void setView(View shown);
    View view() const { return m_view; }
    void selectSession(qint64 id);
    qint64 selectedSession() const { return m_selected; }
    // Imprimer / PDF (Ctrl+P): the sign-in sheet of the selected session, else the planning of the week shown.
    bool hasPaper() const override { return m_document != nullptr; }
    void paper(PaperAction action) override
    {
        const int how = action == PaperAction::Print ? 1 : 2;
        m_selected ? signin(how) : planning(how);
    }

protected:
    void loadDeferred() override;

private:
    void reloadStale() override;
    void reload();
    void showConflicts();
    CalendarPeriod period() const; // the days shown
    void fillCalendar();
    void fillList();
    void moveSession(qint64 id, const QDateTime &start);
    void planning(int action); // the week's planning: preview (0), print (1), PDF (2)
    // One attendance of a session on screen changed: its cells, the conflicts and, when it is the one selected, its
    // enrolments are brought up to date in place (no grid refilled). `patients`: the patients the change names.
    void updateAttendance(qint64 sessionId, const QList<qint64> &patients);
    void updateCells(const Session &s); // its row in the list
    QString enrolledText(const Session &s) const;
    void showDetail();
    void showSessionInfo(const Session &s, const QList<Attendance> &enrolled);
    void fillEnrolledRow(int row, const Attendance &a, const Session &s);
    void newSession();
    void newSessionAt(const QDateTime &at); // the new-session dialog, its start set to `at`
    void editSession();
    void removeSession();
    void enrol();
    void unenrol();
    void signin(int action);
    // SessionsPageQuiz.cpp: the « Quiz… » button, enabled when the selected session's séance has a quiz.
    void setupQuiz();
    void updateQuizButton(const Session *session);
    void quizAnswers();
    void toPaper(int action, PaperDocument &document, const QString &name, PaperDocument::Privacy privacy); // preview, print, PDF

    std::unique_ptr<Ui::SessionsPage> m_ui;
    ProgrammeDocument *m_document = nullptr;
    MonthView *m_monthView = nullptr;
    WeekView *m_weekView = nullptr;
    View m_view = View::Week;
    QDate m_day; // the day the period is shown around (its week, its month)
    QList<Session> m_sessions;
    QList<Attendance> m_attendance;
    QHash<qint64, QString> m_seanceTitles;
    QHash<qint64, QString> m_memberNames;
    QHash<qint64, int> m_conflicted; // session id -> number of conflicts
    qint64 m_selected = 0;
    bool m_loading = false;
    QPushButton *m_quizButton = nullptr; // « Quiz… »: the answers of the session's patients (SessionsPageQuiz.cpp)
    bool m_reloadPending = false; // a reload is queued (several changes in a row: one reload)
};

} // namespace kitetp
