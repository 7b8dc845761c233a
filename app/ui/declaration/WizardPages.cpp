// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/WizardPages.h"

#include "core/Dates.h"
#include "storage/DeclarationStore.h"
#include "storage/GuideStore.h"
#include "model/ProgrammeDocument.h"
#include "ui/DateEdit.h"
#include "ui/FormLabels.h"
#include "ui/declaration/ChecklistModel.h"
#include "model/DeclarationCommands.h"
#include "ui/declaration/DeclarationWizard.h"
#include "model/FundingModel.h"
#include "model/TeamModel.h"

#include "ui_wizcheck.h"
#include "ui_wizconsent.h"
#include "ui_wizcoordination.h"
#include "ui_wizcoordinator.h"
#include "ui_wizdesign.h"
#include "ui_wizeffective.h"
#include "ui_wizevaluation.h"
#include "ui_wizfunding.h"
#include "ui_wizneed.h"
#include "ui_wizpath.h"
#include "ui_wizpatients.h"
#include "ui_wizsend.h"
#include "ui_wizstructure.h"
#include "ui_wizteam.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace kitetp::WizardPages {

namespace {

// The values an editable choice stores, in the order of its items in the .ui form: stable French text, so that the
// file never depends on the interface's language (FieldBinder stores an item's data rather than its label).
void storeAs(QComboBox *combo, const QStringList &values)
{
    Q_ASSERT(combo->count() == values.size());
    for (int i = 0; i < combo->count() && i < values.size(); ++i)
        combo->setItemData(i, values.at(i));
}

template<class UiForm>
void stableChoices(UiForm &)
{
}

void stableChoices(Ui::WizNeed &ui)
{
    storeAs(ui.conditionKind, {QStringLiteral("Affection de longue durée"), QStringLiteral("Maladie rare"),
                               QStringLiteral("Priorité régionale de santé")});
}

void stableChoices(Ui::WizDesign &ui)
{
    storeAs(ui.setting, {QStringLiteral("Ambulatoire"), QStringLiteral("En hospitalisation"),
                         QStringLiteral("Ambulatoire et en hospitalisation")});
}

void stableChoices(Ui::WizSend &ui)
{
    storeAs(ui.means, {QStringLiteral("Formulaire en ligne"), QStringLiteral("Lettre recommandée avec accusé de réception"),
                       QStringLiteral("Dépôt contre récépissé")});
}

// The forms' yes/no choices (an empty item, then « oui » and « non » in the .ui): the file keeps "oui" or "non"
// whatever the interface's language; the list shows them in the user's.
void yesNoChoices(QWidget *form)
{
    const QList<QComboBox *> combos = form->findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        if (combo->count() != 3 || combo->itemText(1) != QLatin1String("oui") || combo->itemText(2) != QLatin1String("non"))
            continue;
        combo->setItemData(1, QStringLiteral("oui"));
        combo->setItemData(2, QStringLiteral("non"));
        combo->setItemText(1, QCoreApplication::translate("WizardPages", "oui"));
        combo->setItemText(2, QCoreApplication::translate("WizardPages", "non"));
    }
}

template<class UiForm>
struct Form : public QWidget
{
    Form()
    {
        ui.setupUi(this);
        stableChoices(ui); // before the FieldBinder reads the file
        yesNoChoices(this);
        fitFormLabels(this);
    }
    UiForm ui;
};

template<class UiForm>
std::pair<BoundPage *, Form<UiForm> *> make(ProgrammeDocument *document)
{
    auto *page = new BoundPage;
    auto *form = new Form<UiForm>;
    page->bind(form, document);
    return {page, form};
}

template<class UiForm>
BoundPage *simple(ProgrammeDocument *document)
{
    return make<UiForm>(document).first;
}

void showError(QLabel *label, const QString &reason)
{
    label->setTextFormat(Qt::PlainText); // reasons quote what was typed
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}

void setupTable(QTableView *view)
{
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
}

