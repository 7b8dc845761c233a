// SPDX-License-Identifier: EUPL-1.2
#include "ui/evaluation/QuestionnaireDialog.h"

#include "storage/QuestionnaireStore.h"
#include "model/EvaluationCommands.h"
#include "model/ProgrammeDocument.h"
#include "ui/evaluation/ResponseDialog.h"
#include "ui_questionnairedialog.h"
#include "ui/Messages.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

namespace kitetp {

QuestionnaireDialog::QuestionnaireDialog(ProgrammeDocument *document, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::QuestionnaireDialog), m_document(document)
{
    m_ui->setupUi(this);
    m_ui->responses->setColumnCount(2);
    m_ui->responses->setHorizontalHeaderLabels({tr("Date"), tr("Réponses")});
    m_ui->responses->horizontalHeader()->setStretchLastSection(true);
    m_ui->responses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->responses->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->responses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_ui->addLikert, &QPushButton::clicked, this, [this] { askQuestion(true); });
    connect(m_ui->addText, &QPushButton::clicked, this, [this] { askQuestion(false); });
    connect(m_ui->editQuestion, &QPushButton::clicked, this, &QuestionnaireDialog::editQuestion);
    connect(m_ui->moveUp, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_ui->moveDown, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_ui->removeQuestion, &QPushButton::clicked, this, &QuestionnaireDialog::removeQuestion);
    connect(m_ui->useDefaults, &QPushButton::clicked, this, &QuestionnaireDialog::useDefaults);
    connect(m_ui->addResponse, &QPushButton::clicked, this, &QuestionnaireDialog::addResponse);
    connect(m_ui->editResponse, &QPushButton::clicked, this, &QuestionnaireDialog::editResponse);
    connect(m_ui->responses, &QTableWidget::cellDoubleClicked, this, &QuestionnaireDialog::editResponse);
    connect(m_ui->removeResponse, &QPushButton::clicked, this, &QuestionnaireDialog::removeResponse);
    connect(document, &ProgrammeDocument::changed, this, [this](const Change &change) {
        if (change.touches(QuestionnaireStore::area()))
            reload();
    });
    const bool writable = !document->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->addLikert, m_ui->addText, m_ui->editQuestion, m_ui->moveUp,
                                                       m_ui->moveDown, m_ui->removeQuestion, m_ui->useDefaults,
                                                       m_ui->addResponse, m_ui->editResponse, m_ui->removeResponse})
        w->setEnabled(writable);
    reload();
}

QuestionnaireDialog::~QuestionnaireDialog() = default;

void QuestionnaireDialog::reload()
{
    const QuestionnaireStore store(m_document->file());
    const QList<Question> questions = store.questions();
    const qint64 selected = selectedQuestion();
    m_ui->questions->clear();
    for (const Question &q : questions) {
        auto *item = new QListWidgetItem((q.kind == Question::Kind::Likert ? tr("[1 à 5] ") : tr("[texte] ")) + q.label);
        item->setData(Qt::UserRole, q.id);
        m_ui->questions->addItem(item);
        if (q.id == selected)
            m_ui->questions->setCurrentItem(item);
    }
    m_ui->useDefaults->setVisible(questions.isEmpty());
    m_ui->addResponse->setEnabled(!questions.isEmpty() && !m_document->isReadOnly());

    const QList<QuestionnaireResponse> responses = store.responses();
    m_ui->responses->setRowCount(int(responses.size()));
    const QLocale locale;
    for (int row = 0; row < responses.size(); ++row) {
        const QuestionnaireResponse &r = responses.at(row);
        auto *date = new QTableWidgetItem(locale.toString(r.date, QLocale::ShortFormat));
        date->setData(Qt::UserRole, r.id);
        QStringList values;
        for (const Question &q : questions)
            if (q.kind == Question::Kind::Likert)
                values << (r.likert.contains(q.id) ? QString::number(r.likert.value(q.id)) : QStringLiteral("—"));
        QString summary = values.join(QStringLiteral(" · "));
        if (!r.texts.isEmpty())
            summary += QLatin1Char(' ') + tr("(%n commentaire(s))", nullptr, int(r.texts.size()));
        m_ui->responses->setItem(row, 0, date);
        m_ui->responses->setItem(row, 1, new QTableWidgetItem(summary));
    }
}

