// SPDX-License-Identifier: EUPL-1.2
#include "ui/FormIssues.h"

#include "ui/DateEdit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace kitetp {

bool FormIssues::hasError() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(), [](const Issue &i) { return i.kind == Kind::Error; });
}

void FormIssues::show(QLabel *label, QDialogButtonBox *buttons) const
{
    QString html;
    for (const Issue &i : m_issues) {
        const QString escaped = i.text.toHtmlEscaped();
        switch (i.kind) {
        case Kind::Error: html += QStringLiteral("<p style=\"color:#9c1c1c\">%1</p>").arg(escaped); break;
        case Kind::Warning: html += QStringLiteral("<p style=\"color:#8a5a00\">%1</p>").arg(escaped); break;
        case Kind::Note: html += QStringLiteral("<p>%1</p>").arg(escaped); break;
        }
    }
    label->setText(html);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasError());
}

void FormIssues::watch(QObject *receiver, std::initializer_list<QWidget *> editors, const std::function<void()> &check)
{
    for (QWidget *editor : editors) {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            QObject::connect(combo, &QComboBox::currentIndexChanged, receiver, check);
        else if (auto *date = qobject_cast<QDateTimeEdit *>(editor))
            QObject::connect(date, &QDateTimeEdit::dateTimeChanged, receiver, check);
        else if (auto *dateEdit = qobject_cast<DateEdit *>(editor)) { // before QLineEdit, which it is
            QObject::connect(dateEdit, &DateEdit::dateChanged, receiver, check);
            QObject::connect(dateEdit, &DateEdit::inputValidityChanged, receiver, check);
        }
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            QObject::connect(spin, &QSpinBox::valueChanged, receiver, check);
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            QObject::connect(line, &QLineEdit::textChanged, receiver, check);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            QObject::connect(text, &QPlainTextEdit::textChanged, receiver, check);
        else if (auto *list = qobject_cast<QListWidget *>(editor))
            QObject::connect(list, &QListWidget::itemChanged, receiver, check);
        else
            Q_ASSERT_X(false, "FormIssues::watch", "an editor of a kind it does not know");
    }
}

} // namespace kitetp
