#include "demo/DemoParts.h"

#include "demo/DemoGenerator.h"

namespace kitetp {

// Not filled yet: the guides room adds its fictional data here.
FileError fillDemoGuides(ProgrammeFile &, QRandomGenerator &, const DemoOptions &)
{
    return {};
}

} // namespace kitetp
