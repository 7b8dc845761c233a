// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewProgrammeDialog;
}

namespace kitetp {

// Asks for a new programme's title, template and file (forms/newprogrammedialog.ui).
class NewProgrammeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProgrammeDialog(QWidget *parent = nullptr);
    ~NewProgrammeDialog() override;

    QString title() const;
    QString templateName() const;
    QString path() const;
    void setTemplateName(const QString &name);

    void accept() override;

private:
    void browse();
    std::unique_ptr<Ui::NewProgrammeDialog> m_ui;
};

} // namespace kitetp
