// SPDX-License-Identifier: EUPL-1.2
#include "documents/Letterhead.h"

#include "core/ProgrammeFields.h"
#include "documents/PaperDocument.h"
#include "storage/AssetStore.h"
#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"

#include <QDate>
#include <QImage>
#include <QLocale>

namespace kitetp::Letterhead {

void apply(PaperDocument &document, ProgrammeFile &file)
{
    const FieldStore fields(file);
    const QString title = fields.value(ProgrammeFields::title());
    const QString structure = fields.value(QStringLiteral("structure.name"));
    // The PDF's author is the structure that runs the programme; its subject, the programme.
    document.setAuthor(structure);
    document.setSubject(title);
    document.setHeader(structure.isEmpty() ? title : title + QStringLiteral(" — ") + structure,
                       QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    const QByteArray logo = AssetStore(file).data(AssetStore::logoKey());
    if (!logo.isEmpty())
        document.setLogo(QImage::fromData(logo));
}

} // namespace kitetp::Letterhead
