// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/GuideExchange.h"
#include "storage/ProgrammeFile.h"

#include <QStringList>

namespace kitetp {

// The starting points offered for a new programme: "empty", and the rooms' templates as they land.
namespace Templates {

QStringList names();
QString label(const QString &name); // shown in the New dialog
QString defaultTitle(const QString &name);
// Fills a freshly created programme file with the template's content: the HAS skills catalogue for every
// template (empty too), and the template's guides (resources/templates/NAME.json, the exchange format).
FileError apply(ProgrammeFile &file, const QString &name);
// Creates the programme file `path` from the template `name`, titled `title` (ProgrammeFields::check() passed),
// whole or nothing: the template is written into the file before it takes its name. The window's New and
// `kitetp new` both create a programme this way.
ProgrammeFile::OpenResult create(const QString &path, const QString &name, const QString &title);
// The guides a template ships (parsed by the same code as an import); nothing for a template without guides.
std::optional<GuideBundle> guides(const QString &name, QString *error = nullptr);

} // namespace Templates
} // namespace kitetp
