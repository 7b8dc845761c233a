// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Evaluation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResponseDialog;
}

namespace kitetp {

// Entering one questionnaire: its date, a 1–5 answer (or none) per Likert question, a text per open question.
// OK is refused with the reason shown while Questionnaire::checkResponse() says no.
class ResponseDialog : public QDialog
{
    Q_OBJECT
public:
    ResponseDialog(const QList<Question> &questions, const QuestionnaireResponse &response, QWidget *parent = nullptr);
    ~ResponseDialog() override;
    QuestionnaireResponse response() const;

private:
    void tryAccept();
    std::unique_ptr<Ui::ResponseDialog> m_ui;
    QList<Question> m_questions;
    QuestionnaireResponse m_response;
    QList<QWidget *> m_editors;
};

} // namespace kitetp
