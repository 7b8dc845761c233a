// SPDX-License-Identifier: EUPL-1.2
#include "ui/FieldBinder.h"

#include "core/Dates.h"
#include "core/ProgrammeFields.h"
#include "storage/FieldStore.h"
#include "model/ProgrammeDocument.h"
#include "model/SetFieldCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include "ui/DateEdit.h"
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace kitetp {

namespace {
const char fieldProperty[] = "field";
} // namespace

FieldBinder::FieldBinder(QWidget *form) : QObject(form), m_form(form)
{
    const QList<QWidget *> widgets = form->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const QString key = w->property(fieldProperty).toString();
        if (!key.isEmpty())
            bind(w, key);
    }
}

void FieldBinder::bind(QWidget *editor, const QString &key)
{
    m_editors.insert(key, editor);
    if (auto *date = qobject_cast<DateEdit *>(editor)) { // before QLineEdit, which it is
        date->setDateRange(Dates::earliestPlausible(), Dates::latestPlausible());
        connect(date, &DateEdit::dateCommitted, this, [this, date] { commit(date); });
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (const FieldSpec *spec = ProgrammeFields::find(key))
            line->setMaxLength(spec->maxLength);
        connect(line, &QLineEdit::editingFinished, this, [this, line] { commit(line); });
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->installEventFilter(this); // commit on focus out
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        connect(spin, &QSpinBox::editingFinished, this, [this, spin] { commit(spin); });
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::activated, this, [this, combo] { commit(combo); });
        if (combo->isEditable())
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, combo] { commit(combo); });
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        connect(check, &QCheckBox::clicked, this, [this, check] { commit(check); });
    }
}

void FieldBinder::setDocument(ProgrammeDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProgrammeDocument::changed, this, [this](const Change &change) {
            if (change.touches(ChangeArea::Fields))
                refresh(change.isWhole(ChangeArea::Fields) ? QStringList() : change.keys(ChangeArea::Fields));
        });
    refresh();
}

void FieldBinder::refresh(const QStringList &keys)
{
    const QHash<QString, QString> values = m_document ? m_document->fields() : QHash<QString, QString>();
    m_loading = true;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        if (!keys.isEmpty() && !keys.contains(it.key()))
            continue;
        // A refused value stays on screen with its message until the user corrects it (or the file closes).
        if (m_document && it.value()->property("invalid").toBool())
            continue;
        setEditorValue(it.value(), values.value(it.key()));
        it.value()->setEnabled(m_document != nullptr);
        if (m_document && m_document->isReadOnly()) {
            if (auto *line = qobject_cast<QLineEdit *>(it.value()))
                line->setReadOnly(true);
            else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
                text->setReadOnly(true);
            else
                it.value()->setEnabled(false);
        }
    }
    m_loading = false;
}

QString FieldBinder::editorValue(QWidget *editor) const
{
    if (auto *date = qobject_cast<DateEdit *>(editor))
        return date->date().isValid() ? Dates::toStored(date->date()) : QString();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text().trimmed();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant data = combo->currentData();
        return data.isValid() && combo->currentText() == combo->itemText(combo->currentIndex()) ? data.toString()
                                                                                                 : combo->currentText();
    }
    if (auto *check = qobject_cast<QCheckBox *>(editor))
        return check->isChecked() ? QStringLiteral("oui") : QStringLiteral("non");
    return {};
}

void FieldBinder::setEditorValue(QWidget *editor, const QString &value)
{
    showError(editor, {});
    if (auto *date = qobject_cast<DateEdit *>(editor)) {
        date->setDate(Dates::fromStored(value));
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value)
            line->setText(value);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != value)
            text->setPlainText(value);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int index = combo->findData(value);
        if (index < 0)
            index = combo->findText(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(value);
        else
            combo->setCurrentIndex(-1);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value == QLatin1String("oui"));
    }
}

void FieldBinder::showError(QWidget *editor, const QString &reason)
{
    editor->setProperty("invalid", !reason.isEmpty());
    editor->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c0392b;"));
    if (auto *label = m_form->findChild<QLabel *>(editor->objectName() + QStringLiteral("Error"))) {
        label->setText(reason);
        label->setVisible(!reason.isEmpty());
    }
}

void FieldBinder::commit(QWidget *editor)
{
    if (m_loading || !m_document || m_document->isReadOnly())
        return;
    const QString key = editor->property(fieldProperty).toString();
    const QString value = editorValue(editor);
    if (value == m_document->field(key)) {
        showError(editor, {});
        return;
    }
    const QString reason = ProgrammeFields::check(key, value);
    if (!reason.isEmpty()) {
        showError(editor, reason);
        Q_EMIT invalid(key, reason);
        return;
    }
    showError(editor, {});
    if (m_document->push(new SetFieldCommand(m_document, key, value)))
        Q_EMIT committed(key);
}

void FieldBinder::commitAll()
{
    for (QWidget *editor : std::as_const(m_editors))
        commit(editor);
}

bool FieldBinder::hasInvalid() const
{
    for (QWidget *editor : std::as_const(m_editors))
        if (editor->property("invalid").toBool())
            return true;
    return false;
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (auto *editor = qobject_cast<QWidget *>(watched))
            commit(editor);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kitetp
