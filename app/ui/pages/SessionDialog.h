// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Patients.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SessionDialog;
}

namespace kitetp {

class ProgrammeFile;

// Plans or changes a session (forms/sessiondialog.ui): séance, date and time, duration, place, capacity,
// facilitators. Invalid values keep OK disabled; conflicts with other sessions are shown as warnings.
class SessionDialog : public QDialog
{
    Q_OBJECT
public:
    SessionDialog(ProgrammeFile &file, QWidget *parent = nullptr);
    ~SessionDialog() override;
    void setSession(const Session &session);
    Session session() const;
    // What `session` would clash with among the other sessions of its day (a place booked, a facilitator or an
    // enrolled patient twice), one warning each, in the user's language; the dialog shows them, a move asks.
    static QStringList conflictWarnings(ProgrammeFile &file, const Session &session);

private:
    void check();

    std::unique_ptr<Ui::SessionDialog> m_ui;
    ProgrammeFile &m_file;
    Session m_session;
};

} // namespace kitetp
