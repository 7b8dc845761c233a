#pragma once

#include "core/Patients.h"
#include "ui/pages/Page.h"

#include <QDate>
#include <QHash>

#include <memory>

namespace Ui {
class SessionsPage;
}

namespace kitetp {

// The "Séances" page (forms/sessionspage.ui): a calendar of sessions (week view, or a list of four weeks), the
// conflicts of the period, and the selected session's enrolments and attendance, with its sign-in sheet.
class SessionsPage : public Page
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget *parent = nullptr);
    ~SessionsPage() override;
    void setDocument(ProgrammeDocument *document) override;
    void showWeekOf(const QDate &day);
    void selectSession(qint64 id);
    qint64 selectedSession() const { return m_selected; }

protected:
    void loadDeferred() override;

private:
    void reloadStale() override;
    void reload();
    void showConflicts();
    void fillWeek();
    void fillList();
    // One attendance of a session on screen changed: its cells, the conflicts and, when it is the one selected, its
    // enrolments are brought up to date in place (no grid refilled). `patients`: the patients the change names.
    void updateAttendance(qint64 sessionId, const QList<qint64> &patients);
    void updateCells(const Session &s);
    QString weekText(const Session &s) const;
    QString enrolledText(const Session &s) const;
    void showDetail();
    void showSessionInfo(const Session &s, const QList<Attendance> &enrolled);
    void fillEnrolledRow(int row, const Attendance &a, const Session &s);
    void newSession();
    void newSessionOn(const QDate &day); // the new-session dialog, its date set to `day`
    void editSession();
    void removeSession();
    void enrol();
    void unenrol();
    void signin(int action);

    std::unique_ptr<Ui::SessionsPage> m_ui;
    ProgrammeDocument *m_document = nullptr;
    QDate m_monday;
    QList<Session> m_sessions;
    QList<Attendance> m_attendance;
    QHash<qint64, QString> m_seanceTitles;
    QHash<qint64, QString> m_memberNames;
    QHash<qint64, int> m_conflicted; // session id -> number of conflicts
    qint64 m_selected = 0;
    bool m_loading = false;
    bool m_reloadPending = false; // a reload is queued (several changes in a row: one reload)
};

} // namespace kitetp
