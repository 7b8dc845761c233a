#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# clang-tidy on the given C++ files, or on the app/ and tests/ files changed since BASE (default HEAD~1).
# Needs a configured build with compile_commands.json (./test.sh makes build-test). Exit 1 when warnings remain.
# Usage: scripts/tidy.sh [-b BASE] [FILES...]
set -euo pipefail
cd "$(dirname "$0")/.."
base=HEAD~1
if [ "${1:-}" = "-b" ]; then base=$2; shift 2; fi
build=${KITETP_TIDY_BUILD:-build-test}
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: run ./test.sh first" >&2; exit 2; }
if [ $# -gt 0 ]; then files=("$@"); else
    mapfile -t files < <(git diff --name-only --diff-filter=AM "$base" -- 'app/*.cpp' 'tests/*.cpp'; git ls-files --others --exclude-standard -- 'app/*.cpp' 'tests/*.cpp')
fi
[ ${#files[@]} -gt 0 ] || { echo "tidy: nothing to check"; exit 0; }
out=$(clang-tidy -p "$build" --quiet "${files[@]}" 2>/dev/null | grep -E '^/.*(warning|error):' || true)
if [ -n "$out" ]; then echo "$out"; echo "tidy: $(echo "$out" | wc -l) warning(s)"; exit 1; fi
echo "tidy: ${#files[@]} file(s), no warnings"
