#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Takes a screenshot of Kit ETP for the documentation: runs the window under Xvfb with a throw-away HOME (no recent
# files or settings of yours leak into the picture), crops to the window and compresses the PNG.
# Usage: scripts/doc-screenshot.sh docs/images/NAME.png [KITETP ARGUMENTS...]
#   e.g. build/bin/kitetp demo /tmp/d.etp && scripts/doc-screenshot.sh docs/images/programme.png /tmp/d.etp
# KITETP=path/to/kitetp (default build/bin/kitetp), WAIT=seconds (default 5).
# Needs: xvfb xauth x11-apps imagemagick, and pngquant (optional, makes the file 3 to 4 times smaller).
set -euo pipefail
[ $# -ge 1 ] || { sed -n 4,5p "$0" >&2; exit 2; }
out=$(realpath -m "$1"); shift
cd "$(dirname "$0")/.."
kitetp=$(realpath "${KITETP:-build/bin/kitetp}")
work=$(mktemp -d /tmp/kitetp-shot.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/home" "$work/run"
tool=/work/shared/tools/screenshot.sh
[ -x "$tool" ] || tool=$(realpath -m ../shared/tools/screenshot.sh)
HOME="$work/home" XDG_RUNTIME_DIR="$work/run" \
    "$tool" "$work/screen.png" "${WAIT:-5}" -- "$kitetp" "$@" >/dev/null
# No window manager under Xvfb: the window sits at 0,0 with its default size (1200x800, MainWindow).
/usr/bin/convert "$work/screen.png" -crop 1200x800+0+0 +repage "$work/window.png"
if command -v pngquant >/dev/null; then
    pngquant --force --quality 70-95 --output "$out" "$work/window.png"
else
    cp "$work/window.png" "$out"
fi
echo "$out ($(($(stat -c %s "$out") / 1024)) KB)"
