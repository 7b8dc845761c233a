// SPDX-License-Identifier: EUPL-1.2
#include "ui/NewProgrammeDialog.h"

#include "ui/FileDialogs.h"

#include "core/AppInfo.h"
#include "core/ProgrammeFields.h"
#include "demo/Templates.h"
#include "ui/Settings.h"
#include "ui_newprogrammedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace kitetp {

NewProgrammeDialog::NewProgrammeDialog(QWidget *parent) : QDialog(parent), m_ui(new Ui::NewProgrammeDialog)
{
    m_ui->setupUi(this);
    for (const QString &name : Templates::names())
        m_ui->templateCombo->addItem(Templates::label(name), name);
    m_ui->titleEdit->setText(Templates::defaultTitle(templateName()));
    m_ui->titleEdit->setMaxLength(ProgrammeFields::find(ProgrammeFields::title())->maxLength);
    m_ui->pathEdit->setText(QDir(Settings::lastFolder()).filePath(tr("programme") + QLatin1Char('.') + AppInfo::fileSuffix()));
    m_ui->message->hide();
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewProgrammeDialog::browse);
    // The proposed title follows the template until the user types one of their own.
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_ui->titleEdit->isModified())
            m_ui->titleEdit->setText(Templates::defaultTitle(templateName()));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewProgrammeDialog::accept);
}

NewProgrammeDialog::~NewProgrammeDialog() = default;

QString NewProgrammeDialog::title() const
{
    return m_ui->titleEdit->text().trimmed();
}

QString NewProgrammeDialog::templateName() const
{
    return m_ui->templateCombo->currentData().toString();
}

void NewProgrammeDialog::setTemplateName(const QString &name)
{
    const int index = m_ui->templateCombo->findData(name);
    if (index >= 0) {
        m_ui->templateCombo->setCurrentIndex(index);
        m_ui->titleEdit->setText(Templates::defaultTitle(name));
    }
}

QString NewProgrammeDialog::path() const
{
    QString p = m_ui->pathEdit->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix() != AppInfo::fileSuffix())
        p += QLatin1Char('.') + AppInfo::fileSuffix();
    return p;
}

void NewProgrammeDialog::browse()
{
    const QString chosen = FileDialogs::askSavePath(this, tr("Nouveau programme"), QFileInfo(m_ui->pathEdit->text()).fileName(),
                                                    tr("Programmes Kit ETP (*.etp)"));
    if (!chosen.isEmpty())
        m_ui->pathEdit->setText(chosen);
}

void NewProgrammeDialog::accept()
{
    QString problem = ProgrammeFields::check(ProgrammeFields::title(), title());
    if (problem.isEmpty() && path().isEmpty())
        problem = tr("Choisissez où enregistrer le fichier.");
    else if (problem.isEmpty() && QFileInfo::exists(path()))
        problem = tr("Le fichier « %1 » existe déjà : choisissez un autre nom.").arg(QFileInfo(path()).fileName());
    else if (problem.isEmpty() && !QFileInfo(QFileInfo(path()).absolutePath()).isDir())
        problem = tr("Le dossier « %1 » n'existe pas.").arg(QFileInfo(path()).absolutePath());
    if (!problem.isEmpty()) {
        m_ui->message->setTextFormat(Qt::PlainText); // may quote the path
        m_ui->message->setText(problem);
        m_ui->message->show();
        return;
    }
    QDialog::accept();
}

} // namespace kitetp
