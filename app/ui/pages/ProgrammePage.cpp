#include "ui/pages/ProgrammePage.h"

#include "ui/FieldBinder.h"
#include "ui/ProgrammeDocument.h"
#include "ui_programmepage.h"

#include <QFileInfo>
#include <QLocale>

namespace kitetp {

ProgrammePage::ProgrammePage(QWidget *parent) : Page(parent), m_ui(new Ui::ProgrammePage)
{
    m_ui->setupUi(this);
    m_binder = new FieldBinder(this);
    connect(m_binder, &FieldBinder::invalid, this, [this](const QString &, const QString &reason) { Q_EMIT status(reason); });
}

ProgrammePage::~ProgrammePage() = default;

void ProgrammePage::setDocument(ProgrammeDocument *document)
{
    m_binder->setDocument(document);
    if (!document) {
        m_ui->fileInfo->clear();
        return;
    }
    const ProgrammeFile &file = document->file();
    const QDateTime created = QDateTime::fromString(file.meta(QStringLiteral("created_at")), Qt::ISODate);
    QString info = tr("Fichier : %1 — créé le %2 avec Kit ETP %3.")
                       .arg(QFileInfo(file.path()).fileName(),
                            QLocale().toString(created.toLocalTime().date(), QLocale::LongFormat),
                            file.meta(QStringLiteral("created_with")));
    if (document->isReadOnly())
        info += QLatin1Char(' ') + tr("Ouvert en lecture seule.");
    m_ui->fileInfo->setText(info);
}

} // namespace kitetp
