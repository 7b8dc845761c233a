// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/PatientView.h"

#include "core/Dates.h"
#include "core/PatientPath.h"
#include "documents/GpLetterDocument.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"
#include "ui/IdentityPrivacy.h"
#include "ui/PaperActions.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "ui/pages/LetterTemplateDialog.h"
#include "ui/pages/PathEventDialog.h"
#include "ui_patientview.h"
#include "ui/Messages.h"

#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace kitetp {

namespace {
QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("dd/MM/yyyy"));
}
} // namespace

PatientView::PatientView(QWidget *parent) : DocumentView(parent), m_ui(new Ui::PatientView)
{
    m_ui->setupUi(this);
    m_ui->sexCombo->addItem(tr("Non renseigné"), QString());
    m_ui->sexCombo->addItem(tr("Femme"), QStringLiteral("F"));
    m_ui->sexCombo->addItem(tr("Homme"), QStringLiteral("M"));
    m_ui->timeline->setHeaderLabels({tr("Date"), tr("Étape"), tr("Par"), tr("Détail")});
    m_ui->timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->timeline->header()->setStretchLastSection(true);
    m_ui->timeline->setMinimumHeight(160);
    m_ui->objectivesTable->setColumnCount(3);
    m_ui->objectivesTable->setHorizontalHeaderLabels({tr("Objectif"), tr("Résultat"), tr("Avis du patient")});
    m_ui->objectivesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->objectivesTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->objectivesTable->verticalHeader()->hide();
    m_ui->objectivesTable->setMinimumHeight(120);
    m_ui->attendanceTree->setHeaderLabels({tr("Date"), tr("Séance"), tr("Présence"), tr("Remarque")});
    m_ui->attendanceTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->attendanceTree->setMinimumHeight(120);
    m_ui->planList->setMinimumHeight(100);

    for (QLineEdit *edit : {m_ui->firstNameEdit, m_ui->lastNameEdit, m_ui->birthYearEdit, m_ui->contactEdit, m_ui->codeEdit,
                            m_ui->siteEdit, m_ui->treatmentEdit, m_ui->referringEdit, m_ui->gpEdit, m_ui->gpAddressEdit,
                            m_ui->referralEdit, m_ui->notesEdit})
        connect(edit, &QLineEdit::editingFinished, this, &PatientView::commitPatient);
    connect(m_ui->sexCombo, &QComboBox::activated, this, &PatientView::commitPatient);
    connect(m_ui->addEventButton, &QPushButton::clicked, this, &PatientView::addEvent);
    connect(m_ui->editEventButton, &QPushButton::clicked, this, &PatientView::editEvent);
    connect(m_ui->timeline, &QTreeWidget::itemDoubleClicked, this, &PatientView::editEvent);
    connect(m_ui->removeEventButton, &QPushButton::clicked, this, &PatientView::removeEvent);
    connect(m_ui->addObjectiveButton, &QPushButton::clicked, this, &PatientView::addObjective);
    connect(m_ui->objectiveEdit, &QLineEdit::returnPressed, this, &PatientView::addObjective);
    connect(m_ui->removeObjectiveButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->objectivesTable->currentRow();
        if (row >= 0 && row < m_objectives.size())
            push(PatientCommands::removeObjective(document(), m_objectives.at(row)));
    });
    connect(m_ui->objectivesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { objectiveEdited(item->row()); });
    connect(m_ui->planList, &QListWidget::itemChanged, this, &PatientView::planEdited);
    connect(m_ui->letterPreviewButton, &QPushButton::clicked, this, [this] { letter(0); });
    connect(m_ui->letterPrintButton, &QPushButton::clicked, this, [this] { letter(1); });
    connect(m_ui->letterPdfButton, &QPushButton::clicked, this, [this] { letter(2); });
    connect(m_ui->letterOdtButton, &QPushButton::clicked, this, [this] { letter(3); });
    connect(m_ui->letterTemplateButton, &QPushButton::clicked, this, &PatientView::editTemplate);
    connect(m_ui->removePatientButton, &QPushButton::clicked, this, &PatientView::removePatient);
    connect(IdentityPrivacy::instance(), &IdentityPrivacy::hiddenChanged, this, &PatientView::applyPrivacy);
    setEnabled(false);
}

PatientView::~PatientView() = default;

void PatientView::showDocument()
{
    m_patient = Patient();
    reload();
}

void PatientView::followChange(const Change &change)
{
    if (!m_patient.id || !change.touches(~ChangeAreas(ChangeArea::Fields)))
        return;
    // Another patient's edit, or another patient's attendance (it names its patient), leaves this one as it is.
    const bool namesPatients = (change.areas() & ~(ChangeArea::Patients | ChangeArea::Sessions)) == ChangeAreas() &&
                               !change.isWhole(ChangeArea::Patients) && !change.isWhole(ChangeArea::Sessions) &&
                               !change.rows(ChangeArea::Patients).isEmpty();
    if (namesPatients && !change.rows(ChangeArea::Patients).contains(m_patient.id))
        return;
    reload();
}

