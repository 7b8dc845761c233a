#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs what is missing (Debian 12), builds Kit ETP with AddressSanitizer and UndefinedBehaviorSanitizer, and
# runs every test with ctest, in parallel, headless. Usage: ./test.sh [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh test
. scripts/env.sh

build=${KITETP_TEST_BUILD:-build-test}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) # a compiler cache, when there is one
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKITETP_SANITIZE=ON -DKITETP_WERROR=ON -DKITETP_SHARED_ROOMS=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
cd "$build"
exec ctest --output-on-failure --parallel "$(nproc)" "$@"
