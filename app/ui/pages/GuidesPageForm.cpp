// SPDX-License-Identifier: EUPL-1.2
// The forms of the "Ateliers" page: a conducteur's fields, a séance's fields, the step table.
#include "ui/pages/GuidesPage.h"

#include "core/GuideRules.h"
#include "storage/GuideStore.h"
#include "model/ProgrammeDocument.h"
#include "model/GuideCommands.h"
#include "model/GuideTreeModel.h"
#include "model/StepsModel.h"
#include "ui/pages/QuizEditor.h"
#include "ui/FocusOut.h"
#include "ui_guidespage.h"
#include "ui/pages/MaterialsPanel.h"

#include <QHeaderView>
#include <QListWidget>

namespace kitetp {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

void setText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

// Shows the beginning of a long text (QLineEdit::setText leaves the cursor, and the view, at its end).
void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    edit->setCursorPosition(0);
}

} // namespace

void GuidesPage::setupForms()
{
    m_ui->seanceFormat->addItem(GuideRules::formatLabel(Seance::Format::Collective));
    m_ui->seanceFormat->addItem(GuideRules::formatLabel(Seance::Format::Individual));
    m_ui->steps->horizontalHeader()->setSectionResizeMode(StepsModel::Activity, QHeaderView::Stretch);
    m_ui->steps->setWordWrap(true);
    // Long skill labels wrap instead of hiding behind a horizontal scroll bar.
    m_ui->skills->setWordWrap(true);
    m_ui->skills->setResizeMode(QListView::Adjust);
    m_ui->skills->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->steps->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QFont heading = m_ui->seanceHeading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->seanceHeading->setFont(heading);
    m_ui->conducteurHeading->setFont(heading);

    connect(m_ui->conducteurCode, &QLineEdit::editingFinished, this, &GuidesPage::commitConducteur);
    connect(m_ui->conducteurTitle, &QLineEdit::editingFinished, this, &GuidesPage::commitConducteur);
    commitOnFocusOut(m_ui->conducteurDescription, [this] { commitConducteur(); });

    auto line = [this](QLineEdit *edit, const QString &label, void (*apply)(Seance &, const QString &)) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, label, apply] {
            const QString value = edit->text().trimmed();
            commitSeance(label, [&](Seance &s) { apply(s, value); });
        });
    };
    line(m_ui->seanceCode, tr("Code"), [](Seance &s, const QString &v) { s.code = v; });
    line(m_ui->seanceTitle, tr("Titre"), [](Seance &s, const QString &v) { s.title = v; });
    line(m_ui->audience, tr("Public"), [](Seance &s, const QString &v) { s.audience = v; });
    line(m_ui->room, tr("Salle"), [](Seance &s, const QString &v) { s.room = v; });

    auto number = [this](QSpinBox *spin, const QString &label, void (*apply)(Seance &, int)) {
        connect(spin, &QSpinBox::editingFinished, this, [this, spin, label, apply] {
            const int value = spin->value();
            commitSeance(label, [&](Seance &s) { apply(s, value); });
        });
    };
    number(m_ui->seanceDuration, tr("Durée"), [](Seance &s, int v) { s.durationMin = v; });
    number(m_ui->groupMin, tr("Participants minimum"), [](Seance &s, int v) { s.groupMin = v; });
    number(m_ui->groupMax, tr("Participants maximum"), [](Seance &s, int v) { s.groupMax = v; });
    connect(m_ui->seanceFormat, &QComboBox::activated, this, [this](int index) {
        commitSeance(tr("Modalité"), [index](Seance &s) { s.format = index == 1 ? Seance::Format::Individual : Seance::Format::Collective; });
    });
    connect(m_ui->draft, &QCheckBox::toggled, this, [this](bool on) { commitSeance(tr("Brouillon"), [on](Seance &s) { s.draft = on; }); });

    auto list = [this](QPlainTextEdit *edit, const QString &label, QStringList Seance::*member) {
        commitOnFocusOut(edit, [this, edit, label, member] {
            const QStringList value = lines(edit);
            commitSeance(label, [&](Seance &s) { s.*member = value; });
        });
    };
    list(m_ui->professions, tr("Animateurs"), &Seance::professions);
    list(m_ui->materials, tr("Matériel"), &Seance::materials);
    list(m_ui->objectives, tr("Objectifs"), &Seance::objectives);
    list(m_ui->keyMessages, tr("Messages clés"), &Seance::keyMessages);
    auto text = [this](QPlainTextEdit *edit, const QString &label, QString Seance::*member) {
        commitOnFocusOut(edit, [this, edit, label, member] {
            const QString value = edit->toPlainText().trimmed();
            commitSeance(label, [&](Seance &s) { s.*member = value; });
        });
    };
    text(m_ui->evaluation, tr("Évaluation"), &Seance::evaluation);
    text(m_ui->sources, tr("Sources"), &Seance::sources);

    connect(m_ui->skills, &QListWidget::itemChanged, this, [this] {
        QList<qint64> ids;
        for (int i = 0; i < m_ui->skills->count(); ++i)
            if (m_ui->skills->item(i)->checkState() == Qt::Checked)
                ids << m_ui->skills->item(i)->data(Qt::UserRole).toLongLong();
        commitSeance(tr("Compétences"), [&ids](Seance &s) { s.skillIds = ids; });
    });

    m_quiz = new QuizEditor(m_ui->seanceTabs);
    m_ui->seanceTabs->addTab(m_quiz, tr("Quiz"));
    connect(m_quiz, &QuizEditor::status, this, &GuidesPage::status);

    connect(m_steps, &StepsModel::stepsEdited, this, &GuidesPage::commitSteps);
    connect(m_ui->addStepButton, &QToolButton::clicked, this, [this] { changeStepRows(0); });
    connect(m_ui->removeStepButton, &QToolButton::clicked, this, [this] { changeStepRows(1); });
    connect(m_ui->stepUpButton, &QToolButton::clicked, this, [this] { changeStepRows(2); });
    connect(m_ui->stepDownButton, &QToolButton::clicked, this, [this] { changeStepRows(3); });
}

