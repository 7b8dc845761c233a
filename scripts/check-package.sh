#!/usr/bin/env bash
# CI check of the Debian package (issue 7): builds the .deb with ./package.sh, validates the desktop entry and the
# AppStream metadata, installs the package with apt-get, runs the installed kitetp (version, new, check), checks that
# the system recognises *.etp files, removes the package and checks that its files are gone.
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
version=$(dpkg-deb -f "$deb" Version)
echo "  $deb (version $version)"

echo "== Validating the metadata"
check "desktop-file-validate kitetp.desktop" desktop-file-validate packaging/kitetp.desktop
check "appstreamcli validate --no-net (no error, no warning)" appstreamcli validate --no-net packaging/kitetp.metainfo.xml
dpkg-deb -x "$deb" "$tree/root"
check "appstreamcli validate-tree (metainfo, desktop entry and icons as installed)" \
    appstreamcli validate-tree --no-net "$tree/root"
if command -v lintian >/dev/null; then
    check "lintian: no error" lintian --fail-on error "$deb"
else
    echo "  skip  lintian (not installed: apt-get install lintian)"
fi
depends=$(dpkg-deb -f "$deb" Depends)
for need in libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6widgets6 libqt6core6; do
    case ", $depends," in *", $need"[\ ,]*) ok "depends on $need" ;; *) bad "Depends lacks $need: $depends" ;; esac
done

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
