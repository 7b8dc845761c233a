#include "demo/DemoParts.h"

#include "demo/DemoGenerator.h"

namespace kitetp {

// Not filled yet: the team room adds its fictional data here.
FileError fillDemoTeam(ProgrammeFile &, QRandomGenerator &, const DemoOptions &)
{
    return {};
}

} // namespace kitetp
