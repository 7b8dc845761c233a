#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs what is missing (Debian 12), builds Kit ETP with AddressSanitizer and UndefinedBehaviorSanitizer, and
# runs every test with ctest, in parallel, headless. Usage: ./test.sh [ctest arguments...]
# The store tests also run on PostgreSQL: unless KITETP_TEST_PG already names a server, a throw-away cluster is
# started for them (scripts/pg-cluster.sh: temporary folder, Unix socket only, a non-root user) and stopped on exit,
# whatever the outcome. ctest's summary stays the last thing printed.
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh test
. scripts/env.sh
. scripts/pg-cluster.sh

build=${KITETP_TEST_BUILD:-build-test}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache) # a compiler cache, when there is one
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKITETP_SANITIZE=ON -DKITETP_WERROR=ON -DKITETP_SHARED_ROOMS=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
if [ -z "${KITETP_TEST_PG:-}" ]; then
    trap kitetp_pg_stop EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    kitetp_pg_start
fi
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" "$@"
