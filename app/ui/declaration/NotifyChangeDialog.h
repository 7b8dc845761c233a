// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Declaration.h"

#include <QDialog>
#include <memory>

namespace Ui {
class NotifyChangeDialog;
}

namespace kitetp {

// Asks which change is notified (coordinator, objectives, funding), when, what it replaces, and what to add to the
// letter.
// OK is refused with a message beside the date while the date is not plausible or in the future.
class NotifyChangeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotifyChangeDialog(QWidget *parent = nullptr);
    ~NotifyChangeDialog() override;
    DeclarationEvent declarationEvent() const;
    void accept() override;

private:
    std::unique_ptr<Ui::NotifyChangeDialog> m_ui;
};

} // namespace kitetp
