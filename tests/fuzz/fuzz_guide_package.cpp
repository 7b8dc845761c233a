// SPDX-License-Identifier: EUPL-1.2
// libFuzzer target (scripts/fuzz.sh): see FuzzTargets.h.
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    kitetp::fuzz::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return kitetp::fuzz::guidePackage(data, size);
}
