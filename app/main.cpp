// SPDX-License-Identifier: EUPL-1.2
// Chooses the command line or the window, installs the translators, nothing else.
#include "cli/Cli.h"
#include "core/AppInfo.h"
#include "core/Language.h"
#include "ui/MainWindow.h"
#include "ui/QuitSignals.h"
#include "ui/ScriptedTyping.h"
#include "ui/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("KitETP"));
    QCoreApplication::setApplicationName(QStringLiteral("kitetp"));
    QCoreApplication::setApplicationVersion(kitetp::AppInfo::version());

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString requestedLanguage = kitetp::cli::takeLanguage(arguments);
    if (const auto refused = kitetp::cli::refuseLanguage(requestedLanguage))
        return *refused;

    if (kitetp::cli::wantsCommandLine(arguments)) {
        // Under cron or ssh there is no XDG_RUNTIME_DIR: Qt would warn on stderr and fall back to /tmp/runtime-USER.
        // A private folder of our own (0700, removed at exit) is what it asks for.
        std::unique_ptr<QTemporaryDir> runtime;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtime = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/kitetp-runtime-XXXXXX"));
            if (runtime->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
        }
        // Documents need fonts and the evaluation reports draw QtCharts charts (widgets), hence a QApplication,
        // but the command line never needs a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        kitetp::Language::install(app, kitetp::Language::resolve(requestedLanguage));
        return kitetp::cli::run(arguments);
    }

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(kitetp::AppInfo::displayName());
    QGuiApplication::setDesktopFileName(QStringLiteral("kitetp"));
    const QString language = requestedLanguage.isEmpty() ? kitetp::Settings::language() : requestedLanguage;
    kitetp::Language::install(app, kitetp::Language::resolve(language));

    kitetp::MainWindow window;
    window.show();
    // kitetp [FILE] [--page todo|programme|ateliers|declaration|patients|seances|evaluation], read once Qt has taken
    // its own options out (-geometry 1280x720+0+0, -qwindowgeometry, -platform, -style and their values), so that
    // the value of one of them is never taken for the file to open.
    QStringList windowArguments = QCoreApplication::arguments();
    kitetp::cli::takeLanguage(windowArguments);
    QString page;
    for (int i = 1; i < windowArguments.size(); ++i) {
        if (windowArguments.at(i) == QLatin1String("--page") && i + 1 < windowArguments.size())
            page = windowArguments.at(++i);
        else if (!windowArguments.at(i).startsWith(QLatin1Char('-')) && !window.document())
            window.openFile(windowArguments.at(i));
    }
    if (!page.isEmpty())
        window.showPage(page);
    // Logout or shutdown: the edit being typed is committed and the programme closed (closeEvent), then quit.
    kitetp::QuitSignals quitSignals;
    QObject::connect(&quitSignals, &kitetp::QuitSignals::received, &window, [&window] {
        window.close();
        QApplication::quit();
    });
    kitetp::ScriptedTyping::startIfAsked(&window);
    return app.exec();
}
