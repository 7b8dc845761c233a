// SPDX-License-Identifier: EUPL-1.2
#include "screenwalk.h"

#include "model/ProgrammeDocument.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "ui/MainWindow.h"
#include "ui/NewProgrammeDialog.h"
#include "ui/declaration/DeclarationWizard.h"
#include "ui/declaration/NotifyChangeDialog.h"
#include "ui/declaration/TeleDeclarationDialog.h"
#include "ui/evaluation/QuestionnaireDialog.h"
#include "ui/evaluation/ResponseDialog.h"
#include "ui/pages/EnrolDialog.h"
#include "ui/pages/LetterTemplateDialog.h"
#include "ui/pages/Page.h"
#include "ui/pages/PathEventDialog.h"
#include "ui/pages/SessionDialog.h"

#include <QAbstractButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>
#include <vector>

using namespace kitetp;

namespace screenwalk {

void pages(const QString &programme, const Visit &visit)
{
    MainWindow window;
    window.setPromptsEnabled(false);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    visit(&window, QStringLiteral("welcome"));
    QVERIFY(window.openFile(programme));
    const QStringList ids = window.pageIds();
    for (const QString &id : ids) {
        window.showPage(id);
        QTest::qWait(50);
        Page *page = window.page(id);
        QVERIFY(page);
        visit(&window, QStringLiteral("page %1").arg(id));
        const QList<QTabWidget *> tabWidgets = page->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
                QTest::qWait(20);
                visit(&window, QStringLiteral("page %1, tab %2").arg(id, tabs->tabText(i)));
            }
        }
    }
    window.closeFile();
}

void wizards(const QString &programme, const Visit &visit)
{
    MainWindow window;
    window.setPromptsEnabled(false);
    QVERIFY(window.openFile(programme));
    for (const char *step : {"need", "team", "design", "documents", "check", "send", "effective"}) {
        DeclarationWizard wizard(QString::fromLatin1(step), window.document());
        wizard.resize(1000, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int page = 1; page <= 20; ++page) {
            visit(&wizard, QStringLiteral("wizard %1, page %2").arg(QString::fromLatin1(step)).arg(page));
            QAbstractButton *next = wizard.button(QWizard::NextButton);
            if (!next->isVisible() || !next->isEnabled())
                break;
            QTest::mouseClick(next, Qt::LeftButton);
            QTest::qWait(20);
        }
    }
    window.closeFile();
}

void dialogs(const QString &programme, const Visit &visit)
{
    MainWindow window;
    window.setPromptsEnabled(false);
    QVERIFY(window.openFile(programme));
    ProgrammeDocument *doc = window.document();
    ProgrammeFile &file = doc->file();
    const QList<Session> sessions = SessionStore(file).sessions();
    QVERIFY(!sessions.isEmpty());
    std::vector<std::unique_ptr<QDialog>> all;
    all.emplace_back(new NewProgrammeDialog);
    all.emplace_back(new NotifyChangeDialog);
    all.emplace_back(new TeleDeclarationDialog(doc));
    all.emplace_back(new QuestionnaireDialog(doc));
    all.emplace_back(new ResponseDialog({}, {}));
    all.emplace_back(new LetterTemplateDialog(file));
    all.emplace_back(new PathEventDialog(file, {}));
    all.emplace_back(new SessionDialog(file));
    all.emplace_back(new EnrolDialog(file, sessions.first(), {}, false));
    for (const auto &dialog : all) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        visit(dialog.get(), QStringLiteral("dialog %1").arg(QString::fromLatin1(dialog->metaObject()->className())));
        dialog->hide();
    }
    all.clear();
    window.closeFile();
}

} // namespace screenwalk
