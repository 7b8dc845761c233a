#!/usr/bin/env bash
# Puts the licence identifier "SPDX-License-Identifier: EUPL-1.2" at the top of every source file of Kit ETP that
# lacks it: C++ sources and headers of app/ and tests/ (first line, `//`), CMake files and shell, Python and make
# scripts (`#`, on the line after the #! line when there is one). Fixtures under tests/data are left as they are
# (they are inputs, not sources). Idempotent: a file that already has an SPDX line in its first two lines is skipped.
# Run it again after merging branches that add files. Usage: scripts/add-spdx.sh   (from anywhere in the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
id="SPDX-License-Identifier: EUPL-1.2"
changed=0

add() { # add FILE COMMENT_PREFIX
    local file=$1 prefix=$2 tmp
    [ -f "$file" ] || return 0
    head -n 2 "$file" | grep -q 'SPDX-License-Identifier:' && return 0
    tmp=$(mktemp "$file.spdx.XXXXXX")
    if [ "$(head -c 2 "$file")" = "#!" ]; then
        { head -n 1 "$file"; echo "$prefix $id"; tail -n +2 "$file"; } >"$tmp"
    else
        { echo "$prefix $id"; cat "$file"; } >"$tmp"
    fi
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
    changed=$((changed + 1))
}

while IFS= read -r -d '' f; do
    case $f in
        tests/data/* | debian/tests/control) ;;
        app/*.cpp | app/*.h | tests/*.cpp | tests/*.h) add "$f" "//" ;;
        CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh | *.py | .ci/run | debian/rules | debian/tests/*) add "$f" "#" ;;
    esac
done < <(git ls-files --cached --others --exclude-standard -z)
echo "add-spdx: $changed file(s) given the EUPL-1.2 SPDX line"
