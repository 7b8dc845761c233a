// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

class QCoreApplication;

namespace kitetp::Language {

// "fr" or "en". The choice, strongest first: an explicit request (--lang, the window's setting), then the system
// locale (English when the system speaks English, French otherwise: French is the application's language).
QString resolve(const QString &requested);

// Installs Kit ETP's and Qt's own translators for `language` and sets the default QLocale (dates, numbers), in place
// of those installed by an earlier call (every widget then receives QEvent::LanguageChange).
// Returns false when the requested translation could not be loaded (the interface then stays in French).
bool install(QCoreApplication &app, const QString &language);

QStringList available();

// The language in use: "en" when the default QLocale is English, "fr" otherwise.
QString current();

} // namespace kitetp::Language
