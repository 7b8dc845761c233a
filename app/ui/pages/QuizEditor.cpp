// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/QuizEditor.h"

#include "model/ProgrammeDocument.h"
#include "model/QuizCommands.h"
#include "ui/FocusOut.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kitetp {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

QString questionLine(const QuizQuestion &q, int row)
{
    return QStringLiteral("%1. %2").arg(row + 1).arg(q.text);
}

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &icon)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(text);
    b->setAccessibleName(text);
    b->setIcon(QIcon::fromTheme(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}

} // namespace

QuizEditor::QuizEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quizEditor"));
    auto *layout = new QVBoxLayout(this);
    m_draft = new QCheckBox(tr("Brouillon à relire (imprimé sur la fiche et le corrigé)"), this);
    m_draft->setObjectName(QStringLiteral("quizDraft"));
    layout->addWidget(m_draft);

    auto *listLabel = new QLabel(tr("&Questions :"), this);
    layout->addWidget(listLabel);
    auto *row = new QHBoxLayout;
    m_questions = new QListWidget(this);
    m_questions->setObjectName(QStringLiteral("quizQuestions"));
    m_questions->setAccessibleName(tr("Questions du quiz"));
    m_questions->setWordWrap(true);
    listLabel->setBuddy(m_questions);
    row->addWidget(m_questions, 1);
    auto *buttons = new QVBoxLayout;
    m_add = toolButton(this, tr("Ajouter une question"), QStringLiteral("list-add"));
    m_add->setObjectName(QStringLiteral("quizAdd"));
    m_remove = toolButton(this, tr("Supprimer la question"), QStringLiteral("list-remove"));
    m_remove->setObjectName(QStringLiteral("quizRemove"));
    m_up = toolButton(this, tr("Monter"), QStringLiteral("go-up"));
    m_up->setObjectName(QStringLiteral("quizUp"));
    m_down = toolButton(this, tr("Descendre"), QStringLiteral("go-down"));
    m_down->setObjectName(QStringLiteral("quizDown"));
    for (QToolButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    m_questionForm = new QWidget(this);
    auto *form = new QFormLayout(m_questionForm);
    m_kind = new QComboBox(m_questionForm);
    m_kind->setObjectName(QStringLiteral("quizKind"));
    for (auto kind : {QuizQuestion::Kind::TrueFalse, QuizQuestion::Kind::Single, QuizQuestion::Kind::Multiple})
        m_kind->addItem(QuizRules::kindLabel(kind));
    form->addRow(tr("&Type :"), m_kind);
    m_text = new QLineEdit(m_questionForm);
    m_text->setObjectName(QStringLiteral("quizText"));
    form->addRow(tr("É&noncé :"), m_text);
    m_choices = new QPlainTextEdit(m_questionForm);
    m_choices->setObjectName(QStringLiteral("quizChoices"));
    m_choices->setTabChangesFocus(true);
    m_choices->setMaximumHeight(110);
    form->addRow(tr("&Choix (un par ligne) :"), m_choices);
    m_right = new QListWidget(m_questionForm);
    m_right->setObjectName(QStringLiteral("quizRight"));
    m_right->setMaximumHeight(110);
    form->addRow(tr("&Bonnes réponses (cochées) :"), m_right);
    m_explanation = new QPlainTextEdit(m_questionForm);
    m_explanation->setObjectName(QStringLiteral("quizExplanation"));
    m_explanation->setTabChangesFocus(true);
    m_explanation->setMaximumHeight(90);
    form->addRow(tr("E&xplication (pour le corrigé) :"), m_explanation);
    layout->addWidget(m_questionForm);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("quizIssue"));
    m_issue->setTextFormat(Qt::PlainText);
    m_issue->setWordWrap(true);
    m_issue->setStyleSheet(QStringLiteral("color: #9c1c1c;"));
    m_issue->hide();
    layout->addWidget(m_issue);

    connect(m_draft, &QCheckBox::toggled, this, [this](bool on) {
        if (!commit(tr("brouillon à relire"), [on](Quiz &q) { q.draft = on; }))
            showSeance(nullptr);
    });
    connect(m_questions, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            fillQuestion();
    });
    connect(m_add, &QToolButton::clicked, this, &QuizEditor::addQuestion);
    connect(m_remove, &QToolButton::clicked, this, &QuizEditor::removeQuestion);
    connect(m_up, &QToolButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_kind, &QComboBox::activated, this, &QuizEditor::setKind);
    connect(m_text, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_text->text().trimmed();
        commitQuestion(tr("énoncé de la question %1").arg(currentQuestion() + 1), [&text](QuizQuestion &q) { q.text = text; });
    });
    commitOnFocusOut(m_choices, [this] { commitChoices(); });
    commitOnFocusOut(m_explanation, [this] {
        const QString text = m_explanation->toPlainText().trimmed();
        commitQuestion(tr("explication de la question %1").arg(currentQuestion() + 1), [&text](QuizQuestion &q) { q.explanation = text; });
    });
    connect(m_right, &QListWidget::itemChanged, this, [this](QListWidgetItem *changed) {
        if (m_filling)
            return;
        // One right answer for a single choice or a true/false: ticking one unticks the other.
        const int kind = m_kind->currentIndex();
        if (kind != 2 && changed->checkState() == Qt::Checked) {
            m_filling = true;
            for (int i = 0; i < m_right->count(); ++i)
                if (m_right->item(i) != changed)
                    m_right->item(i)->setCheckState(Qt::Unchecked);
            m_filling = false;
        }
        // After the view is done with the item: the write refills the list (the séance shown again).
        QMetaObject::invokeMethod(this, &QuizEditor::commitRight, Qt::QueuedConnection);
    });
    showSeance(nullptr);
}

