// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <initializer_list>

class QDialogButtonBox;
class QLabel;
class QObject;
class QWidget;

namespace kitetp {

// What a dialog's form says as the user types it (the path step, the session): errors keep OK disabled, warnings
// and notes are only shown. The dialog collects them in check(), then show() puts them under the form.
class FormIssues
{
public:
    enum class Kind { Error, Warning, Note };

    void add(Kind kind, const QString &text) { m_issues.append({kind, text}); }
    bool hasError() const;
    // Shows the issues in `label` (rich text: errors in red, warnings in amber, each escaped) and enables the OK
    // button of `buttons` unless there is an error.
    void show(QLabel *label, QDialogButtonBox *buttons) const;

    // Calls `check` whenever one of `editors` changes (a combo box's choice, a date, a number, a text, a list item's
    // check box): the form is checked as it is typed.
    static void watch(QObject *receiver, std::initializer_list<QWidget *> editors, const std::function<void()> &check);

private:
    struct Issue
    {
        Kind kind;
        QString text;
    };
    QList<Issue> m_issues;
};

} // namespace kitetp
