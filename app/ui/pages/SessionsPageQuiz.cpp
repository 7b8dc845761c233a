// SPDX-License-Identifier: EUPL-1.2
// The Séances page's « Quiz… »: the quiz answers of the patients enrolled in the selected session, where the
// facilitator already records their attendance.
#include "ui/pages/SessionsPage.h"

#include "model/ProgrammeDocument.h"
#include "storage/GuideStore.h"
#include "storage/SessionStore.h"
#include "ui/pages/QuizAnswersDialog.h"
#include "ui_sessionspage.h"

#include <QPushButton>

namespace kitetp {

void SessionsPage::setupQuiz()
{
    m_quizButton = new QPushButton(tr("&Quiz…"), m_ui->detailPane);
    m_quizButton->setObjectName(QStringLiteral("quizButton"));
    m_quizButton->setToolTip(tr("Saisir les réponses des patients au quiz de la séance, avant ou après."));
    m_ui->enrolButtons->insertWidget(2, m_quizButton);
    m_quizButton->setEnabled(false);
    connect(m_quizButton, &QPushButton::clicked, this, &SessionsPage::quizAnswers);
}

void SessionsPage::updateQuizButton(const Session *session)
{
    bool hasQuiz = false;
    if (session && m_document)
        if (const auto seance = GuideStore(m_document->file()).seance(session->seanceId))
            hasQuiz = !seance->quiz.isEmpty();
    m_quizButton->setEnabled(hasQuiz);
    m_quizButton->setToolTip(hasQuiz ? tr("Saisir les réponses des patients au quiz de la séance, avant ou après.")
                                     : tr("Cette séance n'a pas de quiz (onglet Quiz de la séance, page Ateliers)."));
}

void SessionsPage::quizAnswers()
{
    const auto s = m_selected && m_document ? SessionStore(m_document->file()).session(m_selected) : std::nullopt;
    if (!s)
        return;
    const auto seance = GuideStore(m_document->file()).seance(s->seanceId);
    if (!seance || seance->quiz.isEmpty())
        return;
    qint64 patient = 0;
    if (const QTableWidgetItem *item = m_ui->enrolledTable->item(m_ui->enrolledTable->currentRow(), 0))
        patient = item->data(Qt::UserRole).toLongLong();
    QuizAnswersDialog dialog(m_document, *s, *seance, patient, this);
    dialog.exec();
}

} // namespace kitetp
