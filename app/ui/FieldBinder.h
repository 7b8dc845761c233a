// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace kitetp {

class ProgrammeDocument;

// Binds the editors of a form to programme fields, so that forms (and wizard pages) hold no storage code.
// In Qt Designer, give an editor a dynamic string property `field` = "programme.title" (a key of
// core/ProgrammeFields). Supported editors: QLineEdit, QPlainTextEdit, DateEdit, QSpinBox, QComboBox (the
// item data, or the text), QCheckBox ("oui"/"non"). A confirmed edit (Enter, leaving the field, a choice)
// becomes a SetFieldCommand on the document's undo stack. A refused value is reported in a QLabel named
// `<editorObjectName>Error` when the form has one, otherwise through invalid(). The editors follow every change
// of the fields, including undo.
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    explicit FieldBinder(QWidget *form);

    void setDocument(ProgrammeDocument *document);
    QStringList boundKeys() const { return m_editors.keys(); }
    QWidget *editorFor(const QString &key) const { return m_editors.value(key); }

    // Reloads every editor from the file.
    // Shows the stored values of `keys` (every bound field when empty).
    void refresh(const QStringList &keys = {});
    // Commits every editor whose text differs from the file (a wizard page being left, a dialog closing).
    void commitAll();
    // True when an editor holds a value that was refused (shown next to it).
    bool hasInvalid() const;

Q_SIGNALS:
    void invalid(const QString &key, const QString &reason);
    void committed(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void bind(QWidget *editor, const QString &key);
    void commit(QWidget *editor);
    QString editorValue(QWidget *editor) const;
    void setEditorValue(QWidget *editor, const QString &value);
    void showError(QWidget *editor, const QString &reason);

    QWidget *m_form;
    QPointer<ProgrammeDocument> m_document;
    QHash<QString, QWidget *> m_editors;
    bool m_loading = false;
};

} // namespace kitetp
