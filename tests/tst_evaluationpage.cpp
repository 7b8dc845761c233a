// SPDX-License-Identifier: EUPL-1.2
// The Évaluation page: indicators and charts of the chosen period, updates on changes, undoable notes and actions,
// the questionnaire dialog. KITETP_SCREENSHOT_DIR=DIR saves pictures of the page for a person to look at.
#include "EvaluationFixture.h"

#include "storage/DeclarationStore.h"
#include "storage/EvaluationStore.h"
#include "storage/FieldStore.h"
#include "storage/PatientStore.h"
#include "storage/QuestionnaireStore.h"
#include "core/ProgrammeFields.h"
#include "model/ProgrammeDocument.h"
#include "model/SetFieldCommand.h"
#include "ui/evaluation/ChartPanel.h"
#include "model/IndicatorModel.h"
#include "ui/evaluation/NoteEdit.h"
#include "ui/evaluation/QuestionnaireDialog.h"
#include "ui/pages/EvaluationPage.h"
#include "ui/declaration/DeclarationPage.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kitetp;

namespace {

QString valueOf(const IndicatorModel *model, const QString &key)
{
    for (int s = 0; s < model->rowCount(); ++s) {
        const QStandardItem *section = model->item(s);
        for (int r = 0; r < section->rowCount(); ++r)
            if (section->child(r, 0)->data(Qt::UserRole).toString() == key)
                return section->child(r, 1)->text();
    }
    return {};
}

const ChartData *chart(const EvaluationPage &page, const char *id)
{
    for (const ChartPanel *p : page.chartPanels())
        if (p->data().id == QLatin1String(id))
            return &p->data();
    return nullptr;
}

} // namespace

class TestEvaluationPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ProgrammeDocument> m_document;
    std::unique_ptr<EvaluationPage> m_page;

    void screenshot(const QString &name, QWidget *widget)
    {
        const QString dir = qEnvironmentVariable("KITETP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto created = ProgrammeFile::create(m_dir.filePath(QStringLiteral("fixture.etp")));
        QVERIFY(!created.error);
        QVERIFY(evaluationFixture::fill(*created.file));
        m_document = std::make_unique<ProgrammeDocument>(std::move(created.file));
        m_page = std::make_unique<EvaluationPage>();
        m_page->resize(1200, 900);
        m_page->setDocument(m_document.get());
        m_page->setYear(2024);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void showsTheIndicatorsAndChartsOfThePeriod()
    {
        QCOMPARE(valueOf(m_page->indicatorModel(), QStringLiteral("patients.entered")), QStringLiteral("4"));
        QCOMPARE(valueOf(m_page->indicatorModel(), QStringLiteral("sessions.attendance_rate")), QStringLiteral("55,6\u00a0%"));
        QCOMPARE(m_page->chartPanels().size(), 7);
        QCOMPARE(chart(*m_page, "funnel")->series.first().values, (QList<double>{4, 3, 2, 3, 2, 1}));
        // Every chart is drawn with its title, axis titles and a legend, numbers localized.
        for (const ChartPanel *p : m_page->chartPanels()) {
            QChart *c = p->view()->chart();
            QCOMPARE(c->title(), p->data().title);
            QVERIFY(c->localizeNumbers());
            QVERIFY(c->legend()->isVisible());
            QCOMPARE(c->axes(Qt::Horizontal).first()->titleText(), p->data().xTitle);
            QCOMPARE(c->axes(Qt::Vertical).first()->titleText(), p->data().yTitle);
        }
        screenshot(QStringLiteral("evaluation-indicators.png"), m_page.get());
        m_page->showTab(1);
        screenshot(QStringLiteral("evaluation-charts.png"), m_page.get());
        m_page->showTab(0);

        m_page->setRange(QDate(2024, 12, 1), QDate(2024, 12, 31));
        QCOMPARE(valueOf(m_page->indicatorModel(), QStringLiteral("patients.entered")), QStringLiteral("1"));
        m_page->setYear(2010);
        QCOMPARE(valueOf(m_page->indicatorModel(), QStringLiteral("patients.entered")), QStringLiteral("pas de données"));
        m_page->setYear(2024);
    }

    void followsChangesOfTheFile()
    {
        PatientStore patients(m_document->file());
        Patient p;
        p.code = QStringLiteral("P9");
        QVERIFY(!patients.add(p));
        PathEvent e;
        e.patientId = p.id;
        e.kind = PathEvent::Kind::ConsentEntry;
        e.date = QDate(2024, 4, 2);
        QVERIFY(!patients.addEvent(e));
        QTRY_COMPARE(valueOf(m_page->indicatorModel(), QStringLiteral("patients.entered")), QStringLiteral("5"));
        QTRY_COMPARE(chart(*m_page, "entries")->series.first().values.at(3), 1.0);
        QVERIFY(!patients.remove(p.id));
        QTRY_COMPARE(valueOf(m_page->indicatorModel(), QStringLiteral("patients.entered")), QStringLiteral("4"));
    }

    void notesAreUndoable()
    {
        NoteEdit *worked = m_page->noteEdit(QStringLiteral("worked"));
        QVERIFY(worked);
        worked->setPlainText(QStringLiteral("Les ateliers <b>du jeudi</b>"));
        Q_EMIT worked->edited(QStringLiteral("worked"), worked->toPlainText());
        const EvaluationStore store(m_document->file());
        QCOMPARE(store.note(QStringLiteral("2024"), QStringLiteral("worked")), QStringLiteral("Les ateliers <b>du jeudi</b>"));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Modifier « Points forts » (2024)"));
        m_document->undoStack()->undo();
        QVERIFY(store.note(QStringLiteral("2024"), QStringLiteral("worked")).isEmpty());
        QTRY_VERIFY(worked->toPlainText().isEmpty());
        m_document->undoStack()->redo();
        QTRY_COMPARE(worked->toPlainText(), QStringLiteral("Les ateliers <b>du jeudi</b>"));

        // A four-year part goes to the four-year period of the chosen year.
        NoteEdit *decision = m_page->noteEdit(QStringLiteral("decision"));
        decision->setPlainText(QStringLiteral("Poursuivre."));
        Q_EMIT decision->edited(QStringLiteral("decision"), decision->toPlainText());
        QCOMPARE(store.note(QStringLiteral("2021-2024"), QStringLiteral("decision")), QStringLiteral("Poursuivre."));

        // Actions: a bad date is refused and nothing is stored.
        m_page->showTab(2);
        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("actions"));
        QVERIFY(table);
        table->setRowCount(1);
        table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("IDE")));
        table->setItem(0, 2, new QTableWidgetItem(QStringLiteral("31/02/2025")));
        // The refused row is taken off the table (reloaded from the file, which holds no action).
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(store.actions(QStringLiteral("2024")).isEmpty());
        table->setRowCount(1);
        table->setItem(0, 2, new QTableWidgetItem(QStringLiteral("31/03/2025")));
        table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("IDE")));
        table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Relancer les absents")));
        QCOMPARE(store.actions(QStringLiteral("2024")),
                 (QList<EvaluationAction>{{QStringLiteral("Relancer les absents"), QStringLiteral("IDE"), QDate(2025, 3, 31)}}));
        screenshot(QStringLiteral("evaluation-analysis.png"), m_page.get());
        m_document->undoStack()->undo();
        QVERIFY(store.actions(QStringLiteral("2024")).isEmpty());
        m_page->showTab(0);
    }

    void programmeYearsCriteriaAndFollowUp()
    {
        // A programme declared effective on 1 July 2022 (mid-year), with two declared criteria and an action of the
        // previous programme year.
        auto created = ProgrammeFile::create(m_dir.filePath(QStringLiteral("anchored.etp")));
        QVERIFY(!created.error);
        QVERIFY(evaluationFixture::fill(*created.file));
        QVERIFY(!FieldStore(*created.file).setValue(QStringLiteral("programme.start"), QStringLiteral("2022-09-01")));
        QVERIFY(!FieldStore(*created.file).setValue(QStringLiteral("programme.criteria"),
                                                    QStringLiteral("1. Taux de présence d'au moins 50 %\n2. Objectifs atteints")));
        QVERIFY(!DeclarationStore(*created.file).setDated(DeclarationEvent::Kind::Sent, QDate(2022, 4, 20)));
        QVERIFY(!DeclarationStore(*created.file).setDated(DeclarationEvent::Kind::Acknowledged, QDate(2022, 7, 1)));
        const QString previousKey = QStringLiteral("2023-07-01..2024-06-30");
        QVERIFY(!EvaluationStore(*created.file).setActions(previousKey, {{QStringLiteral("Relancer les absents"), QStringLiteral("IDE"), QDate()}}));
        ProgrammeDocument document(std::move(created.file));
        EvaluationPage page;
        page.resize(1200, 900);
        page.setDocument(&document);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The page opens on the programme year containing today, and says what it covers.
        auto *kind = page.findChild<QComboBox *>(QStringLiteral("periodKind"));
        QCOMPARE(kind->currentIndex(), int(EvaluationPage::ProgrammeYear));
        QVERIFY(page.periodText().contains(QStringLiteral("prise d'effet de la déclaration, le vendredi 1 juillet 2022")));
        page.setYear(2024, EvaluationPage::ProgrammeYear);
        QCOMPARE(page.period().from, QDate(2024, 7, 1));
        QCOMPARE(page.period().to, QDate(2025, 6, 30));
        auto *info = page.findChild<QLabel *>(QStringLiteral("periodInfo"));
        QVERIFY(info->text().startsWith(QStringLiteral("Période couverte : du lundi 1 juillet 2024 au lundi 30 juin 2025. Année de programme n° 3.")));
        // Calendar years on demand, chosen with the keyboard.
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(kind->currentIndex(), int(EvaluationPage::CalendarYear));
        QTRY_VERIFY(info->text().contains(QStringLiteral("années civiles")));
        QTest::keyClick(kind, Qt::Key_Up);
        page.setYear(2024, EvaluationPage::ProgrammeYear);
        QVERIFY(!page.fourYears().isEmpty());
        QCOMPARE(page.fourYears().first().from, QDate(2022, 7, 1)); // never before the programme

        // The declared criteria: the indicator chosen and the appraisal typed are stored for the period.
        page.showTab(2);
        auto *criteria = page.findChild<QTableWidget *>(QStringLiteral("criteria"));
        QCOMPARE(criteria->rowCount(), 2);
        QCOMPARE(criteria->item(0, 0)->text(), QStringLiteral("Taux de présence d'au moins 50 %"));
        auto *indicator = qobject_cast<QComboBox *>(criteria->cellWidget(0, 1));
        QVERIFY(indicator);
        indicator->setFocus();
        QTest::keyClick(indicator, Qt::Key_Down);
        const EvaluationStore store(document.file());
        const QString key = page.period().key();
        QTRY_COMPARE(store.appraisals(key).value(0).indicator, QStringLiteral("patients.caseload"));
        criteria->setCurrentCell(0, 2);
        criteria->editItem(criteria->item(0, 2));
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QTest::keyClicks(editor, QStringLiteral("Atteint <en partie>"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(store.appraisals(key).value(0).appraisal, QStringLiteral("Atteint <en partie>"));
        document.undoStack()->undo();
        QTRY_VERIFY(store.appraisals(key).value(0).appraisal.isEmpty());
        // A criterion declared on the Programme page shows here; another field edited there changes nothing here.
        document.undoStack()->push(new SetFieldCommand(&document, QStringLiteral("programme.criteria"),
                                                       QStringLiteral("1. Taux de présence d'au moins 50 %\n2. Objectifs atteints\n3. Lettres envoyées")));
        QTRY_COMPARE(criteria->rowCount(), 3);
        QCOMPARE(criteria->item(2, 0)->text(), QStringLiteral("Lettres envoyées"));
        document.undoStack()->push(new SetFieldCommand(&document, ProgrammeFields::title(), QStringLiteral("Autre titre")));
        QCOMPARE(criteria->rowCount(), 3);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QTRY_COMPARE(criteria->rowCount(), 2);

        // Last year's action: its state is updated here and stored with that year's actions.
        auto *previous = page.findChild<QTableWidget *>(QStringLiteral("previousActions"));
        QCOMPARE(previous->rowCount(), 1);
        QCOMPARE(previous->item(0, 0)->text(), QStringLiteral("Relancer les absents"));
        auto *state = qobject_cast<QComboBox *>(previous->cellWidget(0, 3));
        state->setFocus();
        QTest::keyClick(state, Qt::Key_Down);
        QTRY_COMPARE(store.actions(previousKey).value(0).state, EvaluationAction::State::InProgress);
        QCOMPARE(store.actions(previousKey).value(0).text, QStringLiteral("Relancer les absents"));

        // The four-year part "availability" goes to the four-year period, the annual one to the year (two notes
        // with close names, never mixed up).
        page.showTab(3);
        NoteEdit *availability = page.noteEdit(QStringLiteral("availability"));
        NoteEdit *decision = page.noteEdit(QStringLiteral("decision"));
        QVERIFY(availability && decision && availability != page.noteEdit(QStringLiteral("patients_access")));
        page.activateWindow();
        availability->setFocus();
        QTest::keyClicks(availability, QStringLiteral("Affiche en salle d'attente"));
        decision->setFocus(); // leaving the note stores it
        const QString fourKey = EvaluationNotes::fourYearPeriod(page.fourYears());
        QTRY_COMPARE(store.note(fourKey, QStringLiteral("availability")), QStringLiteral("Affiche en salle d'attente"));
        QVERIFY(store.note(key, QStringLiteral("availability")).isEmpty());

        // The Déclaration page shows the next anniversary and the next four-year deadline.
        DeclarationPage declaration;
        declaration.setDocument(&document);
        const QDate today = QDate::currentDate();
        QDate next(today.year(), 7, 1);
        if (next <= today)
            next = next.addYears(1);
        auto *anniversary = declaration.findChild<QLabel *>(QStringLiteral("nextAnniversaryValue"));
        QVERIFY(anniversary);
        QVERIFY2(anniversary->text().startsWith(QLocale().toString(next, QLocale::LongFormat)), qPrintable(anniversary->text()));
        QDate four(2026, 7, 1);
        while (four <= today)
            four = four.addYears(4);
        QVERIFY(declaration.findChild<QLabel *>(QStringLiteral("nextFourYearValue"))->text().startsWith(QLocale().toString(four, QLocale::LongFormat)));
    }

    void questionnaireDialogEditsWithUndo()
    {
        QuestionnaireDialog dialog(m_document.get());
        const QuestionnaireStore store(m_document->file());
        const qsizetype before = store.questions().size();
        dialog.addQuestion(true, QStringLiteral("L'accueil était <i>chaleureux</i>."));
        QCOMPARE(store.questions().size(), before + 1);
        QCOMPARE(store.questions().last().label, QStringLiteral("L'accueil était <i>chaleureux</i>."));
        dialog.resize(760, 520);
        screenshot(QStringLiteral("questionnaire.png"), &dialog);
        m_document->undoStack()->undo();
        QCOMPARE(store.questions().size(), before);
        m_document->undoStack()->redo();
        QCOMPARE(store.questions().size(), before + 1);
        // An empty label is refused (a message box would say why; here nothing is pushed).
        const int commands = m_document->undoStack()->count();
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        dialog.addQuestion(false, QStringLiteral("   "));
        QCOMPARE(m_document->undoStack()->count(), commands);
    }

    void movingAQuestionRenumbersThemAll()
    {
        // Positions with gaps (2, 3, 4: questions removed, or an older file): moving the last one up must give a
        // clear order 0, 1, 2, in one undo step.
        auto created = ProgrammeFile::create(m_dir.filePath(QStringLiteral("questions.etp")));
        QVERIFY(!created.error);
        ProgrammeDocument document(std::move(created.file));
        QuestionnaireStore store(document.file());
        for (int i = 0; i < 3; ++i) {
            Question q{0, 2 + i, Question::Kind::Likert, QStringLiteral("Question %1").arg(QChar(u'A' + i))};
            QVERIFY(!store.addQuestion(q));
        }
        QuestionnaireDialog dialog(&document);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("questions"));
        QVERIFY(list);
        QCOMPARE(list->count(), 3);
        list->setCurrentRow(2);
        const int commands = document.undoStack()->count();
        dialog.findChild<QPushButton *>(QStringLiteral("moveUp"))->click();
        const auto order = [&store] {
            QStringList out;
            for (const Question &q : store.questions())
                out << QStringLiteral("%1:%2").arg(q.label.right(1)).arg(q.position);
            return out;
        };
        QCOMPARE(order(), (QStringList{QStringLiteral("A:0"), QStringLiteral("C:1"), QStringLiteral("B:2")}));
        QCOMPARE(document.undoStack()->count(), commands + 1);
        QCOMPARE(list->currentItem()->text().right(1), QStringLiteral("C"));
        dialog.findChild<QPushButton *>(QStringLiteral("moveUp"))->click();
        QCOMPARE(order(), (QStringList{QStringLiteral("C:0"), QStringLiteral("A:1"), QStringLiteral("B:2")}));
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(order(), (QStringList{QStringLiteral("A:2"), QStringLiteral("B:3"), QStringLiteral("C:4")}));
        document.undoStack()->redo();
        QCOMPARE(order(), (QStringList{QStringLiteral("A:0"), QStringLiteral("C:1"), QStringLiteral("B:2")}));
    }
};

QTEST_MAIN(TestEvaluationPage)
#include "tst_evaluationpage.moc"
