// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/LetterTemplateDialog.h"

#include "documents/GpLetterDocument.h"
#include "storage/DocumentTemplateStore.h"
#include "ui_lettertemplatedialog.h"

namespace kitetp {

LetterTemplateDialog::LetterTemplateDialog(ProgrammeFile &file, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::LetterTemplateDialog)
{
    m_ui->setupUi(this);
    m_before = DocumentTemplateStore(file).body(GpLetterDocument::templateKey());
    m_ui->editor->setPlainText(m_before.isEmpty() ? GpLetterDocument::defaultTemplate() : m_before);
    m_ui->placeholders->setText(tr("Disponibles : %1").arg(GpLetterDocument::placeholders().join(QStringLiteral(" "))));
    connect(m_ui->resetButton, &QPushButton::clicked, this,
            [this] { m_ui->editor->setPlainText(GpLetterDocument::defaultTemplate()); });
    resize(720, 560);
}

LetterTemplateDialog::~LetterTemplateDialog() = default;

QString LetterTemplateDialog::after() const
{
    const QString text = m_ui->editor->toPlainText();
    return text == GpLetterDocument::defaultTemplate() ? QString() : text.left(100000);
}

} // namespace kitetp
