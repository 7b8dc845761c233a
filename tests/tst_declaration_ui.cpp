// SPDX-License-Identifier: EUPL-1.2
// The declaration's window parts, driven offscreen: wizard pages fill the file and reopen with what was typed,
// refused values stay out of the file with a message beside the field, the team table's edits undo, the page's
// flowcharts follow the data and link where they should.
#include "modals.h"
#include "core/ProgrammeFields.h"
#include "storage/DeclarationStore.h"
#include "storage/FieldStore.h"
#include "storage/TeamStore.h"
#include "model/ProgrammeDocument.h"
#include "documents/DossierDocument.h"
#include "storage/AttachmentStore.h"
#include "ui/declaration/AttachmentsPanel.h"
#include "ui/declaration/ChecklistModel.h"
#include "ui/DateEdit.h"
#include "ui/declaration/TeleDeclarationDialog.h"
#include "ui/declaration/DeclarationPage.h"
#include "ui/declaration/DeclarationWizard.h"
#include "ui/declaration/FlowchartView.h"
#include "model/TeamModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace kitetp;
using modals::whenModal;

namespace {

QByteArray testutilRead(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<ProgrammeDocument> openDocument(const QString &path)
{
    auto opened = ProgrammeFile::open(path);
    if (opened.error)
        return nullptr;
    return std::make_unique<ProgrammeDocument>(std::move(opened.file));
}

template<class T>
T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KITETP_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestDeclarationUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString newFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.etp").arg(++m_count));
        auto created = ProgrammeFile::create(path);
        return created.error ? QString() : path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wizardFillsTheFileAndReopens()
    {
        const QString path = newFile();
        const QString population = QStringLiteral("Adultes <b>sous</b> thérapie orale & leurs proches « été »");
        {
            auto doc = openDocument(path);
            QVERIFY(doc);
            DeclarationWizard wizard(QStringLiteral("need"), doc.get());
            wizard.show();
            auto *name = child<QLineEdit>(&wizard, QStringLiteral("structureName"));
            name->setText(QStringLiteral("Hôpital fictif")); // QTest types ASCII only
            Q_EMIT name->editingFinished(); // leaving the field (Return would press the wizard's default button)
            wizard.next();
            QCOMPARE(wizard.currentId(), 1);
            auto *pop = child<QPlainTextEdit>(&wizard, QStringLiteral("population"));
            pop->setFocus();
            pop->insertPlainText(population);
            QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason); // the user moves on to the next field
            QApplication::sendEvent(pop, &focusOut);
            auto *beneficiaries = child<QLineEdit>(&wizard, QStringLiteral("beneficiaries"));
            QTest::keyClicks(beneficiaries, QStringLiteral("quarante"));
            Q_EMIT beneficiaries->editingFinished();
            // Refused: the message is beside the field and the file keeps nothing.
            auto *error = child<QLabel>(&wizard, QStringLiteral("beneficiariesError"));
            QVERIFY(!error->isHidden());
            QVERIFY(error->text().contains(QStringLiteral("nombre entier")));
            QVERIFY(FieldStore(doc->file()).value(QStringLiteral("programme.beneficiaries")).isEmpty());
            beneficiaries->clear();
            QTest::keyClicks(beneficiaries, QStringLiteral("40"));
            Q_EMIT beneficiaries->editingFinished();
            QVERIFY(error->isHidden());
            // Closing half-way keeps what was typed, including text still in the editor being typed in.
            auto *referral = child<QPlainTextEdit>(&wizard, QStringLiteral("referral"));
            referral->insertPlainText(QStringLiteral("Par l'oncologue"));
            wizard.reject();
        }
        {
            auto opened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
            QVERIFY(!opened.error);
            FieldStore fields(*opened.file);
            QCOMPARE(fields.value(QStringLiteral("structure.name")), QStringLiteral("Hôpital fictif"));
            QCOMPARE(fields.value(QStringLiteral("programme.population")), population);
            QCOMPARE(fields.value(QStringLiteral("programme.beneficiaries")), QStringLiteral("40"));
            QCOMPARE(fields.value(QStringLiteral("programme.referral")), QStringLiteral("Par l'oncologue"));
        }
        auto doc = openDocument(path);
        DeclarationWizard again(QStringLiteral("need"), doc.get());
        again.startAtField(QStringLiteral("programme.population"));
        again.show();
        QCOMPARE(again.currentId(), 1);
        QCOMPARE(child<QPlainTextEdit>(&again, QStringLiteral("population"))->toPlainText(), population);
        QCOMPARE(child<QLineEdit>(&again, QStringLiteral("structureName"))->text(), QStringLiteral("Hôpital fictif"));
        shot(&again, QStringLiteral("wizard-need.png"));
    }

