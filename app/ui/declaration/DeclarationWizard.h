// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QPointer>
#include <QWizard>

namespace kitetp {

class FieldBinder;
class ProgrammeDocument;

// A wizard page made of a form (forms/wiz*.ui) whose editors are bound to programme fields: every confirmed edit
// is saved at once (an undoable command), a refused value is shown next to its field and keeps the page open.
class BoundPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BoundPage(QWidget *parent = nullptr) : QWizardPage(parent) {}
    void bind(QWidget *form, ProgrammeDocument *document);
    FieldBinder *binder() const { return m_binder; }
    bool validatePage() override;
    // Extra checks of a page (dates that are not programme fields...): a reason, or empty.
    std::function<bool()> extraValidation;

private:
    FieldBinder *m_binder = nullptr;
};

// One wizard per step of the declaration flowchart ("need", "team", "design", "documents", "check", "send",
// "effective"). Pages can be visited in any order and revisited; leaving half-way loses nothing.
class DeclarationWizard : public QWizard
{
    Q_OBJECT
public:
    DeclarationWizard(const QString &stepId, ProgrammeDocument *document, QWidget *parent = nullptr);
    // Starts on the page that holds `fieldKey` (when a checklist line is followed).
    void startAtField(const QString &fieldKey);
    QString stepId() const { return m_stepId; }
    static QString title(const QString &stepId);

Q_SIGNALS:
    void navigateTo(const QString &pageId);
    void openStep(const QString &stepId, const QString &fieldKey);
    // "?" asks for the user guide at the section on the wizards (its heading).
    void helpRequested(const QString &heading);

protected:
    void done(int result) override;

private:
    void addPages();
    QWizardPage *formPage(QWidget *form, const QString &title);

    QString m_stepId;
    QPointer<ProgrammeDocument> m_document;
};

} // namespace kitetp
