#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The one list of Debian 12 packages Kit ETP needs, installed only when missing.
# Used by run.sh, test.sh, package.sh and scripts/fuzz.sh. Usage: scripts/deps.sh [run|test|package|fuzz]
# libqt6sql6-psql is Qt's PostgreSQL driver, a plugin loaded at run time: a programme on a server needs it.
set -euo pipefail

build=(build-essential cmake ninja-build pkg-config
       qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
       qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins qt6-svg-dev fonts-dejavu-core libqpdf-dev libxlsxwriter-dev
       libzip-dev qt6-pdf-dev)
run=(xvfb xauth libqt6sql6-psql)
test=(xvfb xauth libqt6sql6-psql poppler-utils qpdf sqlite3 desktop-file-utils appstream shared-mime-info libglib2.0-bin
      libreoffice-calc-nogui libreoffice-writer-nogui unzip # soffice --headless and unzip: the tests read back CSV, XLSX and ODT
      postgresql) # PostgreSQL 15: the store tests' throw-away server (scripts/pg-cluster.sh)
package=(file dpkg-dev debhelper lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin)
fuzz=(clang-14 libclang-rt-14-dev) # libFuzzer and the sanitizers' runtimes for clang (scripts/fuzz.sh)

want=("${build[@]}")
case "${1:-test}" in
  run) want+=("${run[@]}") ;;
  test) want+=("${test[@]}") ;;
  package) want+=("${test[@]}" "${package[@]}") ;;
  fuzz) want+=("${fuzz[@]}") ;;
  *) echo "usage: $0 [run|test|package|fuzz]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
