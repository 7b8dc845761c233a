#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs what is missing (Debian 12), builds Kit ETP and opens it on a demo programme.
# Usage: ./run.sh [FILE.etp]   (without FILE, a demo programme of fictional patients is created once and opened)
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh run
. scripts/env.sh

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKITETP_TESTS=OFF -DKITETP_BENCH=OFF >/dev/null
cmake --build build --parallel "$(nproc)"

file=${1:-}
if [ -z "$file" ]; then
    dir=${XDG_DATA_HOME:-$HOME/.local/share}/kitetp
    mkdir -p "$dir"
    file=$dir/demo.etp
    [ -f "$file" ] || build/bin/kitetp demo "$file" --patients 120 --years 3
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Aucun écran graphique : lancez ./run.sh depuis une session graphique, ou sous Xvfb (xvfb-run -a ./run.sh)." >&2
    exit 1
fi
exec build/bin/kitetp "$file"
