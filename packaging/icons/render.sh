#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Renders the hicolor PNG icons from kitetp.svg. Run it after editing the SVG and commit the PNGs: the build and the
# package never need a rasterizer. Needs rsvg-convert (Debian package librsvg2-bin); optipng/pngquant not required.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 2; }
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" kitetp.svg -o "hicolor/${size}x${size}/apps/kitetp.png"
done
echo "PNG icons written under $(pwd)/hicolor"