int QuizEditor::currentQuestion() const
{
    return m_questions->currentRow();
}

void QuizEditor::selectQuestion(int row)
{
    m_questions->setCurrentRow(row);
}

QString QuizEditor::issue() const
{
    return m_issue->isVisible() ? m_issue->text() : QString();
}

void QuizEditor::setIssue(const QString &reason)
{
    m_issue->setText(reason);
    m_issue->setVisible(!reason.isEmpty());
}

void QuizEditor::showSeance(const Seance *seance)
{
    if (seance) {
        if (seance->id != m_seanceId)
            setIssue({});
        m_seanceId = seance->id;
        m_seanceCode = seance->code;
        m_quiz = seance->quiz;
    }
    m_filling = true;
    const int row = m_questions->currentRow();
    const QSignalBlocker blockDraft(m_draft);
    m_draft->setChecked(m_quiz.draft);
    m_questions->clear();
    for (qsizetype i = 0; i < m_quiz.questions.size(); ++i)
        m_questions->addItem(questionLine(m_quiz.questions.at(i), int(i)));
    if (!m_quiz.questions.isEmpty())
        m_questions->setCurrentRow(std::clamp(row, 0, int(m_quiz.questions.size()) - 1));
    m_filling = false;
    const bool writable = m_document && !m_document->isReadOnly() && m_seanceId != 0;
    m_draft->setEnabled(writable && !m_quiz.isEmpty());
    m_add->setEnabled(writable && m_quiz.questions.size() < QuizRules::maxQuestions);
    fillQuestion();
}

void QuizEditor::fillQuestion()
{
    m_filling = true;
    const int row = currentQuestion();
    const bool has = row >= 0 && row < m_quiz.questions.size();
    const bool writable = m_document && !m_document->isReadOnly();
    m_questionForm->setEnabled(has && writable);
    m_remove->setEnabled(has && writable);
    m_up->setEnabled(has && writable && row > 0);
    m_down->setEnabled(has && writable && row + 1 < m_quiz.questions.size());
    const QuizQuestion q = has ? m_quiz.questions.at(row) : QuizQuestion();
    m_kind->setCurrentIndex(int(q.kind));
    if (m_text->text() != q.text) {
        m_text->setText(q.text);
        m_text->setCursorPosition(0);
    }
    const QString choices = q.choices.join(QLatin1Char('\n'));
    if (m_choices->toPlainText() != choices)
        m_choices->setPlainText(choices);
    m_choices->setReadOnly(q.kind == QuizQuestion::Kind::TrueFalse);
    const int rightRow = m_right->currentRow();
    m_right->clear();
    for (qsizetype i = 0; i < q.choices.size(); ++i) {
        auto *item = new QListWidgetItem(q.choices.at(i), m_right);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(q.right.contains(int(i)) ? Qt::Checked : Qt::Unchecked);
    }
    if (rightRow >= 0 && rightRow < m_right->count())
        m_right->setCurrentRow(rightRow); // ticking with the space bar goes on where it was
    if (m_explanation->toPlainText() != q.explanation)
        m_explanation->setPlainText(q.explanation);
    m_filling = false;
}