// A date edit for a dated declaration event: empty when not recorded; a confirmed date is checked against
// the others (DeclarationTimeline::checkDate), then saved as an undoable command; a refusal is shown beside it.
void bindDate(DateEdit *edit, QLabel *error, ProgrammeDocument *document, DeclarationEvent::Kind kind)
{
    edit->setDateRange(Dates::earliestPlausible(), Dates::latestPlausible());
    auto load = [edit, document, kind] {
        const QSignalBlocker block(edit);
        edit->setDate(DeclarationStore(document->file()).dated(kind));
    };
    load();
    QObject::connect(document, &ProgrammeDocument::changed, edit, [load](const Change &change) {
        if (change.touches(DeclarationStore::area()))
            load();
    });
    QObject::connect(edit, &DateEdit::dateCommitted, edit, [edit, error, document, kind](const QDate &date) {
        DeclarationStore store(document->file());
        if (date == store.dated(kind)) {
            showError(error, {});
            return;
        }
        const QString reason = DeclarationTimeline(store.events()).checkDate(kind, date, QDate::currentDate());
        showError(error, reason);
        edit->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c0392b;"));
        edit->setProperty("invalid", !reason.isEmpty());
        if (reason.isEmpty())
            document->push(DeclarationCommands::setDate(document, kind, date));
    });
}

QString shortDate(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QCoreApplication::translate("WizardPages", "—");
}

} // namespace

BoundPage *structure(ProgrammeDocument *d) { return simple<Ui::WizStructure>(d); }
BoundPage *need(ProgrammeDocument *d) { return simple<Ui::WizNeed>(d); }
BoundPage *coordinator(ProgrammeDocument *d) { return simple<Ui::WizCoordinator>(d); }
BoundPage *patients(ProgrammeDocument *d) { return simple<Ui::WizPatients>(d); }
BoundPage *path(ProgrammeDocument *d) { return simple<Ui::WizPath>(d); }
BoundPage *coordination(ProgrammeDocument *d) { return simple<Ui::WizCoordination>(d); }
BoundPage *consent(ProgrammeDocument *d) { return simple<Ui::WizConsent>(d); }
BoundPage *evaluation(ProgrammeDocument *d) { return simple<Ui::WizEvaluation>(d); }

BoundPage *team(ProgrammeDocument *document)
{
    auto [page, form] = make<Ui::WizTeam>(document);
    auto *model = new TeamModel(form);
    model->setDocument(document);
    form->ui.teamView->setModel(model);
    setupTable(form->ui.teamView);
    form->ui.teamView->resizeColumnsToContents();
    QLabel *error = form->ui.teamViewError;
    QObject::connect(model, &TeamModel::rejected, error, [error](const QString &r) { showError(error, r); });
    QTableView *view = form->ui.teamView;
    QObject::connect(form->ui.addMember, &QPushButton::clicked, view, [model, view] {
        const int row = model->addMember();
        if (row >= 0)
            view->edit(model->index(row, TeamModel::Name));
    });
    QObject::connect(form->ui.removeMember, &QPushButton::clicked, view, [model, view] {
        if (!view->currentIndex().isValid())
            return;
        const int row = view->currentIndex().row();
        const QString question = QCoreApplication::translate(
            "WizardPages", "Retirer « %1 » de l'équipe ?\n\nPour un intervenant qui a quitté l'équipe, décochez plutôt « Actif » : "
                           "il reste dans l'historique des séances et des parcours.").arg(model->member(row).name);
        QMessageBox ask(QMessageBox::Question, QCoreApplication::translate("WizardPages", "Retirer un intervenant"), question,
                        QMessageBox::Yes | QMessageBox::No, view);
        ask.setTextFormat(Qt::PlainText);
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() == QMessageBox::Yes)
            model->removeMember(row);
    });
    return page;
}

BoundPage *design(ProgrammeDocument *document, const std::function<void()> &openGuides)
{
    auto [page, form] = make<Ui::WizDesign>(document);
    QLabel *seances = form->ui.seances;
    auto load = [seances, document] {
        const QList<Seance> list = GuideStore(document->file()).seancesBrief();
        QStringList titles;
        for (const Seance &s : list)
            titles << s.code + QStringLiteral(" ") + s.title;
        seances->setTextFormat(Qt::PlainText);
        seances->setText(list.isEmpty() ? QCoreApplication::translate("WizardPages", "aucune séance : décrivez-les dans la page Ateliers.")
                                        : titles.join(QLatin1Char('\n')));
    };
    load();
    QObject::connect(document, &ProgrammeDocument::changed, seances, [load](const Change &change) {
        if (change.touches(GuideStore::area()))
            load();
    });
    QObject::connect(form->ui.openGuides, &QPushButton::clicked, page, [openGuides] { openGuides(); });
    return page;
}

