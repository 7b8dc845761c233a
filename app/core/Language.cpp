// SPDX-License-Identifier: EUPL-1.2
#include "core/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace kitetp::Language {

QStringList available()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString resolve(const QString &requested)
{
    if (available().contains(requested))
        return requested;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

namespace {
// The translators installed last: a new language replaces them (the window switches without a restart).
QPointer<QTranslator> &installedQt()
{
    static QPointer<QTranslator> translator;
    return translator;
}
QPointer<QTranslator> &installedOwn()
{
    static QPointer<QTranslator> translator;
    return translator;
}
void uninstall(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

QString current()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

bool install(QCoreApplication &app, const QString &language)
{
    uninstall(installedQt());
    uninstall(installedOwn());
    const QLocale locale(language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                         : QLocale(QLocale::French, QLocale::France));
    QLocale::setDefault(locale);

    // Qt's own dialogs (file dialogs, print dialogs, standard buttons).
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedQt() = qt;
    } else
        delete qt;

    // Source strings are French: French needs only the plural forms, English needs everything.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/kitetp_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own);
        installedOwn() = own;
        return true;
    }
    delete own;
    return language == QLatin1String("fr");
}

} // namespace kitetp::Language
