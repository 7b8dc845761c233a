// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/QuizAnswersDialog.h"

#include "core/Indicators.h"
#include "model/ProgrammeDocument.h"
#include "model/QuizCommands.h"
#include "storage/PatientStore.h"
#include "storage/QuizStore.h"
#include "storage/SessionStore.h"
#include "ui/IdentityPrivacy.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kitetp {

QuizAnswersDialog::QuizAnswersDialog(ProgrammeDocument *document, const Session &session, const Seance &seance, qint64 patientId,
                                     QWidget *parent)
    : QDialog(parent), m_document(document), m_session(session), m_seance(seance)
{
    setWindowTitle(tr("Réponses au quiz — %1").arg(seance.code));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_patient = new QComboBox(this);
    m_patient->setObjectName(QStringLiteral("quizPatient"));
    const PatientStore patients(document->file());
    const bool hidden = IdentityPrivacy::instance()->hidden();
    for (const Attendance &a : SessionStore(document->file()).attendance(session.id)) {
        const Patient p = patients.patient(a.patientId).value_or(Patient());
        QString label = p.code;
        if (!hidden && p.hasIdentity())
            label += QStringLiteral(" — ") + QString(p.lastName.toUpper() + QLatin1Char(' ') + p.firstName).trimmed();
        m_patient->addItem(label, a.patientId);
    }
    if (const int at = m_patient->findData(patientId); at >= 0)
        m_patient->setCurrentIndex(at);
    form->addRow(tr("&Patient :"), m_patient);
    m_moment = new QComboBox(this);
    m_moment->setObjectName(QStringLiteral("quizMoment"));
    m_moment->addItem(QuizRules::momentLabel(QuizMoment::After), QuizRules::momentToStored(QuizMoment::After));
    m_moment->addItem(QuizRules::momentLabel(QuizMoment::Before), QuizRules::momentToStored(QuizMoment::Before));
    form->addRow(tr("&Moment :"), m_moment);
    layout->addLayout(form);

    auto *questions = new QWidget;
    auto *questionsLayout = new QVBoxLayout(questions);
    for (qsizetype i = 0; i < seance.quiz.questions.size(); ++i) {
        const QuizQuestion &q = seance.quiz.questions.at(i);
        auto *box = new QGroupBox(tr("%1. %2").arg(i + 1).arg(q.text), questions);
        auto *boxLayout = new QVBoxLayout(box);
        auto *group = new QButtonGroup(box);
        group->setExclusive(false); // a radio group that can also be left empty (a question not answered)
        QList<QAbstractButton *> buttons;
        for (qsizetype c = 0; c < q.choices.size(); ++c) {
            QAbstractButton *b = q.kind == QuizQuestion::Kind::Multiple ? static_cast<QAbstractButton *>(new QCheckBox(q.choices.at(c), box))
                                                                        : new QRadioButton(q.choices.at(c), box);
            b->setAccessibleName(tr("Question %1 : %2").arg(i + 1).arg(q.choices.at(c)));
            group->addButton(b);
            boxLayout->addWidget(b);
            buttons << b;
            connect(b, &QAbstractButton::toggled, this, [this, i, b, kind = q.kind](bool on) {
                if (m_loading)
                    return;
                if (on && kind != QuizQuestion::Kind::Multiple) {
                    m_loading = true;
                    for (QAbstractButton *other : m_boxes.at(i))
                        if (other != b)
                            other->setChecked(false);
                    m_loading = false;
                }
                updateScore();
            });
        }
        m_boxes << buttons;
        questionsLayout->addWidget(box);
    }
    questionsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(questions);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);

    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_score->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_score);
    m_recorded = new QLabel(this);
    m_recorded->setWordWrap(true);
    layout->addWidget(m_recorded);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Enregistrer"), QDialogButtonBox::ActionRole);
    m_clear = buttons->addButton(tr("E&ffacer ces réponses"), QDialogButtonBox::ActionRole);
    m_save->setEnabled(!document->isReadOnly() && m_patient->count() > 0);
    connect(m_save, &QPushButton::clicked, this, &QuizAnswersDialog::save);
    connect(m_clear, &QPushButton::clicked, this, &QuizAnswersDialog::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_patient, &QComboBox::currentIndexChanged, this, &QuizAnswersDialog::load);
    connect(m_moment, &QComboBox::currentIndexChanged, this, &QuizAnswersDialog::load);
    resize(560, 640);
    load();
}

