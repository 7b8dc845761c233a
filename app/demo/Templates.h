#pragma once

#include "core/FileError.h"

#include <QStringList>

namespace kitetp {

class ProgrammeFile;

// The starting points offered for a new programme: "empty", and the rooms' templates as they land.
namespace Templates {

QStringList names();
QString label(const QString &name); // shown in the New dialog
QString defaultTitle(const QString &name);
// Fills a freshly created programme file with the template's content.
FileError apply(ProgrammeFile &file, const QString &name);

} // namespace Templates
} // namespace kitetp
