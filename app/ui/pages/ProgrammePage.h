// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/pages/Page.h"

#include <memory>

namespace Ui {
class ProgrammePage;
}

namespace kitetp {

class FieldBinder;

// The programme's identity, host organisation and contact (forms/programmepage.ui, fields bound by FieldBinder).
class ProgrammePage : public Page
{
    Q_OBJECT
public:
    explicit ProgrammePage(QWidget *parent = nullptr);
    ~ProgrammePage() override;

    // Reads an image file and makes it the team's logo (one undo step); returns the refusal reason, if any.
    QString setLogoFromFile(const QString &path);

private:
    void showDocument() override;
    void followChange(const Change &change) override;
    void chooseLogo();
    void showLogo();

    std::unique_ptr<Ui::ProgrammePage> m_ui;
    FieldBinder *m_binder;
};

} // namespace kitetp
