// SPDX-License-Identifier: EUPL-1.2
#include "core/PatientPath.h"
#include "documents/GpLetterDocument.h"
#include "demo/DemoGenerator.h"
#include "modals.h"
#include "patientfixture.h"
#include "storage/SessionStore.h"
#include "ui/IdentityPrivacy.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "ui/pages/PatientListModel.h"
#include "ui/pages/PatientView.h"
#include "ui/pages/PatientsPage.h"
#include "ui/pages/SessionsPage.h"
#include "ui/pages/WeekView.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>

using namespace kitetp;
using modals::whenModal;

namespace {

// The file dialog: the path typed in its name field, then Open once the dialog knows the file.
void chooseFile(const QString &path)
{
    whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; },
              [path](QWidget *w) { modals::chooseInDialog(qobject_cast<QFileDialog *>(w), path); });
}

// The message box that follows: its text kept in `text`, then `button` clicked.
void answerMessage(QString *text, QMessageBox::StandardButton button)
{
    whenModal([](QWidget *w) { return qobject_cast<QMessageBox *>(w) != nullptr; }, [text, button](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        *text = box->text();
        QAbstractButton *b = box->button(button);
        if (!b) {
            qWarning("no such button in \"%s\"", qPrintable(box->text()));
            box->reject();
            return;
        }
        QTest::mouseClick(b, Qt::LeftButton);
    });
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result() : QByteArray();
}

