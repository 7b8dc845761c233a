// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPlainTextEdit>

namespace kitetp {

// A multi-line note that reports one edit when the user leaves it (one undo step per edit, not per key).
class NoteEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    NoteEdit(const QString &key, QWidget *parent = nullptr);
    const QString &key() const { return m_key; }
    // Shows a stored value without reporting an edit (keeps the cursor when the text is unchanged).
    void showValue(const QString &value);

Q_SIGNALS:
    void edited(const QString &key, const QString &value);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_key;
    QString m_shown;
};

} // namespace kitetp