bool QuizEditor::commit(const QString &what, const std::function<void(Quiz &)> &change)
{
    if (m_filling || !m_document || m_seanceId == 0)
        return false;
    Quiz after = m_quiz;
    change(after);
    if (after == m_quiz)
        return true;
    if (const QString reason = QuizRules::check(after); !reason.isEmpty()) {
        setIssue(reason);
        Q_EMIT status(reason);
        // The form shows again what is stored, once the editor that sent the edit is done with its event.
        QMetaObject::invokeMethod(this, &QuizEditor::fillQuestion, Qt::QueuedConnection);
        return false;
    }
    setIssue({});
    const Quiz before = m_quiz;
    m_quiz = after; // the page shows the séance again when the change comes back; the form is already right
    if (!m_document->push(new EditQuizCommand(m_document, m_seanceId, m_seanceCode, before, after, what))) {
        m_quiz = before;
        showSeance(nullptr);
        return false;
    }
    return true;
}

bool QuizEditor::commitQuestion(const QString &what, const std::function<void(QuizQuestion &)> &change)
{
    const int row = currentQuestion();
    if (row < 0 || row >= m_quiz.questions.size())
        return false;
    return commit(what, [&](Quiz &q) { change(q.questions[row]); });
}

void QuizEditor::addQuestion()
{
    QuizQuestion q;
    q.kind = QuizQuestion::Kind::TrueFalse;
    q.text = tr("Nouvelle question");
    q.choices = QuizRules::trueFalseChoices();
    q.right = {0};
    const int row = currentQuestion() + 1;
    const int at = std::clamp(row, 0, int(m_quiz.questions.size()));
    if (commit(tr("ajouter une question"), [&](Quiz &quiz) { quiz.questions.insert(at, q); })) {
        showSeance(nullptr);
        selectQuestion(at);
        m_text->setFocus();
        m_text->selectAll();
    }
}

void QuizEditor::removeQuestion()
{
    const int row = currentQuestion();
    if (row < 0 || row >= m_quiz.questions.size())
        return;
    if (commit(tr("supprimer la question %1").arg(row + 1), [row](Quiz &quiz) { quiz.questions.removeAt(row); }))
        showSeance(nullptr);
}

void QuizEditor::moveQuestion(int delta)
{
    const int row = currentQuestion();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_quiz.questions.size())
        return;
    if (commit(tr("déplacer la question %1").arg(row + 1), [row, to](Quiz &quiz) { quiz.questions.swapItemsAt(row, to); })) {
        showSeance(nullptr);
        selectQuestion(to);
    }
}

void QuizEditor::setKind(int index)
{
    const auto kind = QuizQuestion::Kind(index);
    commitQuestion(tr("type de la question %1").arg(currentQuestion() + 1), [kind](QuizQuestion &q) {
        if (q.kind == kind)
            return;
        if (kind == QuizQuestion::Kind::TrueFalse) {
            q.choices = QuizRules::trueFalseChoices();
            q.right = {0};
        } else if (kind == QuizQuestion::Kind::Single && q.right.size() > 1) {
            q.right = {q.right.first()};
        }
        q.kind = kind;
    });
    fillQuestion();
}

void QuizEditor::commitChoices()
{
    const int row = currentQuestion();
    if (m_filling || row < 0 || row >= m_quiz.questions.size())
        return;
    const QuizQuestion &current = m_quiz.questions.at(row);
    const QStringList choices = lines(m_choices);
    if (choices == current.choices)
        return;
    // The right answers follow their text: a right choice moved keeps its tick; one removed loses it.
    QList<int> right;
    for (int i : current.right)
        if (i < current.choices.size())
            if (const int at = int(choices.indexOf(current.choices.at(i))); at >= 0)
                right << at;
    std::sort(right.begin(), right.end());
    if (commitQuestion(tr("choix de la question %1").arg(row + 1), [&](QuizQuestion &q) {
            q.choices = choices;
            q.right = right;
        }))
        fillQuestion();
}

void QuizEditor::commitRight()
{
    QList<int> right;
    for (int i = 0; i < m_right->count(); ++i)
        if (m_right->item(i)->checkState() == Qt::Checked)
            right << i;
    commitQuestion(tr("bonnes réponses de la question %1").arg(currentQuestion() + 1), [&right](QuizQuestion &q) { q.right = right; });
}

} // namespace kitetp