BoundPage *funding(ProgrammeDocument *document)
{
    auto [page, form] = make<Ui::WizFunding>(document);
    auto *model = new FundingModel(form);
    model->setDocument(document);
    QTableView *view = form->ui.fundingView;
    view->setModel(model);
    setupTable(view);
    view->setColumnWidth(FundingModel::Source, 280);
    QLabel *error = form->ui.fundingViewError;
    QObject::connect(model, &FundingModel::rejected, error, [error](const QString &r) { showError(error, r); });
    QObject::connect(form->ui.addFunding, &QPushButton::clicked, view, [model, view] {
        const int row = model->addFunding();
        if (row >= 0)
            view->edit(model->index(row, FundingModel::Source));
    });
    QObject::connect(form->ui.removeFunding, &QPushButton::clicked, view, [model, view] {
        if (view->currentIndex().isValid())
            model->removeFunding(view->currentIndex().row());
    });
    return page;
}

BoundPage *check(ProgrammeDocument *document, const std::function<void(const QString &, const QString &)> &follow)
{
    auto [page, form] = make<Ui::WizCheck>(document);
    auto *model = new ChecklistModel(form);
    QTableView *view = form->ui.checklistView;
    view->setModel(model);
    setupTable(view);
    ChecklistModel::setupView(view);
    auto load = [model, document] { model->setItems(DeclarationChecklist::compute(DeclarationStore(document->file()).facts())); };
    load();
    QObject::connect(document, &ProgrammeDocument::changed, view, [load](const Change &) { load(); });
    QObject::connect(view, &QTableView::doubleClicked, view, [model, follow](const QModelIndex &index) {
        const ChecklistItem &item = model->item(index.row());
        follow(item.step, item.field);
    });
    return page;
}

BoundPage *send(ProgrammeDocument *document)
{
    auto [page, form] = make<Ui::WizSend>(document);
    auto &ui = form->ui;
    bindDate(ui.sentDate, ui.sentDateError, document, DeclarationEvent::Kind::Sent);
    bindDate(ui.missingDate, ui.missingDateError, document, DeclarationEvent::Kind::MissingItems);
    bindDate(ui.complementDate, ui.complementDateError, document, DeclarationEvent::Kind::ComplementSent);
    bindDate(ui.ackDate, ui.ackDateError, document, DeclarationEvent::Kind::Acknowledged);
    QLabel *deadline = ui.deadline;
    auto load = [deadline, document] {
        const DeclarationTimeline t(DeclarationStore(document->file()).events());
        QString text = shortDate(t.completenessDeadline());
        if (t.awaitingComplement())
            text = QCoreApplication::translate("WizardPages", "pièces manquantes demandées : envoyez les compléments.");
        else if (t.acknowledged().isValid())
            text += QCoreApplication::translate("WizardPages", " (accusé de réception reçu)");
        deadline->setText(text);
    };
    load();
    QObject::connect(document, &ProgrammeDocument::changed, deadline, [load](const Change &) { load(); });
    QList<DateEdit *> dates = {ui.sentDate, ui.missingDate, ui.complementDate, ui.ackDate};
    page->extraValidation = [dates] {
        for (DateEdit *d : dates)
            if (d->property("invalid").toBool())
                return false;
        return true;
    };
    return page;
}

BoundPage *effective(ProgrammeDocument *document)
{
    auto [page, form] = make<Ui::WizEffective>(document);
    auto &ui = form->ui;
    bindDate(ui.stopDate, ui.stopDateError, document, DeclarationEvent::Kind::Stop);
    QLabel *effectiveLabel = ui.effective;
    QLabel *startLabel = ui.startDeadline;
    auto load = [effectiveLabel, startLabel, document] {
        const DeclarationTimeline t(DeclarationStore(document->file()).events());
        const QDate today = QDate::currentDate();
        effectiveLabel->setText(t.effective(today).isValid()
                                    ? shortDate(t.effective(today))
                                    : QCoreApplication::translate("WizardPages", "pas encore (accusé de réception ou 2 mois sans demande de pièces)"));
        startLabel->setText(shortDate(t.startDeadline(today)));
    };
    load();
    QObject::connect(document, &ProgrammeDocument::changed, effectiveLabel, [load](const Change &) { load(); });
    DateEdit *stop = ui.stopDate;
    page->extraValidation = [stop] { return !stop->property("invalid").toBool(); };
    return page;
}

} // namespace kitetp::WizardPages