QAbstractButton *QuizAnswersDialog::choiceButton(int question, int choice) const
{
    if (question < 0 || question >= m_boxes.size() || choice < 0 || choice >= m_boxes.at(question).size())
        return nullptr;
    return m_boxes.at(question).at(choice);
}

QString QuizAnswersDialog::scoreText() const
{
    return m_score->text();
}

QuizMoment QuizAnswersDialog::moment() const
{
    return QuizRules::momentFromStored(m_moment->currentData().toString()).value_or(QuizMoment::After);
}

qint64 QuizAnswersDialog::patient() const
{
    return m_patient->currentData().toLongLong();
}

QList<QList<int>> QuizAnswersDialog::chosen() const
{
    QList<QList<int>> out;
    for (const QList<QAbstractButton *> &buttons : m_boxes) {
        QList<int> ticked;
        for (qsizetype c = 0; c < buttons.size(); ++c)
            if (buttons.at(c)->isChecked())
                ticked << int(c);
        out << ticked;
    }
    return out;
}

void QuizAnswersDialog::updateScore()
{
    const int questions = int(m_seance.quiz.questions.size());
    const int right = QuizRules::score(m_seance.quiz, chosen());
    m_score->setText(tr("Score : %1 / %2 (%3)")
                         .arg(right)
                         .arg(questions)
                         .arg(Indicators::valueText(QuizRules::share(right, questions), Indicator::Unit::Percent)));
}

void QuizAnswersDialog::load()
{
    const auto recorded = m_patient->count() > 0 ? QuizStore(m_document->file()).answer(m_session.id, patient(), moment())
                                                 : std::nullopt;
    m_loading = true;
    for (qsizetype i = 0; i < m_boxes.size(); ++i)
        for (qsizetype c = 0; c < m_boxes.at(i).size(); ++c)
            m_boxes.at(i).at(c)->setChecked(recorded && i < recorded->chosen.size() && recorded->chosen.at(i).contains(int(c)));
    m_loading = false;
    m_recorded->setText(recorded ? tr("Réponses enregistrées : %1 / %2 justes au moment de la saisie.").arg(recorded->right).arg(recorded->questions)
                                 : tr("Pas encore de réponses enregistrées pour ce patient à ce moment."));
    m_clear->setEnabled(recorded.has_value() && !m_document->isReadOnly());
    updateScore();
}

void QuizAnswersDialog::save()
{
    if (m_patient->count() == 0)
        return;
    QuizAnswer answer;
    answer.sessionId = m_session.id;
    answer.patientId = patient();
    answer.moment = moment();
    answer.chosen = chosen();
    const auto before = QuizStore(m_document->file()).answer(m_session.id, answer.patientId, answer.moment);
    if (!m_document->push(new QuizAnswerCommand(m_document, before, answer, m_seance.code)))
        return;
    // The next sheet: the next patient, same moment.
    if (m_patient->currentIndex() + 1 < m_patient->count())
        m_patient->setCurrentIndex(m_patient->currentIndex() + 1);
    else
        load();
}

void QuizAnswersDialog::clear()
{
    const auto before = QuizStore(m_document->file()).answer(m_session.id, patient(), moment());
    if (before && m_document->push(new QuizAnswerCommand(m_document, before, std::nullopt, m_seance.code)))
        load();
}

} // namespace kitetp
