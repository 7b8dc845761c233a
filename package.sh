#!/usr/bin/env bash
# Builds the Debian package of Kit ETP (Debian 12): installs what is missing, configures a Release build in
# build-package with Debian's hardening flags, builds, runs CPack and prints the path of the .deb.
# Usage: ./package.sh            Then: sudo apt-get install ./build-package/kitetp_*.deb
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh package
. scripts/env.sh

build=${KITETP_PACKAGE_BUILD:-build-package}
# Debian's own compiler and linker flags (fortify, stack protector, relro, now), as a Debian build would use.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKITETP_TESTS=OFF -DKITETP_BENCH=OFF \
      -DCMAKE_INSTALL_PREFIX=/usr "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/kitetp_*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; echo "cpack failed" >&2; exit 1; }
deb=$(ls "$build"/kitetp_*.deb)
echo "$(realpath "$deb")"