    void yesNoAndUndo()
    {
        const QString path = newFile();
        auto doc = openDocument(path);
        DeclarationWizard wizard(QStringLiteral("check"), doc.get());
        wizard.show();
        auto *combo = child<QComboBox>(&wizard, QStringLiteral("noIndustry"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("oui")));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(FieldStore(doc->file()).value(QStringLiteral("declaration.no_industry")), QStringLiteral("oui"));
        doc->undoStack()->undo();
        QCOMPARE(FieldStore(doc->file()).value(QStringLiteral("declaration.no_industry")), QString());
        QCOMPARE(combo->currentText(), QString());
    }

    void teamTableEditsAreUndoable()
    {
        const QString path = newFile();
        auto doc = openDocument(path);
        DeclarationWizard wizard(QStringLiteral("team"), doc.get());
        wizard.show();
        auto *view = child<QTableView>(&wizard, QStringLiteral("teamView"));
        auto *model = qobject_cast<TeamModel *>(view->model());
        QVERIFY(model);
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("addMember")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->setData(model->index(0, TeamModel::Name), QStringLiteral("Dr Test <b>&</b>"), Qt::EditRole));
        QVERIFY(model->setData(model->index(0, TeamModel::Profession), QStringLiteral("Médecin"), Qt::EditRole));
        QVERIFY(model->setData(model->index(0, TeamModel::Hours), QStringLiteral("42"), Qt::EditRole));
        QVERIFY(model->setData(model->index(0, TeamModel::Coordinator), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(0, TeamModel::Charter), QStringLiteral("14/03/2024"), Qt::EditRole));
        // Refused values: absurd hours and dates leave the member unchanged, with a message under the table.
        auto *error = child<QLabel>(&wizard, QStringLiteral("teamViewError"));
        QVERIFY(!model->setData(model->index(0, TeamModel::Hours), QStringLiteral("99999"), Qt::EditRole));
        QVERIFY(!error->isHidden());
        QVERIFY(!model->setData(model->index(0, TeamModel::Charter), QStringLiteral("31/02/1850"), Qt::EditRole));
        QVERIFY(!model->setData(model->index(0, TeamModel::Name), QStringLiteral("  "), Qt::EditRole));
        TeamMember m = TeamStore(doc->file()).members().constFirst();
        QCOMPARE(m.name, QStringLiteral("Dr Test <b>&</b>"));
        QCOMPARE(m.trainingHours, 42);
        QVERIFY(m.isCoordinator);
        QCOMPARE(m.charterSignedOn, QDate(2024, 3, 14));
        doc->undoStack()->undo(); // charter
        doc->undoStack()->undo(); // coordinator
        m = TeamStore(doc->file()).members().constFirst();
        QVERIFY(!m.charterSignedOn.isValid());
        QVERIFY(!m.isCoordinator);
        QCOMPARE(model->data(model->index(0, TeamModel::Coordinator), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // Remove, then undo the removal: the member comes back with its id.
        const qint64 id = m.id;
        model->removeMember(0);
        QVERIFY(TeamStore(doc->file()).members().isEmpty());
        doc->undoStack()->undo();
        QCOMPARE(TeamStore(doc->file()).members().constFirst().id, id);
        shot(&wizard, QStringLiteral("wizard-team.png"));
    }

    void editableChoicesAreStoredInFrench_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("condition kind") << QStringLiteral("need") << QStringLiteral("conditionKind") << QStringLiteral("programme.condition_kind")
                                        << QStringList{QStringLiteral("Affection de longue durée"), QStringLiteral("Maladie rare"),
                                                       QStringLiteral("Priorité régionale de santé")};
        QTest::newRow("setting") << QStringLiteral("design") << QStringLiteral("setting") << QStringLiteral("programme.setting")
                                 << QStringList{QStringLiteral("Ambulatoire"), QStringLiteral("En hospitalisation"),
                                                QStringLiteral("Ambulatoire et en hospitalisation")};
        QTest::newRow("means") << QStringLiteral("send") << QStringLiteral("means") << QStringLiteral("declaration.means")
                               << QStringList{QStringLiteral("Formulaire en ligne"), QStringLiteral("Lettre recommandée avec accusé de réception"),
                                              QStringLiteral("Dépôt contre récépissé")};
    }

