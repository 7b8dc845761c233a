// SPDX-License-Identifier: EUPL-1.2
// The "Ateliers" page: editor operations through the page's own buttons and forms, each undone and redone
// through the document's stack; the file is checked after each step. Saves a screenshot when KITETP_SCREENSHOT
// names a file.
#include "demo/Templates.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"
#include "model/ProgrammeDocument.h"
#include "model/EditCommand.h"
#include "model/GuideTreeModel.h"
#include "model/StepsModel.h"
#include "ui/pages/GuidesPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kitetp;

class TestGuidesEditor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ProgrammeDocument> m_document;
    std::unique_ptr<GuidesPage> m_page;

    GuideStore store() { return GuideStore(m_document->file()); }
    QUndoStack *stack() { return m_document->undoStack(); }
    QStringList codes()
    {
        QStringList out;
        for (const Conducteur &c : store().conducteurs()) {
            out << c.code;
            for (const Seance &s : c.seances)
                out << s.code;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath("editor.etp");
        auto created = ProgrammeFile::create(path);
        QVERIFY(!created.error);
        QVERIFY(!Templates::apply(*created.file, QStringLiteral("oncoplet")));
        m_document = std::make_unique<ProgrammeDocument>(std::move(created.file));
        m_page = std::make_unique<GuidesPage>();
        m_page->setDocument(m_document.get());
        m_page->resize(1200, 800);
    }

    void treeShowsTheTemplate()
    {
        QCOMPARE(m_page->treeModel()->rowCount(), 3);
        QCOMPARE(m_page->treeModel()->rowCount(m_page->treeModel()->index(0, 0)), 3);
        QCOMPARE(m_page->treeModel()->index(1, 0).data().toString(), QStringLiteral("C2 — Gestion des effets secondaires"));
    }

    void addDuplicateRemoveAreUndoable()
    {
        const QStringList start = codes();
        m_page->addConducteur();
        QCOMPARE(store().conducteurs().size(), 4);
        QCOMPARE(store().conducteurs().last().code, QStringLiteral("C4"));
        m_page->addSeance();
        QVERIFY(store().seanceByCode(QStringLiteral("C4S1")));
        QCOMPARE(stack()->undoText(), QStringLiteral("Ajouter la séance « C4S1 »"));
        // The step knows where it acts (the new séance, on this page): undo and redo show it there.
        const qint64 added = store().seanceByCode(QStringLiteral("C4S1"))->id;
        const auto *command = dynamic_cast<const EditCommand *>(stack()->command(stack()->index() - 1));
        QVERIFY(command);
        QCOMPARE(command->place().page, QString::fromLatin1(PageIds::guides));
        QCOMPARE(command->place().row, added);
        stack()->undo();
        stack()->undo();
        QCOMPARE(codes(), start);
        stack()->redo();
        stack()->redo();
        QVERIFY(store().seanceByCode(QStringLiteral("C4S1")));
        QCOMPARE(store().seanceByCode(QStringLiteral("C4S1"))->id, added); // the same row again

        m_page->select(store().conducteurByCode(QStringLiteral("C1"))->id, false);
        m_page->duplicateCurrent();
        QCOMPARE(stack()->undoText(), QStringLiteral("Dupliquer le conducteur « C1 »"));
        QVERIFY(store().conducteurByCode(QStringLiteral("C1-2")));
        QCOMPARE(store().conducteurByCode(QStringLiteral("C1-2"))->seances.size(), 3);
        QVERIFY(store().seanceByCode(QStringLiteral("C1S3-2")));
        stack()->undo();
        QVERIFY(!store().conducteurByCode(QStringLiteral("C1-2")));

        const Conducteur c2 = *store().conducteurByCode(QStringLiteral("C2"));
        m_page->select(c2.id, false);
        m_page->removeCurrent();
        QVERIFY(!store().conducteurByCode(QStringLiteral("C2")));
        QVERIFY(!store().seanceByCode(QStringLiteral("C2S1")));
        stack()->undo();
        QCOMPARE(store().conducteurByCode(QStringLiteral("C2"))->seances.size(), 2);
        QCOMPARE(store().seanceByCode(QStringLiteral("C2S1"))->id, c2.seances[0].id);
        QCOMPARE(store().seanceByCode(QStringLiteral("C2S1"))->steps.size(), c2.seances[0].steps.size());
    }

    void reorderWithButtonsAndDragAndDrop()
    {
        const Conducteur c3 = *store().conducteurByCode(QStringLiteral("C3"));
        m_page->select(c3.id, false);
        m_page->moveCurrent(-1);
        QCOMPARE(store().conducteurs().at(1).code, QStringLiteral("C3"));
        stack()->undo();
        QCOMPARE(store().conducteurs().at(2).code, QStringLiteral("C3"));

        const Seance s = *store().seanceByCode(QStringLiteral("C1S3"));
        m_page->select(s.id, true);
        m_page->moveCurrent(-1);
        QCOMPARE(store().conducteurByCode(QStringLiteral("C1"))->seances.at(1).code, QStringLiteral("C1S3"));
        stack()->undo();
        QCOMPARE(store().conducteurByCode(QStringLiteral("C1"))->seances.at(2).code, QStringLiteral("C1S3"));

        // Drag C1S3 onto C2, first row.
        GuideTreeModel *model = m_page->treeModel();
        QScopedPointer<QMimeData> mime(model->mimeData({model->seanceIndex(s.id)}));
        const QModelIndex c2 = model->conducteurIndex(store().conducteurByCode(QStringLiteral("C2"))->id);
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, c2));
        QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {})); // a séance needs a conducteur
        model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, c2);
        QCOMPARE(store().conducteurByCode(QStringLiteral("C2"))->seances.first().code, QStringLiteral("C1S3"));
        QCOMPARE(stack()->undoText(), QStringLiteral("Déplacer la séance « C1S3 »"));
        stack()->undo();
        QCOMPARE(store().conducteurByCode(QStringLiteral("C1"))->seances.last().code, QStringLiteral("C1S3"));
    }

    void formEditsAreCheckedAndUndoable()
    {
        const Seance s = *store().seanceByCode(QStringLiteral("C1S1"));
        m_page->select(s.id, true);
        auto *title = m_page->findChild<QLineEdit *>("seanceTitle");
        QVERIFY(title);
        QCOMPARE(title->text(), s.title);
        title->setText(QStringLiteral("<b>Titre</b> & <script>"));
        Q_EMIT title->editingFinished();
        QCOMPARE(store().seance(s.id)->title, QStringLiteral("<b>Titre</b> & <script>"));
        QCOMPARE(stack()->undoText(), QStringLiteral("Modifier « Titre » de la séance « C1S1 »"));
        stack()->undo();
        QCOMPARE(store().seance(s.id)->title, s.title);

        // A code already used is refused: nothing changes, the form shows the stored value again.
        auto *code = m_page->findChild<QLineEdit *>("seanceCode");
        QSignalSpy failed(m_document.get(), &ProgrammeDocument::writeFailed);
        code->setText(QStringLiteral("C1S2"));
        Q_EMIT code->editingFinished();
        QCOMPARE(store().seance(s.id)->code, QStringLiteral("C1S1"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("« C1S2 » est déjà utilisé")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!stack()->undoText().contains(QStringLiteral("Code")));
        QCOMPARE(code->text(), QStringLiteral("C1S1"));
        // An empty title is refused by the rules before any write.
        title->setText(QString());
        Q_EMIT title->editingFinished();
        QCOMPARE(store().seance(s.id)->title, s.title);
    }

    void aFailedEditDoesNotMergeIntoThePreviousOne()
    {
        // Qt tries mergeWith() before it looks at isObsolete(): a refused edit must not replace a good one.
        const Seance s = *store().seanceByCode(QStringLiteral("C1S1"));
        m_page->select(s.id, true);
        auto *code = m_page->findChild<QLineEdit *>("seanceCode");
        QVERIFY(code);
        const int count = stack()->count();
        code->setText(QStringLiteral("C1S1-bis"));
        Q_EMIT code->editingFinished();
        QCOMPARE(store().seance(s.id)->code, QStringLiteral("C1S1-bis"));
        QCOMPARE(stack()->count(), count + 1);
        code->setText(QStringLiteral("C1S2")); // taken: refused
        Q_EMIT code->editingFinished();
        QCOMPARE(store().seance(s.id)->code, QStringLiteral("C1S1-bis"));
        QCOMPARE(stack()->count(), count + 1);
        stack()->undo();
        QCOMPARE(store().seance(s.id)->code, QStringLiteral("C1S1"));
        QSignalSpy failed(m_document.get(), &ProgrammeDocument::writeFailed);
        stack()->redo(); // the good edit, not the refused one
        QCOMPARE(failed.size(), 0);
        QCOMPARE(store().seance(s.id)->code, QStringLiteral("C1S1-bis"));
        stack()->undo();
        QCOMPARE(store().seance(s.id)->code, QStringLiteral("C1S1"));
    }

    void stepTableWarnsWhenDurationsDiffer()
    {
        const Seance s = *store().seanceByCode(QStringLiteral("C1S2"));
        m_page->select(s.id, true);
        auto *warning = m_page->findChild<QLabel *>("durationWarning");
        auto *table = m_page->findChild<QTableView *>("steps");
        QVERIFY(warning && table);
        QVERIFY(warning->isHidden());
        auto *model = qobject_cast<StepsModel *>(table->model());
        QVERIFY(model->setData(model->index(0, StepsModel::Duration), 25, Qt::EditRole));
        QCOMPARE(store().seance(s.id)->steps.first().durationMin, 25);
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QStringLiteral("135 min")));
        QVERIFY(!model->setData(model->index(0, StepsModel::Duration), -3, Qt::EditRole));
        stack()->undo();
        QCOMPARE(store().seance(s.id)->steps.first().durationMin, 10);
        QVERIFY(warning->isHidden());

        auto *duration = m_page->findChild<QSpinBox *>("seanceDuration");
        duration->setValue(90);
        Q_EMIT duration->editingFinished();
        QCOMPARE(store().seance(s.id)->durationMin, 90);
        QVERIFY(!warning->isHidden());
        stack()->undo();
        QVERIFY(warning->isHidden());
        const QString shot = qEnvironmentVariable("KITETP_SCREENSHOT");
        if (!shot.isEmpty()) {
            QVERIFY(model->setData(model->index(0, StepsModel::Duration), 25, Qt::EditRole));
            m_page->grab().save(shot);
            if (auto *tabs = m_page->findChild<QTabWidget *>("seanceTabs")) {
                tabs->setCurrentIndex(2);
                m_page->grab().save(QString(shot).replace(QStringLiteral(".png"), QStringLiteral("-steps.png")));
                tabs->setCurrentIndex(0);
            }
            stack()->undo();
        }
    }

    void exportThenImportThroughThePage()
    {
        const QString json = m_dir.filePath("page.json");
        QCOMPARE(m_page->exportGuides(json), QString());
        QString report;
        QCOMPARE(m_page->importGuides(json, false, &report), QString());
        QVERIFY2(report.contains(QStringLiteral("Refusé : C1")), qPrintable(report));
        QFile bad(m_dir.filePath("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":\"kitetp-guides\",\"version\":1,\"conducteurs\":[{\"code\":\"Z\"}]}");
        bad.close();
        const QStringList before = codes();
        QVERIFY(m_page->importGuides(bad.fileName(), true).contains(QStringLiteral("titre")));
        QCOMPARE(codes(), before);
        QCOMPARE(m_page->importGuides(json, true, &report), QString());
        QCOMPARE(codes(), before);
        stack()->undo();
        QCOMPARE(codes(), before);
    }

    void markupInGuidesIsShownLiterally()
    {
        // Titles and codes come from imported files: a label or message box in AutoText would render "<b>" or
        // "<img src=...>" as HTML. They must show the characters as typed.
        const Seance s = *store().seanceByCode(QStringLiteral("C2S1"));
        m_page->select(s.id, true);
        auto *title = m_page->findChild<QLineEdit *>("seanceTitle");
        title->setText(QStringLiteral("<b>Gras</b> & <img src=x>"));
        Q_EMIT title->editingFinished();
        auto *seanceHeading = m_page->findChild<QLabel *>("seanceHeading");
        QVERIFY(seanceHeading);
        QCOMPARE(seanceHeading->text(), QStringLiteral("C2S1 — <b>Gras</b> & <img src=x>"));
        QCOMPARE(seanceHeading->textFormat(), Qt::PlainText);
        m_page->select(s.conducteurId, false);
        auto *conducteurHeading = m_page->findChild<QLabel *>("conducteurHeading");
        QVERIFY(conducteurHeading);
        QCOMPARE(conducteurHeading->textFormat(), Qt::PlainText);
        stack()->undo();

        // The import report names imported guides: shown as plain text too.
        Qt::TextFormat format = Qt::AutoText;
        QString shown;
        QTimer::singleShot(0, [&format, &shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            format = box->textFormat();
            shown = box->text();
            box->accept();
        });
        m_page->showImportResult({}, QStringLiteral("Ajouté : conducteur « <b>X</b> »"));
        QCOMPARE(shown, QStringLiteral("Ajouté : conducteur « <b>X</b> »"));
        QCOMPARE(format, Qt::PlainText);
    }

    void paperForTheSelection()
    {
        m_page->select(store().seanceByCode(QStringLiteral("C2S2"))->id, true);
        for (const char *kind : {"guide", "handout", "signin"}) {
            const auto doc = m_page->paper(QString::fromLatin1(kind));
            QVERIFY(doc);
            QVERIFY(doc->pageCount() >= 1);
        }
        m_page->select(store().conducteurByCode(QStringLiteral("C2"))->id, false);
        QVERIFY(m_page->paper(QStringLiteral("guide")));
        QVERIFY(!m_page->paper(QStringLiteral("handout")));
    }
};

QTEST_MAIN(TestGuidesEditor)
#include "tst_guides_editor.moc"
