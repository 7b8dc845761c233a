// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class QuestionnaireDialog;
}

namespace kitetp {

class ProgrammeDocument;

// The satisfaction questionnaire: the team configures its questions and enters the responses collected on paper.
// Every change is an undoable command on the programme; the lists follow ProgrammeDocument::changed.
class QuestionnaireDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuestionnaireDialog(ProgrammeDocument *document, QWidget *parent = nullptr);
    ~QuestionnaireDialog() override;

    void reload();
    void addQuestion(bool likert, const QString &label); // used by the buttons and the tests
    void useDefaults();

private:
    void askQuestion(bool likert);
    void editQuestion();
    void moveQuestion(int delta);
    void removeQuestion();
    void addResponse();
    void editResponse();
    void removeResponse();
    qint64 selectedQuestion() const;
    qint64 selectedResponse() const;

    std::unique_ptr<Ui::QuestionnaireDialog> m_ui;
    ProgrammeDocument *m_document;
};

} // namespace kitetp
