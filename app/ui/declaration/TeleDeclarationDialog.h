// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace kitetp {

class DateEdit;
class ProgrammeDocument;

// "Préparer la télédéclaration": the answers in the order of the online form's sections, each with a copy button;
// the pieces to upload written to a folder; the date the form was submitted and the acknowledgement's date
// (recorded as the declaration's dates, undoable).
class TeleDeclarationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeleDeclarationDialog(ProgrammeDocument *document, QWidget *parent = nullptr);

    // The copy buttons, in order (for tests).
    QList<QWidget *> copyButtons() const { return m_copyButtons; }
    DateEdit *submittedEdit() const { return m_submitted; }
    DateEdit *acknowledgedEdit() const { return m_acknowledged; }

public Q_SLOTS:
    void writePieces();
    void recordDates();

private:
    void fillAnswers(QVBoxLayout *layout);

    QPointer<ProgrammeDocument> m_document;
    QList<QWidget *> m_copyButtons;
    DateEdit *m_submitted;
    DateEdit *m_acknowledged;
    QLabel *m_dateError;
};

} // namespace kitetp
