#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# CI check of the Debian package (issues 7 and 15): builds the packages with ./package.sh (dpkg-buildpackage on
# debian/), checks how they are built (no RUNPATH, .comment stripped, a -dbgsym, file dates from debian/changelog,
# dependencies), runs lintian --pedantic (fails on any error or warning), validates the desktop entry and the AppStream
# metadata, installs the package with apt-get, runs the installed kitetp (version, new, check, demo) and the
# autopkgtest (debian/tests: a demo programme and its dossier, headless), checks that the system recognises *.etp
# files, removes the package and checks that its files are gone.
# Needs root (or sudo) and a Debian 12 machine. Exits non-zero on any failure. Usage: scripts/check-package.sh
# Warning: it installs then removes the package "kitetp" on this machine (an installed kitetp is replaced).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

failures=0
ok() { echo "  ok    $*"; }
bad() { echo "  FAIL  $*" >&2; failures=$((failures + 1)); }
# check DESCRIPTION COMMAND...: runs COMMAND, prints its output only when it fails.
check() {
    local what=$1 out
    shift
    if out=$("$@" 2>&1); then ok "$what"; else bad "$what"; printf '%s\n' "$out" | sed 's/^/        /' >&2; fi
}
die() { echo "check-package: $*" >&2; exit 1; }

tree=$(mktemp -d /tmp/kitetp-check.XXXXXX)
trap 'rm -rf "$tree"' EXIT

echo "== Building the package (./package.sh)"
./package.sh | tee "$tree/package.log"
deb=$(tail -n 1 "$tree/package.log")
[ -f "$deb" ] || die "./package.sh did not produce a .deb (got '$deb')"
out=$(dirname "$deb")
version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
dbgsym=$out/kitetp-dbgsym_${version}_${arch}.deb
changes=$out/kitetp_${version}_${arch}.changes
echo "  $deb (version $version)"

echo "== How the package is built"
dpkg-deb -x "$deb" "$tree/root"
check "a -dbgsym package beside it" test -f "$dbgsym"
if [ -f "$dbgsym" ]; then
    buildid=$(readelf -n "$tree/root/usr/bin/kitetp" | sed -n 's/^ *Build ID: *//p')
    check "the -dbgsym holds the binary's debug symbols (build id $buildid)" \
        sh -c "dpkg-deb -c '$dbgsym' | grep -q '/usr/lib/debug/.build-id/${buildid:0:2}/${buildid:2}.debug$'"
fi
check "no RUNPATH nor RPATH in /usr/bin/kitetp" sh -c "! readelf -d '$tree/root/usr/bin/kitetp' | grep -E 'RUNPATH|RPATH'"
check "the binary is stripped, .comment section included" \
    sh -c "! readelf -S '$tree/root/usr/bin/kitetp' | grep -E '\\.comment|\\.debug_|\\.symtab'"
epoch=$(dpkg-parsechangelog -l debian/changelog -S Timestamp)
newer=$(dpkg-deb --fsys-tarfile "$deb" | TZ=UTC tar -tv --full-time | awk -v limit="$(date -u -d "@$epoch" '+%F %T')" \
        '($4 " " $5) > limit { print $6 }')
check "no file in the .deb is dated after debian/changelog ($(date -u -d "@$epoch" '+%F %T'))" test -z "$newer"
depends=$(dpkg-deb -f "$deb" Depends)
for need in libqt6sql6-sqlite libqt6svg6 libqt6widgets6 libqt6core6 libqpdf29; do
    case ", $depends," in *", $need"[\ ,]*) ok "depends on $need" ;; *) bad "Depends lacks $need: $depends" ;; esac