    void editableChoicesAreStoredInFrench()
    {
        // The file must not depend on the interface's language: each choice stores a stable French value, whatever
        // its translated label (simulated here by renaming the items as a translation would).
        QFETCH(QString, page);
        QFETCH(QString, combo);
        QFETCH(QString, key);
        QFETCH(QStringList, values);
        const QString path = newFile();
        auto doc = openDocument(path);
        {
            DeclarationWizard wizard(page, doc.get());
            auto *box = child<QComboBox>(&wizard, combo);
            QCOMPARE(box->count(), values.size());
            for (int i = 0; i < box->count(); ++i) {
                QCOMPARE(box->itemData(i).toString(), values.at(i));
                box->setItemText(i, QStringLiteral("Translated %1").arg(i));
            }
            box->setCurrentIndex(1);
            Q_EMIT box->activated(1);
            QCOMPARE(FieldStore(doc->file()).value(key), values.at(1));
        }
        DeclarationWizard again(page, doc.get());
        QCOMPARE(child<QComboBox>(&again, combo)->currentIndex(), 1);
    }

    void removingAMemberAsksAndInactiveIsOffered()
    {
        const QString path = newFile();
        auto doc = openDocument(path);
        DeclarationWizard wizard(QStringLiteral("team"), doc.get());
        wizard.show();
        auto *view = child<QTableView>(&wizard, QStringLiteral("teamView"));
        auto *model = qobject_cast<TeamModel *>(view->model());
        QVERIFY(model);
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("addMember")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        // The table offers "Actif": unticking it keeps the member (and their history) but marks them inactive.
        const QModelIndex active = model->index(0, TeamModel::Active);
        QCOMPARE(model->headerData(TeamModel::Active, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Actif"));
        QVERIFY(model->flags(active) & Qt::ItemIsUserCheckable);
        QCOMPARE(model->data(active, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model->setData(active, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!TeamStore(doc->file()).members().constFirst().active);
        doc->undoStack()->undo();
        QVERIFY(TeamStore(doc->file()).members().constFirst().active);

        // Removing asks first: "No" keeps the member, "Yes" removes it.
        view->setCurrentIndex(model->index(0, TeamModel::Name));
        auto answer = [](QMessageBox::StandardButton button, QString *text) {
            QTimer::singleShot(0, [button, text] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                *text = box->text();
                box->button(button)->click();
            });
        };
        QString asked;
        answer(QMessageBox::No, &asked);
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("removeMember")), Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("Nouvel intervenant")), qPrintable(asked));
        QCOMPARE(TeamStore(doc->file()).members().size(), 1);
        asked.clear();
        answer(QMessageBox::Yes, &asked);
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("removeMember")), Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QVERIFY(TeamStore(doc->file()).members().isEmpty());
    }

    void attachmentsAreAddedRemovedAndUndone()
    {
        const QString path = newFile();
        {
            auto opened = ProgrammeFile::open(path);
            TeamMember m;
            m.name = QStringLiteral("Camille Essai");
            m.profession = QStringLiteral("Infirmière");
            QVERIFY(!TeamStore(*opened.file).add(m));
        }
        // A real PDF to attach, and a text file that must be refused.
        const QString pdf = m_dir.filePath(QStringLiteral("attestation.pdf"));
        {
            auto opened = ProgrammeFile::open(path, ProgrammeFile::Mode::ReadOnly);
            QVERIFY(!DossierDocument::build(*opened.file)->writePdf(pdf));
        }
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("pas une pièce\n");
        }
        auto doc = openDocument(path);
        DeclarationPage page;
        page.setDocument(doc.get());
        page.show();
        AttachmentsPanel *panel = page.attachments();
        // The user opens the "Pièces jointes" tab.
        auto *tabs = child<QTabWidget>(&page, QStringLiteral("flowTabs"));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(panel)).center());
        QCOMPARE(tabs->currentWidget(), panel);
        QPushButton *join = nullptr, *remove = nullptr;
        for (QPushButton *b : panel->findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Joindre")))
                join = b;
            if (b->text().contains(QStringLiteral("tirer")))
                remove = b;
        }
        QVERIFY(join && remove);

        // The file dialog (the path in its name field, Open), then the dialog that says what the piece is: typed title, OK.
        auto chooseFile = [](const QString &file, bool thenDescribe) {
            whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; }, [file, thenDescribe](QWidget *w) {
                auto *dialog = qobject_cast<QFileDialog *>(w);
                if (thenDescribe)
                    whenModal([](QWidget *d) { return !qobject_cast<QFileDialog *>(d) && d->findChild<QDialogButtonBox *>(); },
                              [](QWidget *describe) {
                                  QTest::keyClicks(describe->findChild<QLineEdit *>(), QStringLiteral("Attestation 2024"));
                                  auto *box = describe->findChild<QDialogButtonBox *>();
                                  QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
                              });
                else // refused before anything is asked about it
                    whenModal([](QWidget *d) { return qobject_cast<QMessageBox *>(d) != nullptr; }, [](QWidget *d) {
                        auto *box = qobject_cast<QMessageBox *>(d);
                        QVERIFY2(box->text().contains(QStringLiteral("ni un PDF")), qPrintable(box->text()));
                        box->button(QMessageBox::Ok)->click();
                    });
                modals::chooseInDialog(dialog, file);
            });
        };
        chooseFile(text, false);
        QTest::mouseClick(join, Qt::LeftButton);
        QCOMPARE(AttachmentStore(doc->file()).list().size(), 0);

        chooseFile(pdf, true);
        QTest::mouseClick(join, Qt::LeftButton);
        const QList<Attachment> list = AttachmentStore(doc->file()).list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().piece, Attachment::Piece::TrainingCertificate);
        QCOMPARE(list.constFirst().title, QStringLiteral("Attestation 2024"));
        const QByteArray bytes = AttachmentStore(doc->file()).attachment(list.constFirst().id)->data;
        QCOMPARE(bytes, testutilRead(pdf));
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 1)->text(), QStringLiteral("Camille Essai"));
        shot(&page, QStringLiteral("declaration-pieces.png"));

        // Remove the row the user clicks, then undo: the same bytes come back.
        const QRect row = panel->table()->visualItemRect(panel->table()->item(0, 2));
        QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(AttachmentStore(doc->file()).list().size(), 0);
        QCOMPARE(panel->table()->rowCount(), 0);
        doc->undoStack()->undo();
        QCOMPARE(AttachmentStore(doc->file()).list().size(), 1);
        QCOMPARE(AttachmentStore(doc->file()).attachment(list.constFirst().id)->data, bytes);
        doc->undoStack()->undo(); // the attachment itself
        QCOMPARE(AttachmentStore(doc->file()).list().size(), 0);
        doc->undoStack()->redo();
        QCOMPARE(AttachmentStore(doc->file()).list().size(), 1);
    }

    void teleDeclarationCopiesAndRecordsDates()
    {
        const QString path = newFile();
        {
            auto opened = ProgrammeFile::open(path);
            QVERIFY(!FieldStore(*opened.file).setValues({{QStringLiteral("declaration.ars"), QStringLiteral("ARS Pays de la Loire")},
                                                         {QStringLiteral("structure.name"), QStringLiteral("CH <Essai>")}}));
        }
        auto doc = openDocument(path);
        TeleDeclarationDialog dialog(doc.get());
        dialog.show();
        // The first answer is the ARS (the online form's first section); its button copies it.
        QWidget *first = dialog.copyButtons().constFirst();
        QVERIFY(first->isEnabled());
        QTest::mouseClick(qobject_cast<QPushButton *>(first), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ARS Pays de la Loire"));
        shot(&dialog, QStringLiteral("teledeclaration.png"));
        // The date the form was submitted and the acknowledgement's: recorded as the declaration's dates, one undo.
        dialog.submittedEdit()->setFocus();
        dialog.submittedEdit()->setDate(QDate::currentDate().addDays(-20));
        dialog.acknowledgedEdit()->setDate(QDate::currentDate().addDays(-5));
        QPushButton *record = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Enregistrer les dates")))
                record = b;
        QVERIFY(record);
        QTest::mouseClick(record, Qt::LeftButton);
        const DeclarationTimeline t(DeclarationStore(doc->file()).events());
        QCOMPARE(t.sent(), QDate::currentDate().addDays(-20));
        QCOMPARE(t.acknowledged(), QDate::currentDate().addDays(-5));
        QCOMPARE(t.effective(QDate::currentDate()), QDate::currentDate().addDays(-5));
        doc->undoStack()->undo();
        QVERIFY(!DeclarationTimeline(DeclarationStore(doc->file()).events()).sent().isValid());
        // An acknowledgement before the submission is refused, with the reason shown.
        dialog.submittedEdit()->setDate(QDate::currentDate().addDays(-5));
        dialog.acknowledgedEdit()->setDate(QDate::currentDate().addDays(-20));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(!DeclarationTimeline(DeclarationStore(doc->file()).events()).acknowledged().isValid());
    }

    void sendDatesAreChecked()
    {
        const QString path = newFile();
        auto doc = openDocument(path);
        DeclarationWizard wizard(QStringLiteral("send"), doc.get());
        wizard.show();
        auto *ack = child<DateEdit>(&wizard, QStringLiteral("ackDate"));
        ack->setDate(QDate(2025, 1, 10));
        Q_EMIT ack->editingFinished();
        auto *ackError = child<QLabel>(&wizard, QStringLiteral("ackDateError"));
        QVERIFY(!ackError->isHidden()); // no date sent yet
        QVERIFY(!DeclarationStore(doc->file()).dated(DeclarationEvent::Kind::Acknowledged).isValid());
        auto *sent = child<DateEdit>(&wizard, QStringLiteral("sentDate"));
        sent->setDate(QDate::currentDate().addDays(3));
        Q_EMIT sent->editingFinished();
        QVERIFY(!child<QLabel>(&wizard, QStringLiteral("sentDateError"))->isHidden()); // future
        QVERIFY(!DeclarationStore(doc->file()).dated(DeclarationEvent::Kind::Sent).isValid());
        sent->setDate(QDate(2025, 1, 5));
        Q_EMIT sent->editingFinished();
        QCOMPARE(DeclarationStore(doc->file()).dated(DeclarationEvent::Kind::Sent), QDate(2025, 1, 5));
        ack->setDate(QDate(2025, 1, 20));
        Q_EMIT ack->editingFinished();
        QCOMPARE(DeclarationStore(doc->file()).dated(DeclarationEvent::Kind::Acknowledged), QDate(2025, 1, 20));
        QVERIFY(child<QLabel>(&wizard, QStringLiteral("deadline"))->text().contains(QStringLiteral("2025")));
        doc->undoStack()->undo();
        QVERIFY(!DeclarationStore(doc->file()).dated(DeclarationEvent::Kind::Acknowledged).isValid());
    }

    // The directory card (JSON) goes where the user types in the file dialog, and the status bar says so; a place
    // an export may not go is refused with its reason, and nothing is said to have been saved.
    void directoryCardIsSavedWhereTheUserSays()
    {
        const QString path = newFile();
        auto doc = openDocument(path);
        DeclarationPage page;
        page.setDocument(doc.get());
        page.show();
        QSignalSpy status(&page, &Page::status);
        auto saveTo = [](const QString &target, bool refused) {
            whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; }, [target, refused](QWidget *w) {
                auto *dialog = qobject_cast<QFileDialog *>(w);
                if (refused)
                    whenModal([](QWidget *d) { return qobject_cast<QMessageBox *>(d) != nullptr; }, [](QWidget *d) {
                        auto *box = qobject_cast<QMessageBox *>(d);
                        QCOMPARE(box->windowTitle(), QStringLiteral("Fiche annuaire"));
                        QVERIFY2(box->text().contains(QStringLiteral("un export ne le remplace jamais")), qPrintable(box->text()));
                        box->button(QMessageBox::Ok)->click();
                    });
                modals::chooseInDialog(dialog, target);
            });
        };
        auto *cardJson = child<QPushButton>(&page, QStringLiteral("cardJson"));

        const QString card = m_dir.filePath(QStringLiteral("fiche.json"));
        saveTo(card, false);
        QTest::mouseClick(cardJson, Qt::LeftButton);
        QVERIFY(QJsonDocument::fromJson(testutilRead(card)).isObject());
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.constLast().constFirst().toString(), QStringLiteral("Fiche annuaire enregistrée : %1").arg(card));

        const QString journal = m_dir.filePath(QStringLiteral("fiche.etp-journal"));
        saveTo(journal, true);
        QTest::mouseClick(cardJson, Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(journal));
        QCOMPARE(status.size(), 1); // no "saved" for a refusal
    }

    void pageFlowchartsFollowTheData()
    {
        const QString path = newFile();
        auto doc = openDocument(path);
        DeclarationPage page;
        page.resize(1400, 900);
        page.setDocument(doc.get());
        page.show();
        QCOMPARE(page.declarationFlow()->steps().size(), 7);
        QCOMPARE(page.implementationFlow()->steps().size(), 10);
        QCOMPARE(page.declarationFlow()->steps().at(5).state, FlowStep::State::ToDo);
        QVERIFY(page.checklist()->rowCount() > 20);
        // Sending the dossier (through the store, as a command would) recolours the "send" step at once.
        QVERIFY(!DeclarationStore(doc->file()).setDated(DeclarationEvent::Kind::Sent, QDate::currentDate().addDays(-3)));
        QCOMPARE(page.declarationFlow()->steps().at(5).state, FlowStep::State::InProgress);
        // Clicking an implementation step asks the window for its page.
        QSignalSpy spy(&page, &Page::navigateTo);
        FlowchartView *impl = page.implementationFlow();
        impl->fit();
        const QPoint p = impl->mapFromScene(impl->boxRect(QStringLiteral("enrolment")).center());
        QTest::mouseClick(impl->viewport(), Qt::LeftButton, {}, p);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("patients"));
        shot(&page, QStringLiteral("declaration-page.png"));
        const QString dir = qEnvironmentVariable("KITETP_SCREENSHOTS");
        if (!dir.isEmpty()) {
            page.declarationFlow()->toImage().save(QDir(dir).filePath(QStringLiteral("flow-declaration.png")));
            page.implementationFlow()->toImage().save(QDir(dir).filePath(QStringLiteral("flow-implementation.png")));
        }
        QVERIFY(!page.declarationFlow()->toImage().isNull());
    }

    // "N'afficher que les manquants" (clicked) leaves only the missing requirements in the checklist.
    void checklistShowsOnlyMissing()
    {
        auto doc = openDocument(newFile());
        DeclarationPage page;
        page.resize(1400, 900);
        page.setDocument(doc.get());
        page.show();
        auto *view = page.findChild<QTableView *>(QStringLiteral("checklistView"));
        auto *only = page.findChild<QCheckBox *>(QStringLiteral("onlyMissing"));
        QVERIFY(view && only);
        ChecklistModel *model = page.checklist();
        int missing = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            missing += model->item(row).status == ChecklistItem::Status::Missing;
        QVERIFY(missing > 0 && missing < model->rowCount());
        auto shown = [&] {
            int n = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                n += !view->isRowHidden(row);
            return n;
        };
        QCOMPARE(shown(), model->rowCount());
        QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(8, only->height() / 2));
        QVERIFY(only->isChecked());
        QCOMPARE(shown(), missing);
        for (int row = 0; row < model->rowCount(); ++row)
            if (!view->isRowHidden(row))
                QCOMPARE(model->item(row).status, ChecklistItem::Status::Missing);
        QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(8, only->height() / 2));
        QCOMPARE(shown(), model->rowCount());
    }
};

QTEST_MAIN(TestDeclarationUi)
#include "tst_declaration_ui.moc"
