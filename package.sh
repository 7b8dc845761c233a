#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds the Debian package of Kit ETP (Debian 12) the Debian way: dpkg-buildpackage -us -uc -b on debian/
# (debhelper, dh with its CMake buildsystem, Release). Installs what is missing, builds in a copy of the source tree
# (build-package/src: dpkg-buildpackage writes its results beside the tree it builds, so they land in build-package/
# and never beside the checkout) and prints the path of kitetp_VERSION_ARCH.deb on its last line; the -dbgsym
# package, the .buildinfo and the .changes are beside it.
# Usage: ./package.sh            Then: sudo apt-get install ./build-package/kitetp_*.deb
# Environment: CCACHE=1 compiles through ccache (developer machines; never in the package itself);
#              DEB_BUILD_OPTIONS as dpkg-buildpackage knows it (default parallel=$(nproc));
#              KITETP_PACKAGE_BUILD another folder than build-package.
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh package

out=${KITETP_PACKAGE_BUILD:-build-package}
mkdir -p "$out"
out=$(realpath "$out")
src=$out/src
log=$out/dpkg-buildpackage.log

# The files of the checkout, committed or not (ignored ones and build folders excepted).
rm -rf "$src"
mkdir -p "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --cached --others --exclude-standard -z |
        while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
        tar --null -T - -cf - | tar -xf - -C "$src"
else
    tar --exclude='./build*' --exclude=./.git -cf - . | tar -xf - -C "$src"
fi

export DEB_BUILD_OPTIONS=${DEB_BUILD_OPTIONS:-parallel=$(nproc)}
if [ -n "${CCACHE:-}" ]; then
    # debhelper (compat 13) gives the build a private HOME: keep the developer's ccache folder.
    CCACHE_DIR=${CCACHE_DIR:-$(ccache -k cache_dir)}
    export CCACHE CCACHE_DIR
fi
rm -f "$out"/kitetp_*.deb "$out"/kitetp-dbgsym_*.deb "$out"/kitetp_*.changes "$out"/kitetp_*.buildinfo
(cd "$src" && dpkg-buildpackage -us -uc -b) >"$log" 2>&1 ||
    { tail -n 60 "$log" >&2; echo "dpkg-buildpackage failed (whole log: $log)" >&2; exit 1; }
version=$(dpkg-parsechangelog -l debian/changelog -S Version)
arch=$(dpkg-architecture -q DEB_HOST_ARCH)
deb=$out/kitetp_${version}_${arch}.deb
[ -f "$deb" ] || { echo "dpkg-buildpackage made no $deb (log: $log)" >&2; exit 1; }
ls "$out"/kitetp-dbgsym_*.deb 2>/dev/null || true
echo "$deb"