// A patients CSV of `rows` lines (codes P-IMP-00001...), each with a proposal and an entry consent.
QByteArray patientsCsv(int rows)
{
    QByteArray csv = "code;nom;prenom;site_cancer;proposition;consentement_entree;seances_prevues\r\n";
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("P-IMP-%1;Fictif%2;Camille;sein;%3;%3;C1S1 C2S2\r\n")
                   .arg(i, 5, 10, QLatin1Char('0')).arg(i)
                   .arg(QDate(2024, 1, 1).addDays(i % 300).toString(QStringLiteral("dd/MM/yyyy")))
                   .toUtf8();
    return csv;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

// The Patients and Séances pages on a demo programme. With KITETP_SCREENSHOTS=DIR set, they are saved as PNGs.
class TestPatientsPage : public QObject
{
    Q_OBJECT
    PatientFixture m_fixture;
    std::unique_ptr<ProgrammeDocument> m_document;

    void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("KITETP_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        IdentityPrivacy::instance()->setHidden(false);
        QVERIFY(m_fixture.create());
        DemoOptions o;
        o.patients = 400;
        o.years = 3;
        o.lastYear = QDate::currentDate().year();
        QVERIFY(!DemoGenerator(*m_fixture.file, o).fill());
        m_document = std::make_unique<ProgrammeDocument>(std::move(m_fixture.file));
    }

    void searchFiltersAsYouType()
    {
        PatientsPage page;
        page.resize(1400, 900);
        page.setDocument(m_document.get());
        QCOMPARE(page.model()->rowCount(), 400);
        QCOMPARE(page.proxy()->rowCount(), 400);
        const QString code = page.model()->summary(17)->code;
        page.setSearchText(code);
        QCOMPARE(page.proxy()->rowCount(), 1);
        page.setSearchText(code.toLower() + QStringLiteral(" zzzz"));
        QCOMPARE(page.proxy()->rowCount(), 0);
        page.setSearchText(QStringLiteral("sein"));
        QVERIFY(page.proxy()->rowCount() > 0 && page.proxy()->rowCount() < 400);
        page.setSearchText({});
        page.proxy()->setStage(int(PatientPath::Stage::Exited));
        for (int i = 0; i < page.proxy()->rowCount(); ++i)
            QCOMPARE(page.proxy()->data(page.proxy()->index(i, PatientListModel::Stage)).toString(),
                     PatientPath::stageLabel(PatientPath::Stage::Exited));
        page.proxy()->setStage(-1);
        page.proxy()->sort(PatientListModel::Entry, Qt::DescendingOrder);
        QVERIFY(page.proxy()->index(0, PatientListModel::Entry).data(PatientListModel::SortRole).toDate() >=
                page.proxy()->index(399, PatientListModel::Entry).data(PatientListModel::SortRole).toDate());
        page.show();
        page.selectPatient(page.model()->summary(3)->id);
        QCOMPARE(page.view()->patientId(), page.model()->summary(3)->id);
        shoot(&page, "patients");
    }

    // A click on a column header sorts the list; typing then filters it and the shown rows stay in that order (the
    // list model keeps its rows sorted; the filter never re-sorts). The selected patient stays selected.
    void aHeaderClickSortsAndSearchKeepsTheOrder()
    {
        PatientsPage page;
        page.resize(1400, 900);
        page.setDocument(m_document.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY(table && search);
        const qint64 chosen = page.model()->summary(42)->id;
        page.selectPatient(chosen);
        QHeaderView *header = table->horizontalHeader();
        const QPoint entry(header->sectionViewportPosition(PatientListModel::Entry) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, entry);
        const auto entries = [&page] {
            QList<QDate> dates;
            for (int i = 0; i < page.proxy()->rowCount(); ++i)
                dates << page.proxy()->index(i, PatientListModel::Entry).data(PatientListModel::SortRole).toDate();
            return dates;
        };
        QList<QDate> dates = entries();
        QCOMPARE(dates.size(), 400);
        QVERIFY(std::is_sorted(dates.cbegin(), dates.cend()) || std::is_sorted(dates.crbegin(), dates.crend()));
        const bool ascending = std::is_sorted(dates.cbegin(), dates.cend());
        QVERIFY(dates.first() != dates.last());
        QCOMPARE(page.proxy()->data(table->currentIndex(), PatientListModel::IdRole).toLongLong(), chosen);

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, entry); // the other way round
        dates = entries();
        QVERIFY(ascending ? std::is_sorted(dates.crbegin(), dates.crend()) : std::is_sorted(dates.cbegin(), dates.cend()));

        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("sein"));
        dates = entries();
        QVERIFY(dates.size() > 0 && dates.size() < 400);
        QVERIFY(ascending ? std::is_sorted(dates.crbegin(), dates.crend()) : std::is_sorted(dates.cbegin(), dates.cend()));
        for (int i = 0; i < page.proxy()->rowCount(); ++i)
            QVERIFY(page.proxy()->index(i, PatientListModel::Site).data().toString().contains(QStringLiteral("Sein"), Qt::CaseInsensitive));
    }

    void identitiesCanBeHidden()
    {
        PatientsPage page;
        page.setDocument(m_document.get());
        int row = -1;
        for (int i = 0; i < page.model()->rowCount() && row < 0; ++i)
            if (!page.model()->summary(i)->lastName.isEmpty())
                row = i;
        QVERIFY(row >= 0);
        const QModelIndex name = page.model()->index(row, PatientListModel::Name);
        QVERIFY(name.data().toString().contains(page.model()->summary(row)->lastName.toUpper()));
        IdentityPrivacy::instance()->setHidden(true);
        QVERIFY(!name.data().toString().contains(page.model()->summary(row)->lastName.toUpper()));
        page.resize(1400, 900);
        page.show();
        page.selectPatient(page.model()->summary(row)->id);
        shoot(&page, "patients-hidden");
        IdentityPrivacy::instance()->setHidden(false);
        QVERIFY(name.data().toString().contains(page.model()->summary(row)->lastName.toUpper()));
    }

    // The GP letter's ODT… button: the file dialog, then an ODT (for the word processor) readable by its owner only,
    // holding the letter.
    void gpLetterOdtButtonWritesAPrivateOdt()
    {
        ProgrammeFile &file = m_document->file();
        qint64 id = 0;
        for (const Patient &p : PatientStore(file).patients())
            if (GpLetterDocument::refusal(GpLetterDocument::gather(file, p.id)).isEmpty()) {
                id = p.id;
                break;
            }
        QVERIFY2(id, "no patient of the demo may have a GP letter");
        PatientView view;
        view.setDocument(m_document.get());
        view.showPatient(id);
        view.show();
        auto *button = view.findChild<QPushButton *>(QStringLiteral("letterOdtButton"));
        QVERIFY(button && button->isVisible());
        QTemporaryDir dir;
        const QString odt = dir.filePath(QStringLiteral("synthese.odt"));
        chooseFile(odt);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(QFile::exists(odt));
        QCOMPARE(QFileInfo(odt).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
        QVERIFY2(unzip.waitForFinished(30000) && unzip.exitCode() == 0, "unzip (scripts/deps.sh test) could not read the ODT");
        const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("a participé")), qPrintable(content.left(2000)));
    }

    void editsAreUndoable()
    {
        PatientsPage page;
        page.setDocument(m_document.get());
        const qint64 id = page.model()->summary(5)->id;
        const Patient before = *PatientStore(m_document->file()).patient(id);
        Patient after = before;
        after.cancerSite = QStringLiteral("Rein <b>&</b>");
        QVERIFY(m_document->push(PatientCommands::editPatient(m_document.get(), before, after)));
        QCoreApplication::processEvents();
        QCOMPARE(page.model()->summary(page.model()->rowOf(id))->cancerSite, after.cancerSite);
        m_document->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(PatientStore(m_document->file()).patient(id)->cancerSite, before.cancerSite);
        QCOMPARE(page.model()->summary(page.model()->rowOf(id))->cancerSite, before.cancerSite);

        // removing a patient and undoing puts back the whole path with the same ids
        const auto snapshot = PatientStore(m_document->file()).snapshot(id);
        QVERIFY(m_document->push(PatientCommands::removePatient(m_document.get(), id)));
        QVERIFY(!PatientStore(m_document->file()).patient(id));
        m_document->undoStack()->undo();
        const auto back = PatientStore(m_document->file()).snapshot(id);
        QCOMPARE(back.events.size(), snapshot.events.size());
        QCOMPARE(back.objectives.size(), snapshot.objectives.size());
        QCOMPARE(back.plan, snapshot.plan);
        QCOMPARE(back.attendance.size(), snapshot.attendance.size());

        // an exit sets the status; undo puts it back
        PathEvent exit;
        exit.patientId = id;
        exit.kind = PathEvent::Kind::Exit;
        exit.date = QDate::currentDate();
        exit.reason = toStored(Patient::Status::Moved);
        const Patient::Status status = PatientStore(m_document->file()).patient(id)->status;
        QVERIFY(m_document->push(PatientCommands::addEvent(m_document.get(), exit)));
        QCOMPARE(PatientStore(m_document->file()).patient(id)->status, Patient::Status::Moved);
        m_document->undoStack()->undo();
        QCOMPARE(PatientStore(m_document->file()).patient(id)->status, status);
    }

    // The window's import reads the CSV one record at a time (twice: checked, then imported in one transaction once
    // confirmed): a large file comes in whole, undo takes it out; a file unusable at its very end changes nothing.
    void importStreamsALargeFileAndABadOneChangesNothing()
    {
        PatientFixture f;
        QVERIFY(f.create());
        f.addPatient(QStringLiteral("P-2025-0001"));
        const QString programme = f.path;
        ProgrammeDocument doc(std::move(f.file));
        PatientsPage page;
        page.resize(1400, 900);
        page.setDocument(&doc);
        page.show();
        auto *importButton = page.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton && importButton->isEnabled());
        const int rows = 3000;

        // Unusable at the last line (a quote left open): nothing imported, the file not even touched.
        const QString bad = f.dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(bad, patientsCsv(rows) + "P-IMP-99999;\"Fictif;Camille;sein;01/02/2024;01/02/2024;\r\n"));
        const QByteArray before = hashOf(programme);
        QString said;
        chooseFile(bad);
        answerMessage(&said, QMessageBox::Ok);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY2(said.startsWith(QStringLiteral("Rien n'a été importé")), qPrintable(said));
        QCOMPARE(PatientStore(doc.file()).summaries().size(), 1);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(hashOf(programme), before);
        QCOMPARE(doc.undoStack()->count(), 0);

        // A large one: the count asked about, then every row in the file and in the list.
        const QString good = f.dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(writeFile(good, patientsCsv(rows)));
        chooseFile(good);
        answerMessage(&said, QMessageBox::Yes);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY2(said.startsWith(QStringLiteral("%1 patient(s) prêt(s) à importer, 0 ligne(s) refusée(s)").arg(rows)), qPrintable(said));
        QCOMPARE(PatientStore(doc.file()).summaries().size(), rows + 1);
        QTRY_COMPARE(page.model()->rowCount(), rows + 1);
        const auto last = PatientStore(doc.file()).patientByCode(QStringLiteral("P-IMP-03000"));
        QVERIFY(last);
        QCOMPARE(last->lastName, QStringLiteral("Fictif3000"));
        QCOMPARE(PatientStore(doc.file()).events(last->id).size(), 2);
        QCOMPARE(PatientStore(doc.file()).plan(last->id).size(), 2);
        QCOMPARE(PatientStore(doc.file()).summary(last->id)->entryDate, QDate(2024, 1, 1).addDays(3000 % 300));

        // Undo takes the import out; redo reads the file again.
        doc.undoStack()->undo();
        QCOMPARE(PatientStore(doc.file()).summaries().size(), 1);
        doc.undoStack()->redo();
        QCOMPARE(PatientStore(doc.file()).summaries().size(), rows + 1);
        doc.undoStack()->undo();

        // A file that changed between its check and the import imports nothing.
        auto *changed = PatientCommands::importPatients(&doc, good, QDate::currentDate(), rows - 1);
        QVERIFY(!doc.push(changed));
        QCOMPARE(PatientStore(doc.file()).summaries().size(), 1);
        // The import rolled back whole, the summary's triggers (set aside while it wrote) with it: a step recorded
        // afterwards still shows in the list's line.
        const qint64 first = PatientStore(doc.file()).patientByCode(QStringLiteral("P-2025-0001"))->id;
        PathEvent proposal;
        proposal.patientId = first;
        proposal.kind = PathEvent::Kind::Proposal;
        proposal.date = QDate(2025, 3, 4);
        QVERIFY(!PatientStore(doc.file()).addEvent(proposal));
        QCOMPARE(PatientStore(doc.file()).summary(first)->entryDate, QDate(2025, 3, 4));
    }

    // A file with a refused line: the question lists the refusals, Annuler (the default) imports nothing, and
    // "Importer les lignes valides", clicked, imports the others.
    void refusedLinesImportNothingUnlessTheUserChooses()
    {
        PatientFixture f;
        QVERIFY(f.create());
        ProgrammeDocument doc(std::move(f.file));
        PatientsPage page;
        page.resize(1400, 900);
        page.setDocument(&doc);
        page.show();
        auto *importButton = page.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(importButton);
        const QString csv = f.dir.filePath(QStringLiteral("mixte.csv"));
        QVERIFY(writeFile(csv, patientsCsv(3) + "P-MAUVAIS;Fictif;Camille;sein;31/02/2024;;\r\n"));
        for (const bool accept : {false, true}) {
            QString said;
            QString buttonText;
            bool cancelIsDefault = false;
            chooseFile(csv);
            whenModal([](QWidget *w) { return qobject_cast<QMessageBox *>(w) != nullptr; }, [&, accept](QWidget *w) {
                auto *box = qobject_cast<QMessageBox *>(w);
                said = box->text();
                QAbstractButton *yes = box->button(QMessageBox::Yes);
                buttonText = yes ? yes->text() : QString();
                cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
                QTest::mouseClick(accept && yes ? yes : box->button(QMessageBox::Cancel), Qt::LeftButton);
            });
            QTest::mouseClick(importButton, Qt::LeftButton);
            QVERIFY2(said.contains(QStringLiteral("3 patient(s) prêt(s) à importer, 1 ligne(s) refusée(s).")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("Ligne 5 : date invalide « 31/02/2024 »")), qPrintable(said));
            QCOMPARE(buttonText, QStringLiteral("Importer les lignes valides"));
            QVERIFY(cancelIsDefault);
            QCOMPARE(PatientStore(doc.file()).summaries().size(), accept ? 3 : 0);
        }
        QVERIFY(!PatientStore(doc.file()).patientByCode(QStringLiteral("P-MAUVAIS")));
    }

    // Exporter (CSV)… offers a workbook: a name in .xlsx, typed in the save dialog, writes one (owner-only).
    void exportOffersAWorkbook()
    {
        PatientFixture f;
        QVERIFY(f.create());
        f.addPatient(QStringLiteral("P-2025-0042"));
        ProgrammeDocument doc(std::move(f.file));
        PatientsPage page;
        page.resize(1400, 900);
        page.setDocument(&doc);
        page.show();
        auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
        QVERIFY(exportButton && exportButton->isEnabled());
        const QString xlsx = f.dir.filePath(QStringLiteral("patients.xlsx"));
        bool offered = false;
        whenModal([](QWidget *w) { return qobject_cast<QMessageBox *>(w) != nullptr; }, [](QWidget *w) {
            for (QAbstractButton *b : qobject_cast<QMessageBox *>(w)->buttons())
                if (b->text() == QStringLiteral("Pseudonyme détaillé"))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        whenModal([](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; }, [&offered, xlsx](QWidget *w) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            offered = dialog->nameFilters().join(QLatin1Char(' ')).contains(QStringLiteral("*.xlsx"));
            modals::chooseInDialog(dialog, xlsx);
        });
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(offered);
        QTRY_VERIFY(QFile::exists(xlsx));
        QCOMPARE(QFileInfo(xlsx).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(unzip.waitForFinished(60000));
        const QByteArray sheet = unzip.readAllStandardOutput();
        QVERIFY2(sheet.contains("P-2025-0042") && sheet.contains("state=\"frozen\""), sheet.left(500).constData());
    }

    void sessionsPageShowsAWeek()
    {
        SessionsPage page;
        page.resize(1400, 800);
        page.setDocument(m_document.get());
        const QList<Session> all = SessionStore(m_document->file()).sessions();
        QVERIFY(all.size() > 20);
        const Session &s = all.at(all.size() / 2);
        page.selectSession(s.id);
        QCOMPARE(page.selectedSession(), s.id);
        auto *week = page.findChild<WeekView *>(QStringLiteral("weekView"));
        QVERIFY(week);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        int shown = 0;
        for (const CalendarItem &item : week->items()) {
            const QRect r = week->sessionRect(item.id);
            QVERIFY(week->dayRect(item.start.date()).contains(r)); // each drawn in its day
            shown += week->sessionAt(r.center()) == item.id;
        }
        QCOMPARE(shown, int(SessionStore(m_document->file()).sessions(s.startsAt.date().addDays(1 - s.startsAt.date().dayOfWeek()),
                                                                     s.startsAt.date().addDays(7 - s.startsAt.date().dayOfWeek())).size()));
        auto *enrolled = page.findChild<QTableWidget *>(QStringLiteral("enrolledTable"));
        QCOMPARE(enrolled->rowCount(), int(SessionStore(m_document->file()).attendance(s.id).size()));
        shoot(&page, "seances");
    }
};

QTEST_MAIN(TestPatientsPage)
#include "tst_patientspage.moc"
