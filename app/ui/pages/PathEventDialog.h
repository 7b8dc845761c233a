// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Patients.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PathEventDialog;
}

namespace kitetp {

class ProgrammeFile;

// Adds or changes one step of a patient's path (forms/patheventdialog.ui). The path rules are checked as the user
// types: errors keep OK disabled, warnings are shown.
class PathEventDialog : public QDialog
{
    Q_OBJECT
public:
    PathEventDialog(ProgrammeFile &file, QList<PathEvent> path, QWidget *parent = nullptr);
    ~PathEventDialog() override;
    void setEvent(const PathEvent &event);
    PathEvent pathEvent() const;

private:
    void check();

    std::unique_ptr<Ui::PathEventDialog> m_ui;
    QList<PathEvent> m_path;
    PathEvent m_event;
};

} // namespace kitetp
