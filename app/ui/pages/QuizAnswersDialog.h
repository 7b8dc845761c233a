// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "core/Patients.h"

#include <QDialog>

class QAbstractButton;
class QComboBox;
class QLabel;
class QPushButton;

namespace kitetp {

class ProgrammeDocument;

// The quiz answers of the patients enrolled in one session, entered from their sheets (Séances page, « Quiz… »):
// a patient, the moment (before or after the séance), the boxes ticked; the score shows as they are ticked and
// « Enregistrer » records them (QuizAnswerCommand: undo, redo), then goes to the next patient. Answers already
// recorded come back when a patient and moment are chosen.
class QuizAnswersDialog : public QDialog
{
    Q_OBJECT
public:
    QuizAnswersDialog(ProgrammeDocument *document, const Session &session, const Seance &seance, qint64 patientId,
                      QWidget *parent = nullptr);

    // For tests: the box of choice `choice` of question `question` (0-based), the buttons, the score line.
    QAbstractButton *choiceButton(int question, int choice) const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *clearButton() const { return m_clear; }
    QComboBox *patientBox() const { return m_patient; }
    QComboBox *momentBox() const { return m_moment; }
    QString scoreText() const;

private:
    void load();   // the recorded answers of the patient and moment chosen, or empty boxes
    void updateScore();
    QList<QList<int>> chosen() const;
    void save();
    void clear();
    QuizMoment moment() const;
    qint64 patient() const;

    ProgrammeDocument *m_document;
    Session m_session;
    Seance m_seance;
    QComboBox *m_patient;
    QComboBox *m_moment;
    QList<QList<QAbstractButton *>> m_boxes;
    QLabel *m_score;
    QLabel *m_recorded;
    QPushButton *m_save;
    QPushButton *m_clear;
    bool m_loading = false;
};

} // namespace kitetp
