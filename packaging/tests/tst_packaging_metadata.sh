#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# ctest: the desktop entry, the AppStream metadata and the manual pages (English, French) validate, and the *.etp MIME rules recognise
# real programme files (by name and by header) but not a plain SQLite database, using a private MIME database built
# from packaging/kitetp-mime.xml. Usage: tst_packaging_metadata.sh SOURCE_DIR KITETP_BINARY
# Exit 77 (skipped) when a needed tool is missing: desktop-file-utils appstream shared-mime-info libglib2.0-bin sqlite3.
set -uo pipefail
src=$1 kitetp=$2
for tool in desktop-file-validate appstreamcli update-mime-database gio sqlite3; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool missing (scripts/deps.sh package)"; exit 77; }
done
work=$(mktemp -d /tmp/kitetp-metadata.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0
expect() { # expect DESCRIPTION COMMAND...
    local what=$1 out; shift
    if out=$("$@" 2>&1); then echo "PASS: $what"; else echo "FAIL: $what"; echo "$out" | sed 's/^/      /'; failures=$((failures + 1)); fi
}

expect "desktop-file-validate" desktop-file-validate "$src/packaging/kitetp.desktop"
expect "appstreamcli validate --no-net" appstreamcli validate --no-net "$src/packaging/kitetp.metainfo.xml"
expect "desktop entry opens programme files" grep -qx 'MimeType=application/x-kitetp-programme;' "$src/packaging/kitetp.desktop"
expect "desktop entry passes the file" grep -qx 'Exec=kitetp %f' "$src/packaging/kitetp.desktop"
if command -v man >/dev/null; then
    for page in kitetp.1 fr/kitetp.1; do
        expect "manual page $page has no groff warning" sh -c "LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z '$src/packaging/man/$page' 2>&1 >/dev/null | (! grep .)"
    done
    # The French page is a translation of the English one: the same commands and options, in the same order.
    options() { grep -o '\\fB[a-z][a-z-]*\\fR\|\\fB\\-\\-[a-z-]*\\fR' "$1" | grep -v '^\\fBkitetp' ; }
    expect "the French manual page has the English one's commands and options" \
        diff <(options "$src/packaging/man/kitetp.1") <(options "$src/packaging/man/fr/kitetp.1")
fi

mkdir -p "$work/share/mime/packages" "$work/home" "$work/run"
chmod 700 "$work/run"
cp "$src/packaging/kitetp-mime.xml" "$work/share/mime/packages/kitetp.xml"
cp /usr/share/mime/packages/freedesktop.org.xml "$work/share/mime/packages/" 2>/dev/null
expect "update-mime-database accepts kitetp.xml" update-mime-database "$work/share/mime"
mimetype() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/none" \
        XDG_DATA_DIRS="$work/share" gio info -a standard::content-type "$1" 2>/dev/null |
        sed -n 's/^ *standard::content-type: //p'
}
env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/run" "$kitetp" new "$work/x.etp" >/dev/null \
    || { echo "FAIL: kitetp new"; exit 1; }
cp "$work/x.etp" "$work/renamed"
sqlite3 "$work/plain" 'CREATE TABLE t(x);'
sqlite3 "$work/foreign" 'PRAGMA application_id = 1234; CREATE TABLE t(x);'
expect "x.etp is a programme (glob)" test "$(mimetype "$work/x.etp")" = application/x-kitetp-programme
expect "a renamed programme file is a programme (magic at 0 and application_id at 68)" \
    test "$(mimetype "$work/renamed")" = application/x-kitetp-programme
expect "a plain SQLite database is not a programme" test "$(mimetype "$work/plain")" = application/vnd.sqlite3
expect "an SQLite database of another application is not a programme" test "$(mimetype "$work/foreign")" = application/vnd.sqlite3

echo "$failures failed"
[ "$failures" -eq 0 ]
