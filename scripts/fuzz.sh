#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds the fuzz targets (tests/fuzz: the programme-file probe, the guides exchange JSON, the patients CSV) with
# Debian's clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer, in their own folder, and runs each for a
# bounded time from its seed corpus (tests/data/fuzz/TARGET/) and its past crashes (tests/data/fuzz/regressions/TARGET/).
# Exits 1 on the first crash, leak or broken promise: the input is saved under build-fuzz/crashes/TARGET/; copy it into
# tests/data/fuzz/regressions/TARGET/ with the fix, and tst_fuzz_regressions replays it in every ctest run from then on.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET (default 40)] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh fuzz
. scripts/env.sh

seconds=${1:-40}
[ "$seconds" -ge 1 ] || { echo "usage: $0 [SECONDS_PER_TARGET >= 1] [TARGET...]" >&2; exit 2; }
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(programme_file guide_exchange guide_package patients_csv)
build=${KITETP_FUZZ_BUILD:-build-fuzz}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DKITETP_FUZZ=ON -DKITETP_TESTS=OFF -DKITETP_BENCH=OFF -DKITETP_SANITIZE=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for t in "${targets[@]}"; do
    work="$build/corpus/$t"         # what the fuzzer learns; starts from the seeds each run
    crashes="$build/crashes/$t"
    mkdir -p "$work" "$crashes"
    regressions=tests/data/fuzz/regressions/$t
    mkdir -p "$regressions"
    echo "== fuzz $t for ${seconds}s"
    if ! "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "tests/data/fuzz/$t" "$regressions" \
            2>"$build/fuzz-$t.log"; then
        tail -n 60 "$build/fuzz-$t.log" >&2
        echo "fuzz: $t failed; the input is in $crashes/ (keep it in $regressions/ with the fix)" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$build/fuzz-$t.log" | tail -n 2 || true
    fi
done
exit $status