done
twice=$(printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//; s/[ (].*//' | sort | uniq -d)
check "no package listed twice in Depends" test -z "$twice"
for doc in guide-utilisateur.md user-guide.md images/accueil.png copyright changelog.gz LICENSE; do
    check "/usr/share/doc/kitetp/$doc in the package" test -f "$tree/root/usr/share/doc/kitetp/$doc"
done
check "English and French manual pages in the package" \
    test -f "$tree/root/usr/share/man/man1/kitetp.1.gz" -a -f "$tree/root/usr/share/man/fr/man1/kitetp.1.gz"

echo "== lintian --pedantic (no error, no warning)"
if lintian --pedantic --fail-on error,warning --display-info "$changes" >"$tree/lintian.log" 2>&1; then
    ok "lintian --pedantic $(basename "$changes")"
else
    bad "lintian --pedantic $(basename "$changes")"
fi
sed 's/^/        /' "$tree/lintian.log"

echo "== Validating the metadata"
check "desktop-file-validate kitetp.desktop" desktop-file-validate packaging/kitetp.desktop
check "appstreamcli validate --no-net (no error, no warning)" appstreamcli validate --no-net packaging/kitetp.metainfo.xml
check "appstreamcli validate-tree (metainfo, desktop entry and icons as installed)" \
    appstreamcli validate-tree --no-net "$tree/root"

echo "== Installing"
if dpkg-query -W -f='${Status}' kitetp 2>/dev/null | grep -q 'install ok installed'; then
    echo "  (removing the kitetp already installed here first)"
    $sudo apt-get remove -y -qq kitetp >/dev/null
fi
$sudo apt-get install -y -qq "$(realpath "$deb")" >"$tree/install.log" 2>&1 || { cat "$tree/install.log" >&2; die "apt-get install failed"; }
installed=1
trap 'rm -rf "$tree"; [ -z "${installed:-}" ] || $sudo apt-get remove -y -qq kitetp >/dev/null 2>&1 || true' EXIT
ok "apt-get install ./$(basename "$deb")"

echo "== Running the installed kitetp"
# A user's environment: no build tree on PATH, a fresh home, no Qt variables (the command line needs no display).
home="$tree/home"
mkdir -p "$home" "$tree/run" && chmod 700 "$tree/run"
as_user() { env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$tree/run" LANG=C.UTF-8 "$@"; }
check "kitetp is /usr/bin/kitetp" test "$(as_user sh -c 'command -v kitetp')" = /usr/bin/kitetp
check "kitetp --version says $version" sh -c "out=\$(env -i PATH=/usr/bin:/bin HOME='$home' kitetp --version) && echo \"\$out\" && echo \"\$out\" | grep -qx 'Kit ETP $version'"
check "kitetp new $tree/x.etp" as_user kitetp new "$tree/x.etp"
check "the new file is private (0600)" test "$(stat -c %a "$tree/x.etp" 2>/dev/null)" = 600
check "kitetp check $tree/x.etp" as_user kitetp check "$tree/x.etp"
check "kitetp demo (fictional data)" as_user kitetp demo --patients 5 "$tree/demo.etp"
check "kitetp check on the demo" as_user kitetp check "$tree/demo.etp"
check "kitetp check refuses a file that is not a programme (exit 1)" \
    sh -c "echo hello > '$tree/bad.etp'; env -i PATH=/usr/bin:/bin HOME='$home' kitetp check '$tree/bad.etp'; test \$? -eq 1"
check "man page installed and readable" sh -c "zcat /usr/share/man/man1/kitetp.1.gz | grep -q '^.SH COMMANDS'"
check "French man page installed and readable" sh -c "zcat /usr/share/man/fr/man1/kitetp.1.gz | grep -q '^.SH COMMANDES'"

echo "== autopkgtest (debian/tests)"
if command -v autopkgtest >/dev/null; then
    # The installed package, the tests of this tree, run on this machine (the "null" virtualisation server).
    check "autopkgtest demo-dossier" autopkgtest --no-built-binaries --output-dir "$tree/autopkgtest" "$deb" "$out/src/" -- null
else
    echo "  (autopkgtest not installed: running debian/tests/demo-dossier directly)"
    check "debian/tests/demo-dossier" env AUTOPKGTEST_TMP="$tree/autopkgtest" sh debian/tests/demo-dossier
fi

echo "== Desktop integration"
check "MIME type registered in the system database" test -f /usr/share/mime/application/x-kitetp-programme.xml
check "desktop entry registered for the MIME type" \
    grep -q 'application/x-kitetp-programme=.*kitetp.desktop' /usr/share/applications/mimeinfo.cache
check "icon installed in hicolor" test -f /usr/share/icons/hicolor/48x48/apps/kitetp.png
if command -v gio >/dev/null; then
    mimetype() { as_user env XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$1" 2>/dev/null |
                 sed -n 's/^ *standard::content-type: //p'; }
    cp "$tree/x.etp" "$tree/renamed-without-suffix"
    if command -v sqlite3 >/dev/null; then sqlite3 "$tree/plain-sqlite" 'CREATE TABLE t(x);'; fi
    check "x.etp is application/x-kitetp-programme (glob)" test "$(mimetype "$tree/x.etp")" = application/x-kitetp-programme
    check "a renamed programme file is recognised by its header (magic)" \
        test "$(mimetype "$tree/renamed-without-suffix")" = application/x-kitetp-programme
    if [ -f "$tree/plain-sqlite" ]; then
        check "a plain SQLite file is not taken for a programme" test "$(mimetype "$tree/plain-sqlite")" = application/vnd.sqlite3
    fi
else
    echo "  skip  content type of a .etp file (gio missing: apt-get install libglib2.0-bin)"
fi

echo "== Removing"
files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }')
$sudo apt-get remove -y -qq kitetp >"$tree/remove.log" 2>&1 || { cat "$tree/remove.log" >&2; bad "apt-get remove kitetp"; }
installed=""
check "dpkg no longer lists kitetp" sh -c "! dpkg-query -W -f='\${Status}' kitetp 2>/dev/null | grep -q 'install ok'"
left=""
for f in $files; do [ ! -e "$f" ] || left="$left $f"; done
check "every installed file is gone" test -z "$left"
[ -z "$left" ] || echo "        left behind:$left" >&2
check "MIME type unregistered" test ! -e /usr/share/mime/application/x-kitetp-programme.xml
check "desktop entry unregistered" sh -c "! grep -q 'kitetp.desktop' /usr/share/applications/mimeinfo.cache"

echo "== $(( $(date +%s) - started )) s, $failures failure(s)"
[ "$failures" -eq 0 ]
