// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/EnrolDialog.h"

#include "core/PatientPath.h"
#include "core/SessionRules.h"
#include "storage/PatientStore.h"
#include "ui_enroldialog.h"

#include <QSet>

namespace kitetp {

EnrolDialog::EnrolDialog(ProgrammeFile &file, const Session &session, const QList<Attendance> &enrolled, bool hideIdentities,
                         QWidget *parent)
    : QDialog(parent), m_ui(new Ui::EnrolDialog), m_file(file), m_session(session), m_hide(hideIdentities)
{
    m_ui->setupUi(this);
    for (const Attendance &a : enrolled)
        m_enrolled << a.patientId;
    const int free = session.capacity - SessionRules::occupied(enrolled);
    m_ui->help->setText(session.capacity > 0 ? tr("Places restantes : %1 sur %2.").arg(std::max(0, free)).arg(session.capacity)
                                             : tr("Capacité non limitée."));
    PatientStore store(file);
    m_patients = store.summaries();
    m_planned = store.patientsPlanning(session.seanceId);
    connect(m_ui->allCheck, &QCheckBox::toggled, this, &EnrolDialog::fill);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &EnrolDialog::fill);
    connect(m_ui->patientList, &QListWidget::itemSelectionChanged, this, [this, free] {
        const int n = int(m_ui->patientList->selectedItems().size());
        QStringList warnings;
        if (m_session.capacity > 0 && n > free)
            warnings << tr("Attention : la séance sera complète au-delà de %n inscrit(s) de plus.", nullptr, std::max(0, free));
        if (m_ui->allCheck->isChecked())
            warnings << PatientPath::attendanceWarning(-1, {});
        m_ui->warning->setText(warnings.join(QLatin1Char('\n')));
    });
    fill();
    resize(460, 520);
}

EnrolDialog::~EnrolDialog() = default;

void EnrolDialog::fill()
{
    const QSet<qint64> planned(m_planned.cbegin(), m_planned.cend());
    const QString filter = m_ui->filterEdit->text().trimmed().toLower();
    m_ui->patientList->clear();
    for (const PatientSummary &s : std::as_const(m_patients)) {
        if (m_enrolled.contains(s.id) || PatientPath::stage(s) == PatientPath::Stage::Exited)
            continue;
        if (!planned.contains(s.id) && !m_ui->allCheck->isChecked())
            continue;
        QString label = s.code;
        if (!m_hide && (!s.lastName.isEmpty() || !s.firstName.isEmpty()))
            label += QStringLiteral(" — ") + QString(s.lastName.toUpper() + QLatin1Char(' ') + s.firstName).trimmed();
        if (!planned.contains(s.id))
            label += tr(" (hors programme personnalisé)");
        if (!filter.isEmpty() && !label.toLower().contains(filter))
            continue;
        auto *item = new QListWidgetItem(label, m_ui->patientList);
        item->setData(Qt::UserRole, s.id);
    }
}

QList<qint64> EnrolDialog::selected() const
{
    QList<qint64> ids;
    for (const QListWidgetItem *item : m_ui->patientList->selectedItems())
        ids << item->data(Qt::UserRole).toLongLong();
    return ids;
}

} // namespace kitetp
