// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LetterTemplateDialog;
}

namespace kitetp {

class ProgrammeFile;

// Edits the team's template of the letter to the GP (forms/lettertemplatedialog.ui); the page pushes the change.
class LetterTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LetterTemplateDialog(ProgrammeFile &file, QWidget *parent = nullptr);
    ~LetterTemplateDialog() override;
    QString before() const { return m_before; }
    QString after() const; // empty when it is the provided template
    bool changed() const { return after() != m_before; }

private:
    std::unique_ptr<Ui::LetterTemplateDialog> m_ui;
    QString m_before;
};

} // namespace kitetp
