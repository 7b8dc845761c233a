// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace kitetp {

class ProgrammeDocument;

// The « Quiz » tab of a séance on the Ateliers page: its questions (true/false, single or multiple choice), each with
// its choices, its right answers (ticked) and the explanation printed in the facilitator's key. Every edit is an
// EditQuizCommand (undo, redo); a question the rules refuse (QuizRules: no right answer, two right answers to a
// single choice...) is not written, and the reason is shown under the form.
class QuizEditor : public QWidget
{
    Q_OBJECT
public:
    explicit QuizEditor(QWidget *parent = nullptr);

    void setDocument(ProgrammeDocument *document) { m_document = document; }
    // Shows the quiz of `seance` (nullptr: none), keeping the question selected when it is still there.
    void showSeance(const Seance *seance);
    int currentQuestion() const;
    void selectQuestion(int row);
    // Why the last edit was refused (empty when it was written).
    QString issue() const;

Q_SIGNALS:
    void status(const QString &message);

private:
    void fillQuestion();
    // Pushes the quiz with `change` applied; false (the reason shown, the form put back) when refused.
    bool commit(const QString &what, const std::function<void(Quiz &)> &change);
    bool commitQuestion(const QString &what, const std::function<void(QuizQuestion &)> &change);
    void addQuestion();
    void removeQuestion();
    void moveQuestion(int delta);
    void setKind(int index);
    void commitChoices();
    void commitRight();
    void setIssue(const QString &reason);

    ProgrammeDocument *m_document = nullptr;
    qint64 m_seanceId = 0;
    QString m_seanceCode;
    Quiz m_quiz;
    bool m_filling = false;

    QCheckBox *m_draft;
    QListWidget *m_questions;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QComboBox *m_kind;
    QLineEdit *m_text;
    QPlainTextEdit *m_choices;
    QListWidget *m_right;
    QPlainTextEdit *m_explanation;
    QLabel *m_issue;
    QWidget *m_questionForm;
};

} // namespace kitetp