void PatientView::showPatient(qint64 id)
{
    m_patient.id = id;
    reload();
}

bool PatientView::push(QUndoCommand *command)
{
    return document() && document()->push(command);
}

void PatientView::reload()
{
    m_loading = true;
    const std::optional<Patient> p = document() && m_patient.id ? PatientStore(document()->file()).patient(m_patient.id) : std::nullopt;
    setEnabled(p.has_value() && !document()->isReadOnly());
    m_patient = p.value_or(Patient());
    const Patient &q = m_patient;
    m_ui->firstNameEdit->setText(q.firstName);
    m_ui->lastNameEdit->setText(q.lastName);
    m_ui->birthYearEdit->setText(q.birthYear ? QString::number(q.birthYear) : QString());
    m_ui->sexCombo->setCurrentIndex(std::max(0, m_ui->sexCombo->findData(q.sex)));
    m_ui->contactEdit->setText(q.contact);
    m_ui->codeEdit->setText(q.code);
    m_ui->siteEdit->setText(q.cancerSite);
    m_ui->treatmentEdit->setText(q.treatment);
    m_ui->referringEdit->setText(q.referringPhysician);
    m_ui->gpEdit->setText(q.gpName);
    m_ui->gpAddressEdit->setText(q.gpAddress);
    m_ui->referralEdit->setText(q.referral);
    m_ui->notesEdit->setText(q.notes);
    if (p) {
        loadPath();
        loadObjectives();
        loadPlanAndAttendance();
    } else {
        m_ui->heading->setText(tr("Choisissez un patient dans la liste"));
        m_ui->timeline->clear();
        m_ui->objectivesTable->setRowCount(0);
        m_ui->planList->clear();
        m_ui->attendanceTree->clear();
        m_ui->nextStep->clear();
    }
    applyPrivacy();
    m_loading = false;
}

void PatientView::applyPrivacy()
{
    const bool hidden = IdentityPrivacy::instance()->hidden();
    m_ui->identityGroup->setVisible(!hidden);
    // Notes may name people: hidden with the identity (the CSV export treats them as identity too).
    m_ui->notesEdit->setVisible(!hidden);
    m_ui->notesEditLabel->setVisible(!hidden);
    m_ui->identityHidden->setVisible(hidden && m_patient.id);
    QString heading = m_patient.code;
    if (!hidden && m_patient.hasIdentity())
        heading += QStringLiteral(" — ") + QString(m_patient.firstName + QLatin1Char(' ') + m_patient.lastName.toUpper()).trimmed();
    m_ui->heading->setTextFormat(Qt::PlainText); // names as typed
    if (m_patient.id)
        m_ui->heading->setText(heading);
}

void PatientView::loadPath()
{
    ProgrammeFile &file = document()->file();
    m_path = PatientStore(file).events(m_patient.id);
    QHash<qint64, QString> names;
    for (const TeamMember &m : TeamStore(file).members())
        names.insert(m.id, m.name);
    m_ui->timeline->clear();
    for (const PathEvent &e : std::as_const(m_path)) {
        QString detail = e.kind == PathEvent::Kind::Exit ? PatientPath::statusLabel(patientStatusFromStored(e.reason)) : e.reason;
        if (!e.note.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" — ")) + e.note.simplified();
        auto *item = new QTreeWidgetItem(m_ui->timeline, {shortDate(e.date), PatientPath::kindLabel(e.kind), names.value(e.memberId), detail});
        item->setData(0, Qt::UserRole, e.id);
    }
    const std::optional<PatientSummary> summary = PatientStore(file).summary(m_patient.id);
    const QDate today = QDate::currentDate();
    const NextStep next = summary ? PatientPath::nextStep(*summary, today) : NextStep();
    const QString stage = summary ? PatientPath::stageLabel(PatientPath::stage(*summary)) : QString();
    if (next.kind == NextStep::Kind::None)
        m_ui->nextStep->setText(tr("<b>%1</b> — %2").arg(stage.toHtmlEscaped(), PatientPath::statusLabel(m_patient.status).toHtmlEscaped()));
    else
        m_ui->nextStep->setText(tr("<b>%1</b> — à faire : <b>%2</b>, pour le %3%4")
                                    .arg(stage.toHtmlEscaped(), next.text.toHtmlEscaped(), shortDate(next.due),
                                         next.isOverdue(today) ? tr(" <span style=\"color:#9c1c1c\">(en retard)</span>") : QString()));
}

