// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/TeleDeclarationDialog.h"

#include "core/TeleDeclaration.h"
#include "documents/DossierDocument.h"
#include "storage/DeclarationStore.h"
#include "ui/DateEdit.h"
#include "ui/FormLabels.h"
#include "ui/Messages.h"
#include "model/ProgrammeDocument.h"
#include "ui/Settings.h"
#include "model/DeclarationCommands.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kitetp {

TeleDeclarationDialog::TeleDeclarationDialog(ProgrammeDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_submitted(new DateEdit(this)), m_acknowledged(new DateEdit(this)),
      m_dateError(new QLabel(this))
{
    setWindowTitle(tr("Préparer la télédéclaration"));
    resize(760, 640);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Les réponses du programme dans l'ordre des rubriques du formulaire en ligne « Déclaration d'un "
                                "programme d'éducation thérapeutique du patient auprès de l'Agence régionale de santé ». "
                                "Copiez-les une à une ; les pièces à déposer s'écrivent dans un dossier, un PDF par pièce."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *answers = new QVBoxLayout(content);
    fillAnswers(answers);
    answers->addStretch();
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *dates = new QGroupBox(tr("Dates de la télédéclaration"), this);
    auto *form = new QFormLayout(dates);
    const DeclarationStore store(m_document->file());
    for (DateEdit *edit : {m_submitted, m_acknowledged})
        edit->setPlaceholderText(tr("non enregistrée"));
    m_submitted->setDate(store.dated(DeclarationEvent::Kind::Sent));
    m_acknowledged->setDate(store.dated(DeclarationEvent::Kind::Acknowledged));
    form->addRow(tr("Formulaire déposé le :"), m_submitted);
    form->addRow(tr("Accusé de réception du :"), m_acknowledged);
    m_dateError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_dateError->setWordWrap(true);
    form->addRow(m_dateError);
    auto *record = new QPushButton(tr("&Enregistrer les dates"), dates);
    form->addRow(record);
    connect(record, &QPushButton::clicked, this, &TeleDeclarationDialog::recordDates);
    record->setEnabled(!m_document->isReadOnly());
    layout->addWidget(dates);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *pieces = box->addButton(tr("Écrire les &pièces à déposer…"), QDialogButtonBox::ActionRole);
    connect(pieces, &QPushButton::clicked, this, &TeleDeclarationDialog::writePieces);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    fitFormLabels(this, 260);
}

void TeleDeclarationDialog::fillAnswers(QVBoxLayout *layout)
{
    const QList<TeleDeclaration::Section> sections = TeleDeclaration::sections(DeclarationStore(m_document->file()).facts());
    int n = 0;
    for (const TeleDeclaration::Section &section : sections) {
        auto *group = new QGroupBox(tr("%1. %2").arg(++n).arg(section.title), layout->parentWidget());
        auto *grid = new QFormLayout(group);
        for (const TeleDeclaration::Answer &answer : section.answers) {
            auto *row = new QWidget(group);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto *value = new QLabel(answer.value.isEmpty() ? TeleDeclaration::notRecorded() : answer.value, row);
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if (answer.value.isEmpty())
                value->setStyleSheet(QStringLiteral("color: #9c1c1c;"));
            auto *copy = new QPushButton(tr("Copier"), row);
            copy->setEnabled(!answer.value.isEmpty());
            copy->setToolTip(tr("Copier « %1 »").arg(answer.label));
            const QString text = answer.value;
            connect(copy, &QPushButton::clicked, this, [text] { QGuiApplication::clipboard()->setText(text); });
            h->addWidget(value, 1);
            h->addWidget(copy, 0, Qt::AlignTop);
            auto *label = new QLabel(answer.label, group);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            grid->addRow(label, row);
            m_copyButtons << copy;
        }
        layout->addWidget(group);
    }
}

void TeleDeclarationDialog::recordDates()
{
    if (!m_document)
        return;
    for (const DateEdit *edit : {m_submitted, m_acknowledged})
        if (edit->hasInvalidInput()) { // never save the previous date in place of the one the user sees refused
            m_dateError->setText(edit->invalidReason());
            return;
        }
    const QDate submitted = m_submitted->date();
    const QDate acknowledged = m_acknowledged->date();
    DeclarationStore store(m_document->file());
    DeclarationTimeline timeline(store.events());
    if (submitted.isValid())
        if (const QString why = timeline.checkDate(DeclarationEvent::Kind::Sent, submitted, QDate::currentDate()); !why.isEmpty()) {
            m_dateError->setText(why);
            return;
        }
    if (acknowledged.isValid()) {
        QList<DeclarationEvent> events = store.events();
        DeclarationEvent sent;
        sent.kind = DeclarationEvent::Kind::Sent;
        sent.date = submitted;
        events << sent;
        if (const QString why = DeclarationTimeline(events).checkDate(DeclarationEvent::Kind::Acknowledged, acknowledged, QDate::currentDate());
            !why.isEmpty()) {
            m_dateError->setText(why);
            return;
        }
    }
    m_dateError->clear();
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Dates de la télédéclaration"));
    if (submitted != store.dated(DeclarationEvent::Kind::Sent))
        m_document->push(DeclarationCommands::setDate(m_document, DeclarationEvent::Kind::Sent, submitted));
    if (acknowledged != store.dated(DeclarationEvent::Kind::Acknowledged))
        m_document->push(DeclarationCommands::setDate(m_document, DeclarationEvent::Kind::Acknowledged, acknowledged));
    stack->endMacro();
}

void TeleDeclarationDialog::writePieces()
{
    if (!m_document)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Dossier où écrire les pièces à déposer"), Settings::lastFolder());
    if (folder.isEmpty())
        return;
    QStringList written;
    if (FileError e = PiecesFolder::write(m_document->file(), folder, &written)) {
        Messages::warning(this, tr("Pièces à déposer"), e.message());
        return;
    }
    Messages::information(this, tr("Pièces à déposer"), tr("%n fichier(s) écrit(s) dans %1.", nullptr, int(written.size())).arg(folder));
}

} // namespace kitetp
