#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Refreshes translations/*.ts from the sources (lupdate through CMake's update_translations target), then fills
# kitetp_fr.ts: source strings are French, so each French "translation" is its source text (plural forms included).
# kitetp_en.ts keeps its unfinished entries for a translator. Usage: scripts/update-translations.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
[ -d "$build" ] || cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target update_translations
python3 scripts/french-identity.py translations/kitetp_fr.ts
grep -c 'type="unfinished"' translations/kitetp_en.ts | sed 's/^/English entries left to translate: /'