void GuidesPage::fillConducteurForm(const Conducteur &c)
{
    m_filling = true;
    m_ui->conducteurHeading->setTextFormat(Qt::PlainText); // codes and titles may come from an imported file
    m_ui->conducteurHeading->setText(tr("Conducteur %1 — %n séance(s)", nullptr, int(c.seances.size())).arg(c.code));
    setText(m_ui->conducteurCode, c.code);
    setText(m_ui->conducteurTitle, c.title);
    setText(m_ui->conducteurDescription, c.description);
    m_filling = false;
}

void GuidesPage::fillSeanceForm(const Seance &s)
{
    m_filling = true;
    const QSignalBlocker blockSkills(m_ui->skills), blockDraft(m_ui->draft);
    m_ui->seanceHeading->setTextFormat(Qt::PlainText);
    m_ui->seanceHeading->setText(QStringLiteral("%1 — %2").arg(s.code, s.title));
    setText(m_ui->seanceCode, s.code);
    setText(m_ui->seanceTitle, s.title);
    m_ui->seanceFormat->setCurrentIndex(s.format == Seance::Format::Individual ? 1 : 0);
    m_ui->seanceDuration->setValue(s.durationMin);
    m_ui->groupMin->setValue(s.groupMin);
    m_ui->groupMax->setValue(s.groupMax);
    setText(m_ui->audience, s.audience);
    setText(m_ui->room, s.room);
    m_ui->draft->setChecked(s.draft);
    setText(m_ui->professions, s.professions.join(QLatin1Char('\n')));
    setText(m_ui->materials, s.materials.join(QLatin1Char('\n')));
    setText(m_ui->objectives, s.objectives.join(QLatin1Char('\n')));
    setText(m_ui->keyMessages, s.keyMessages.join(QLatin1Char('\n')));
    setText(m_ui->evaluation, s.evaluation);
    setText(m_ui->sources, s.sources);
    m_ui->skills->clear();
    if (document()) {
        for (const Skill &skill : GuideStore(document()->file()).skills()) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(GuideRules::familyLabel(skill.family), skill.label), m_ui->skills);
            item->setData(Qt::UserRole, skill.id);
            item->setToolTip(item->text());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(s.skillIds.contains(skill.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_steps->showSeance(s);
    QStringList steps;
    for (const SeanceStep &step : s.steps)
        steps << step.activity;
    m_materials->showSeance(s.id, steps);
    m_quiz->setDocument(document());
    m_quiz->showSeance(&s);
    updateDurationWarning(s);
    m_filling = false;
}

void GuidesPage::updateDurationWarning(const Seance &s)
{
    const int total = s.stepsDurationMin();
    m_ui->stepsTotal->setText(tr("Total : %1 min / %2 min prévues").arg(total).arg(s.durationMin));
    const bool differs = !s.stepsMatchDuration();
    m_ui->durationWarning->setVisible(differs);
    m_ui->durationWarning->setText(differs ? tr("⚠ Les étapes durent %1 min au total mais la séance est prévue pour %2 min.")
                                                 .arg(total)
                                                 .arg(s.durationMin)
                                           : QString());
    m_ui->stepsTotal->setStyleSheet(differs ? QStringLiteral("color: #9c1c1c; font-weight: bold;") : QString());
}

void GuidesPage::commitConducteur()
{
    const Conducteur *current = currentConducteur();
    if (m_filling || !document() || !current || currentSeance())
        return;
    Conducteur after = *current;
    after.code = m_ui->conducteurCode->text().trimmed();
    after.title = m_ui->conducteurTitle->text().trimmed();
    after.description = m_ui->conducteurDescription->toPlainText().trimmed();
    if (after.code == current->code && after.title == current->title && after.description == current->description)
        return;
    const QString reason = GuideRules::checkConducteur(after);
    if (!reason.isEmpty()) {
        Q_EMIT status(reason);
        fillConducteurForm(*current);
        return;
    }
    if (!document()->push(GuideCommands::conducteur(document(), *current, after)))
        reload();
}

void GuidesPage::commitSeance(const QString &fieldLabel, const std::function<void(Seance &)> &change)
{
    const Seance *current = currentSeance();
    if (m_filling || !document() || !current)
        return;
    const Seance before = *current;
    Seance after = before;
    change(after);
    if (after.code == before.code && after.title == before.title && after.objectives == before.objectives &&
        after.skillIds == before.skillIds && after.audience == before.audience && after.format == before.format &&
        after.durationMin == before.durationMin && after.groupMin == before.groupMin && after.groupMax == before.groupMax &&
        after.professions == before.professions && after.room == before.room && after.materials == before.materials &&
        after.evaluation == before.evaluation && after.keyMessages == before.keyMessages && after.sources == before.sources &&
        after.draft == before.draft && after.steps.size() == before.steps.size() && fieldLabel != tr("Déroulé"))
        return;
    const QString reason = GuideRules::checkSeance(after);
    if (!reason.isEmpty()) {
        Q_EMIT status(reason);
        fillSeanceForm(before);
        return;
    }
    if (!document()->push(new EditSeanceCommand(document(), before, after, fieldLabel)))
        reload();
}

void GuidesPage::commitSteps(const QList<SeanceStep> &steps)
{
    commitSeance(tr("Déroulé"), [&steps](Seance &s) { s.steps = steps; });
}

// 0 add after the current row, 1 remove it, 2 move it up, 3 move it down.
void GuidesPage::changeStepRows(int action)
{
    QList<SeanceStep> steps = m_steps->steps();
    const int row = m_ui->steps->currentIndex().isValid() ? m_ui->steps->currentIndex().row() : int(steps.size()) - 1;
    if (action != 0 && (row < 0 || row >= steps.size()))
        return;
    int select = -1;
    if (action == 0) {
        steps.insert(row + 1, SeanceStep{0, 10, tr("Nouvelle étape"), {}, {}});
        select = row + 1;
    } else if (action == 1) {
        steps.removeAt(row);
        select = std::min(row, int(steps.size()) - 1);
    } else if (action == 2 && row > 0) {
        steps.swapItemsAt(row, row - 1);
        select = row - 1;
    } else if (action == 3 && row + 1 < steps.size()) {
        steps.swapItemsAt(row, row + 1);
        select = row + 1;
    } else {
        return;
    }
    commitSteps(steps);
    if (select >= 0)
        m_ui->steps->setCurrentIndex(m_steps->index(select, StepsModel::Activity));
}

} // namespace kitetp
