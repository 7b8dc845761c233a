// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/DeclarationWizard.h"

#include "ui/TableLook.h"
#include "ui/WindowActions.h"

#include "core/DeclarationFlow.h"
#include "ui/FieldBinder.h"
#include "model/ProgrammeDocument.h"
#include "ui/declaration/WizardPages.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace kitetp {

void BoundPage::bind(QWidget *form, ProgrammeDocument *document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A long form scrolls inside the wizard, which then fits a 720-pixel screen whatever the page.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
    scroll->setWidget(form);
    layout->addWidget(scroll);
    m_binder = new FieldBinder(form);
    m_binder->setDocument(document);
}

bool BoundPage::validatePage()
{
    if (m_binder) {
        m_binder->commitAll();
        if (m_binder->hasInvalid())
            return false;
    }
    return !extraValidation || extraValidation();
}

DeclarationWizard::DeclarationWizard(const QString &stepId, ProgrammeDocument *document, QWidget *parent)
    : QWizard(parent), m_stepId(stepId), m_document(document)
{
    setWindowTitle(title(stepId));
    setOption(QWizard::HaveFinishButtonOnEarlyPages);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("&Aide"));
    // The heading of the section on the wizards in the user guide, in the language of the guide shown.
    connect(this, &QWizard::helpRequested, this,
            [this] { Q_EMIT helpRequested(WindowActions::helpSection(QStringLiteral("wizards"))); });
    setButtonText(QWizard::FinishButton, tr("&Terminer"));
    setButtonText(QWizard::CancelButton, tr("&Fermer"));
    setButtonText(QWizard::NextButton, tr("&Suivant >"));
    setButtonText(QWizard::BackButton, tr("< &Précédent"));
    setWizardStyle(QWizard::ClassicStyle);
    addPages();
    TableLook::applyToAll(this, QStringLiteral("wizard-") + stepId);
    resize(820, 640);
}

QString DeclarationWizard::title(const QString &stepId)
{
    const int n = int(DeclarationFlow::declarationStepIds().indexOf(stepId)) + 1;
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("need"), QT_TR_NOOP("Évaluer le besoin et la population")},
        {QStringLiteral("team"), QT_TR_NOOP("Constituer l'équipe")},
        {QStringLiteral("design"), QT_TR_NOOP("Concevoir le programme")},
        {QStringLiteral("documents"), QT_TR_NOOP("Préparer les documents")},
        {QStringLiteral("check"), QT_TR_NOOP("Vérifier la complétude")},
        {QStringLiteral("send"), QT_TR_NOOP("Envoyer le dossier à l'ARS")},
        {QStringLiteral("effective"), QT_TR_NOOP("Prise d'effet et démarrage")},
    };
    return tr("Étape %1 — %2").arg(n).arg(tr(titles.value(stepId, "")));
}

void DeclarationWizard::addPages()
{
    ProgrammeDocument *doc = m_document;
    auto add = [this](BoundPage *page, const QString &pageTitle) {
        page->setTitle(pageTitle);
        addPage(page);
    };
    if (m_stepId == QLatin1String("need")) {
        add(WizardPages::structure(doc), tr("La structure porteuse"));
        add(WizardPages::need(doc), tr("Le besoin et la population"));
    } else if (m_stepId == QLatin1String("team")) {
        add(WizardPages::team(doc), tr("L'équipe"));
        add(WizardPages::coordinator(doc), tr("Le coordonnateur"));
        add(WizardPages::patients(doc), tr("L'implication des patients"));
    } else if (m_stepId == QLatin1String("design")) {
        add(WizardPages::design(doc, [this] {
                Q_EMIT navigateTo(QStringLiteral("ateliers"));
                accept();
            }),
            tr("Le programme"));
        add(WizardPages::path(doc), tr("Le parcours du patient"));
    } else if (m_stepId == QLatin1String("documents")) {
        add(WizardPages::coordination(doc), tr("La coordination"));
        add(WizardPages::consent(doc), tr("Information, consentement et confidentialité"));
        add(WizardPages::evaluation(doc), tr("L'évaluation"));
        add(WizardPages::funding(doc), tr("Le financement"));
    } else if (m_stepId == QLatin1String("check")) {
        add(WizardPages::check(doc, [this](const QString &step, const QString &field) {
                if (step == m_stepId) {
                    startAtField(field);
                    return;
                }
                Q_EMIT openStep(step, field);
                accept();
            }),
            tr("Déclarations et complétude"));
    } else if (m_stepId == QLatin1String("send")) {
        add(WizardPages::send(doc), tr("L'envoi et la réponse de l'ARS"));
    } else if (m_stepId == QLatin1String("effective")) {
        add(WizardPages::effective(doc), tr("La prise d'effet"));
    }
    // Where the user is in this wizard: "Étape 2 sur 4" under every page's title.
    const QList<int> ids = pageIds();
    for (int i = 0; i < ids.size(); ++i)
        page(ids.at(i))->setSubTitle(tr("Étape %1 sur %2").arg(i + 1).arg(ids.size()));
}

void DeclarationWizard::startAtField(const QString &fieldKey)
{
    if (fieldKey.isEmpty())
        return;
    for (int id : pageIds()) {
        auto *p = qobject_cast<BoundPage *>(page(id));
        if (p && p->binder() && p->binder()->editorFor(fieldKey)) {
            if (currentId() == -1)
                setStartId(id);
            else
                while (currentId() != id && currentId() < id && validateCurrentPage())
                    next();
            if (QWidget *editor = p->binder()->editorFor(fieldKey))
                editor->setFocus();
            return;
        }
    }
}

void DeclarationWizard::done(int result)
{
    // Leaving (even by Close) keeps what was typed in the current editor.
    if (auto *p = qobject_cast<BoundPage *>(currentPage()); p && p->binder())
        p->binder()->commitAll();
    QWizard::done(result);
}

} // namespace kitetp