void PatientView::loadObjectives()
{
    m_objectives = PatientStore(document()->file()).objectives(m_patient.id);
    QTableWidget *t = m_ui->objectivesTable;
    t->setRowCount(0); // drops the previous patient's cells and their combo boxes
    t->setRowCount(int(m_objectives.size()));
    for (int row = 0; row < m_objectives.size(); ++row) {
        const Objective &o = m_objectives.at(row);
        t->setItem(row, 0, new QTableWidgetItem(o.label));
        auto *result = new QComboBox; // owned by the table once set
        for (Objective::Result r : {Objective::Result::Pending, Objective::Result::Reached, Objective::Result::Partly,
                                    Objective::Result::NotReached})
            result->addItem(PatientPath::resultLabel(r), int(r));
        result->setCurrentIndex(int(o.result));
        connect(result, &QComboBox::activated, this, [this, row] { objectiveEdited(row); });
        t->setCellWidget(row, 1, result);
        t->setItem(row, 2, new QTableWidgetItem(o.patientView));
    }
    t->resizeColumnToContents(1);
}

void PatientView::loadPlanAndAttendance()
{
    ProgrammeFile &file = document()->file();
    m_plan = PatientStore(file).plan(m_patient.id);
    QHash<qint64, QString> titles;
    m_ui->planList->clear();
    for (const Seance &s : GuideStore(file).seancesBrief()) {
        titles.insert(s.id, s.code + QStringLiteral(" — ") + s.title);
        auto *item = new QListWidgetItem(titles.value(s.id), m_ui->planList);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_plan.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_ui->planList->count() == 0)
        new QListWidgetItem(tr("Aucune séance : créez les ateliers dans la page « Ateliers »."), m_ui->planList);
    m_ui->attendanceTree->clear();
    for (const PatientSession &ps : SessionStore(file).sessionsOfPatient(m_patient.id)) {
        const QString warning = PatientPath::attendanceWarning(ps.session.seanceId, m_plan);
        new QTreeWidgetItem(m_ui->attendanceTree,
                            {QLocale().toString(ps.session.startsAt, QStringLiteral("dd/MM/yyyy HH:mm")),
                             titles.value(ps.session.seanceId), PatientPath::attendanceLabel(ps.status), warning});
    }
}

void PatientView::commitPatient()
{
    if (m_loading || !m_patient.id)
        return;
    Patient p = m_patient;
    p.firstName = m_ui->firstNameEdit->text().trimmed();
    p.lastName = m_ui->lastNameEdit->text().trimmed();
    const QString year = m_ui->birthYearEdit->text().trimmed();
    bool ok = true;
    p.birthYear = year.isEmpty() ? 0 : year.toInt(&ok);
    p.sex = m_ui->sexCombo->currentData().toString();
    p.contact = m_ui->contactEdit->text().trimmed();
    p.code = m_ui->codeEdit->text().trimmed();
    p.cancerSite = m_ui->siteEdit->text().trimmed();
    p.treatment = m_ui->treatmentEdit->text().trimmed();
    p.referringPhysician = m_ui->referringEdit->text().trimmed();
    p.gpName = m_ui->gpEdit->text().trimmed();
    p.gpAddress = m_ui->gpAddressEdit->text().trimmed();
    p.referral = m_ui->referralEdit->text().trimmed();
    p.notes = m_ui->notesEdit->text().trimmed();
    const QString error = ok ? PatientPath::checkPatient(p, QDate::currentDate()) : tr("L'année de naissance doit être un nombre.");
    if (!error.isEmpty()) {
        Q_EMIT status(error);
        reload();
        return;
    }
    const Patient before = m_patient;
    if (std::tie(p.firstName, p.lastName, p.birthYear, p.sex, p.contact, p.code, p.cancerSite, p.treatment, p.referringPhysician,
                 p.gpName, p.gpAddress, p.referral, p.notes) ==
        std::tie(before.firstName, before.lastName, before.birthYear, before.sex, before.contact, before.code, before.cancerSite,
                 before.treatment, before.referringPhysician, before.gpName, before.gpAddress, before.referral, before.notes))
        return;
    if (!push(PatientCommands::editPatient(document(), before, p)))
        reload();
}

void PatientView::addEvent()
{
    PathEventDialog dialog(document()->file(), m_path, this);
    PathEvent e;
    e.patientId = m_patient.id;
    e.date = QDate::currentDate();
    e.kind = PathEvent::Kind::Proposal;
    const QList<PathEvent::Kind> kinds = PatientPath::allKinds();
    for (const PathEvent::Kind k : kinds)
        if (std::none_of(m_path.cbegin(), m_path.cend(), [k](const PathEvent &x) { return x.kind == k; }) && k != PathEvent::Kind::ConsentShare) {
            e.kind = k;
            break;
        }
    dialog.setEvent(e);
    if (dialog.exec() == QDialog::Accepted)
        push(PatientCommands::addEvent(document(), dialog.pathEvent()));
}