qint64 QuestionnaireDialog::selectedQuestion() const
{
    const QListWidgetItem *item = m_ui->questions->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 QuestionnaireDialog::selectedResponse() const
{
    const int row = m_ui->responses->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_ui->responses->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void QuestionnaireDialog::addQuestion(bool likert, const QString &label)
{
    const QList<Question> questions = QuestionnaireStore(m_document->file()).questions();
    Question q;
    q.kind = likert ? Question::Kind::Likert : Question::Kind::Text;
    q.label = label;
    q.position = questions.isEmpty() ? 0 : questions.last().position + 1;
    const QString reason = Questionnaire::checkQuestion(q);
    if (!reason.isEmpty()) {
        Messages::warning(this, tr("Question refusée"), reason);
        return;
    }
    m_document->push(EvaluationCommands::question(m_document, std::nullopt, q, tr("Ajouter une question")));
}

void QuestionnaireDialog::askQuestion(bool likert)
{
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Nouvelle question"), tr("Libellé :"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addQuestion(likert, label);
}

void QuestionnaireDialog::useDefaults()
{
    m_document->undoStack()->beginMacro(tr("Utiliser le questionnaire proposé"));
    for (const Question &q : Questionnaire::defaultQuestions())
        m_document->push(EvaluationCommands::question(m_document, std::nullopt, q, tr("Ajouter une question")));
    m_document->undoStack()->endMacro();
}

void QuestionnaireDialog::editQuestion()
{
    for (const Question &q : QuestionnaireStore(m_document->file()).questions()) {
        if (q.id != selectedQuestion())
            continue;
        bool ok = false;
        const QString label = QInputDialog::getText(this, tr("Modifier la question"), tr("Libellé :"), QLineEdit::Normal, q.label, &ok);
        if (!ok || label == q.label)
            return;
        Question changed = q;
        changed.label = label;
        const QString reason = Questionnaire::checkQuestion(changed);
        if (!reason.isEmpty()) {
            Messages::warning(this, tr("Question refusée"), reason);
            return;
        }
        m_document->push(EvaluationCommands::question(m_document, q, changed, tr("Modifier une question")));
        return;
    }
}

void QuestionnaireDialog::moveQuestion(int delta)
{
    const QList<Question> questions = QuestionnaireStore(m_document->file()).questions();
    QList<qint64> order;
    for (const Question &q : questions)
        order << q.id;
    const qsizetype i = order.indexOf(selectedQuestion());
    const qsizetype j = i + delta;
    if (i < 0 || j < 0 || j >= order.size())
        return;
    order.swapItemsAt(i, j);
    // Every question is renumbered 0..n-1: swapping only two positions left ties when the old ones had gaps.
    m_document->push(new ReorderQuestionsCommand(m_document, questions, order, tr("Déplacer une question")));
}

void QuestionnaireDialog::removeQuestion()
{
    const QuestionnaireStore store(m_document->file());
    for (const Question &q : store.questions()) {
        if (q.id != selectedQuestion())
            continue;
        if (const int n = store.answerCount(q.id)) {
            QMessageBox::information(this, tr("Suppression impossible"),
                                     tr("Cette question a déjà %n réponse(s) : elle ne peut pas être supprimée (modifiez plutôt son libellé).",
                                        nullptr, n));
            return;
        }
        m_document->push(EvaluationCommands::question(m_document, q, std::nullopt, tr("Supprimer une question")));
        return;
    }
}

void QuestionnaireDialog::addResponse()
{
    ResponseDialog dialog(QuestionnaireStore(m_document->file()).questions(), {}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->push(EvaluationCommands::response(m_document, std::nullopt, dialog.response(), tr("Saisir un questionnaire")));
}

void QuestionnaireDialog::editResponse()
{
    const QuestionnaireStore store(m_document->file());
    const auto before = store.response(selectedResponse());
    if (!before || m_document->isReadOnly())
        return;
    ResponseDialog dialog(store.questions(), *before, this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->push(EvaluationCommands::response(m_document, before, dialog.response(), tr("Modifier un questionnaire")));
}

void QuestionnaireDialog::removeResponse()
{
    const auto before = QuestionnaireStore(m_document->file()).response(selectedResponse());
    if (before)
        m_document->push(EvaluationCommands::response(m_document, before, std::nullopt, tr("Supprimer un questionnaire")));
}

} // namespace kitetp
