// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Patients.h"
#include "ui/DocumentView.h"


#include <memory>
#include <optional>

class QUndoCommand;

namespace Ui {
class PatientView;
}

namespace kitetp {

// One patient's page (forms/patientview.ui): identity (hidden on screen when asked), clinical context, the path as
// a timeline with what is due next, objectives and results, the personalised programme, attendance, and the
// letter to the GP. Every edit is a command on the document; the page reloads when the file says so.
class PatientView : public DocumentView
{
    Q_OBJECT
public:
    explicit PatientView(QWidget *parent = nullptr);
    ~PatientView() override;
    void showPatient(qint64 id);
    qint64 patientId() const { return m_patient.id; }
    // The letter to the GP of the patient shown: 0 preview, 1 print, 2 PDF.
    void letter(int action);
    // Removes the patient shown (undoable, no question); their code, or empty when none is shown.
    QString removeShown();

Q_SIGNALS:
    void status(const QString &message);

private:
    void showDocument() override;
    void followChange(const Change &change) override;
    void reload();
    void loadPath();
    void loadObjectives();
    void loadPlanAndAttendance();
    void applyPrivacy();
    void commitPatient();
    void addEvent();
    void editEvent();
    // The step chosen in the timeline (nothing when none is).
    std::optional<PathEvent> currentEvent() const;
    void removeEvent();
    void addObjective();
    void objectiveEdited(int row);
    void planEdited();
    void editTemplate();
    void removePatient();
    bool push(QUndoCommand *command);

    std::unique_ptr<Ui::PatientView> m_ui;
    Patient m_patient;
    QList<PathEvent> m_path;
    QList<Objective> m_objectives;
    QList<qint64> m_plan;
    bool m_loading = false;
};

} // namespace kitetp