std::optional<PathEvent> PatientView::currentEvent() const
{
    const QTreeWidgetItem *item = m_ui->timeline->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const PathEvent &e : m_path)
        if (e.id == id)
            return e;
    return std::nullopt;
}

void PatientView::editEvent()
{
    const std::optional<PathEvent> e = currentEvent();
    if (!e)
        return;
    PathEventDialog dialog(document()->file(), m_path, this);
    dialog.setEvent(*e);
    if (dialog.exec() == QDialog::Accepted)
        push(PatientCommands::editEvent(document(), *e, dialog.pathEvent()));
}

void PatientView::removeEvent()
{
    if (const std::optional<PathEvent> e = currentEvent())
        push(PatientCommands::removeEvent(document(), *e));
}

void PatientView::addObjective()
{
    const QString label = m_ui->objectiveEdit->text().trimmed();
    if (label.isEmpty())
        return;
    if (label.size() > 500) {
        Q_EMIT status(tr("L'objectif est trop long (500 caractères au plus)."));
        return;
    }
    Objective o;
    o.patientId = m_patient.id;
    o.label = label;
    if (push(PatientCommands::addObjective(document(), o)))
        m_ui->objectiveEdit->clear();
}

void PatientView::objectiveEdited(int row)
{
    if (m_loading || row < 0 || row >= m_objectives.size())
        return;
    const Objective before = m_objectives.at(row);
    Objective after = before;
    if (QTableWidgetItem *label = m_ui->objectivesTable->item(row, 0))
        after.label = label->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(m_ui->objectivesTable->cellWidget(row, 1)))
        after.result = static_cast<Objective::Result>(combo->currentData().toInt());
    if (QTableWidgetItem *view = m_ui->objectivesTable->item(row, 2))
        after.patientView = view->text().trimmed();
    if (after.label.isEmpty() || after.label.size() > 500 || after.patientView.size() > 2000) {
        Q_EMIT status(tr("Un objectif doit avoir un libellé (500 caractères au plus)."));
        QMetaObject::invokeMethod(this, &PatientView::reload, Qt::QueuedConnection);
        return;
    }
    if (after.label != before.label || after.result != before.result || after.patientView != before.patientView)
        QMetaObject::invokeMethod(this, [this, before, after] { push(PatientCommands::editObjective(document(), before, after)); },
                                  Qt::QueuedConnection);
}

void PatientView::planEdited()
{
    if (m_loading)
        return;
    QList<qint64> plan;
    for (int i = 0; i < m_ui->planList->count(); ++i)
        if (m_ui->planList->item(i)->checkState() == Qt::Checked)
            plan << m_ui->planList->item(i)->data(Qt::UserRole).toLongLong();
    if (plan != m_plan) {
        const QList<qint64> before = m_plan;
        QMetaObject::invokeMethod(this, [this, before, plan] { push(PatientCommands::setPlan(document(), m_patient.id, before, plan)); },
                                  Qt::QueuedConnection);
    }
}

void PatientView::letter(int action)
{
    if (!m_patient.id)
        return;
    ProgrammeFile &file = document()->file();
    const GpLetterDocument::Data data = GpLetterDocument::gather(file, m_patient.id);
    if (const QString refused = GpLetterDocument::refusal(data); !refused.isEmpty()) {
        Messages::warning(this, tr("Synthèse au médecin traitant"), refused);
        return;
    }
    PaperDocument document(tr("Synthèse au médecin traitant — %1").arg(m_patient.code));
    GpLetterDocument::build(document, file, data);
    if (action == 0)
        PaperActions::preview(this, document);
    else if (action == 1)
        PaperActions::print(this, document);
    else if (action == 2)
        PaperActions::exportPdf(this, document, tr("synthese-medecin-%1").arg(m_patient.code), PaperDocument::Privacy::Personal);
    else
        PaperActions::exportOdt(this, document, tr("synthese-medecin-%1").arg(m_patient.code), PaperDocument::Privacy::Personal);
}

void PatientView::editTemplate()
{
    LetterTemplateDialog dialog(document()->file(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.changed())
        push(PatientCommands::setTemplate(document(), GpLetterDocument::templateKey(), dialog.before(), dialog.after()));
}

void PatientView::removePatient()
{
    if (Messages::question(this, tr("Supprimer le patient"),
                              tr("Supprimer %1 et tout son parcours ? (Édition › Annuler le rétablit.)").arg(m_patient.code)) !=
        QMessageBox::Yes)
        return;
    push(PatientCommands::removePatient(document(), m_patient.id));
}

QString PatientView::removeShown()
{
    if (!m_patient.id || !document())
        return {};
    const QString code = m_patient.code;
    return push(PatientCommands::removePatient(document(), m_patient.id)) ? code : QString();
}

} // namespace kitetp
