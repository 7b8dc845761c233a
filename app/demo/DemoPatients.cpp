#include "demo/DemoParts.h"

#include "demo/DemoGenerator.h"

namespace kitetp {

// Not filled yet: the patients room adds its fictional data here.
FileError fillDemoPatients(ProgrammeFile &, QRandomGenerator &, const DemoOptions &)
{
    return {};
}

} // namespace kitetp
