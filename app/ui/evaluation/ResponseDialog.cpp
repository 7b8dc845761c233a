// SPDX-License-Identifier: EUPL-1.2
#include "ui/evaluation/ResponseDialog.h"

#include "ui_responsedialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace kitetp {

ResponseDialog::ResponseDialog(const QList<Question> &questions, const QuestionnaireResponse &response, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ResponseDialog), m_questions(questions), m_response(response)
{
    m_ui->setupUi(this);
    m_ui->date->setRequired(true);
    m_ui->date->setDate(response.date.isValid() ? response.date : QDate::currentDate());
    for (const Question &q : questions) {
        auto *label = new QLabel(q.label);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QWidget *editor;
        if (q.kind == Question::Kind::Likert) {
            auto *spin = new QSpinBox;
            spin->setRange(0, 5);
            spin->setSpecialValueText(QStringLiteral("—"));
            spin->setValue(response.likert.value(q.id, 0));
            editor = spin;
        } else {
            auto *text = new QPlainTextEdit(response.texts.value(q.id));
            text->setMaximumHeight(90);
            editor = text;
        }
        m_editors << editor;
        m_ui->answers->addRow(label, editor);
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ResponseDialog::tryAccept);
}

ResponseDialog::~ResponseDialog() = default;

QuestionnaireResponse ResponseDialog::response() const
{
    QuestionnaireResponse r = m_response;
    r.date = m_ui->date->date();
    r.likert.clear();
    r.texts.clear();
    for (int i = 0; i < m_questions.size(); ++i) {
        const qint64 id = m_questions.at(i).id;
        if (auto *spin = qobject_cast<QSpinBox *>(m_editors.at(i))) {
            if (spin->value() > 0)
                r.likert.insert(id, spin->value());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_editors.at(i))) {
            if (!text->toPlainText().trimmed().isEmpty())
                r.texts.insert(id, text->toPlainText());
        }
    }
    return r;
}

void ResponseDialog::tryAccept()
{
    // A refused typed date: never the previous one in its place.
    const QString reason = m_ui->date->hasInvalidInput() ? m_ui->date->invalidReason() : Questionnaire::checkResponse(response());
    m_ui->problem->setTextFormat(Qt::PlainText);
    m_ui->problem->setText(reason);
    if (reason.isEmpty())
        accept();
}

} // namespace kitetp
