// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/PatientPath.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EnrolDialog;
}

namespace kitetp {

class ProgrammeFile;

// Chooses the patients to enrol in a session (forms/enroldialog.ui): by default only those whose personalised
// programme includes the séance and whose path is open; others on request, with a warning.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(ProgrammeFile &file, const Session &session, const QList<Attendance> &enrolled, bool hideIdentities,
                QWidget *parent = nullptr);
    ~EnrolDialog() override;
    QList<qint64> selected() const;

private:
    void fill();

    std::unique_ptr<Ui::EnrolDialog> m_ui;
    ProgrammeFile &m_file;
    Session m_session;
    QList<qint64> m_enrolled;
    QList<PatientSummary> m_patients;
    QList<qint64> m_planned;
    bool m_hide;
};

} // namespace kitetp
