// SPDX-License-Identifier: EUPL-1.2
#include "demo/DemoParts.h"

#include "demo/DemoGenerator.h"
#include "demo/Templates.h"
#include "storage/GuideTransfer.h"
#include "storage/ProgrammeFile.h"

namespace kitetp {

// The demo programme runs the ONCOPLET guides of the template, with the HAS skills catalogue. No randomness:
// the other parts (sessions, patients) draw from these séances.
FileError fillDemoGuides(ProgrammeFile &file, QRandomGenerator &, const DemoOptions &)
{
    if (FileError e = GuideTransfer::seedSkills(file))
        return e;
    QString error;
    auto bundle = Templates::guides(QStringLiteral("oncoplet"), &error);
    if (!bundle)
        return FileError(FileError::InvalidInput, file.path(), error);
    // The fictional team has reviewed the template's drafts: its séances are ready, as in a running programme.
    for (Conducteur &c : bundle->conducteurs)
        for (Seance &s : c.seances)
            s.draft = false;
    return GuideTransfer::import(file, *bundle, GuideExchange::Mode::Merge).error;
}

} // namespace kitetp
