#!/bin/sh
# SPDX-License-Identifier: EUPL-1.2
# The doors between the rooms of app/ (docs/architecture.md), checked on the sources:
#   - core includes no Qt Sql or Qt Widgets header and no header of another room;
#   - nothing outside storage includes a Qt Sql header, and no header outside storage names QSqlDatabase/QSqlQuery;
#   - documents and model include no Qt Widgets header;
#   - charts includes no room but core.
# Usage: check-rooms.sh APP_DIR QT_HEADERS_DIR. Prints one line per violation and exits 1 when there is any.
set -u
app=${1:?usage: check-rooms.sh APP_DIR QT_HEADERS_DIR}
qt=${2:?usage: check-rooms.sh APP_DIR QT_HEADERS_DIR}
[ -d "$app" ] || { echo "check-rooms: no folder $app" >&2; exit 2; }
[ -d "$qt/QtCore" ] || { echo "check-rooms: no Qt headers in $qt" >&2; exit 2; }

# The Qt module an include names: QtSql/QSqlQuery -> QtSql; QSqlQuery -> the module folder holding that header.
module_of() {
    case $1 in
    Qt*/*) echo "${1%%/*}"; return ;;
    esac
    for m in QtSql QtWidgets; do
        if [ "$1" = "$m" ] || [ -f "$qt/$m/$1" ]; then
            echo "$m"
            return
        fi
    done
}

violations=0
report() {
    echo "$1"
    violations=$((violations + 1))
}

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
find "$app" -type f \( -name '*.cpp' -o -name '*.h' \) | sort >"$tmp"
while IFS= read -r file; do
    rel=${file#"$app"/}
    room=${rel%%/*}
    [ "$room" = "$rel" ] && room=main
    # Qt headers: #include <X>
    for header in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*<\([^>]*\)>.*/\1/p' "$file"); do
        module=$(module_of "$header")
        [ -n "$module" ] || continue
        if [ "$module" = QtSql ] && [ "$room" != storage ]; then
            report "$rel includes Qt Sql header $header: only storage/ speaks SQL"
        elif [ "$module" = QtWidgets ]; then
            case $room in
            core | documents | model | storage) report "$rel includes Qt Widgets header $header: $room/ has no widgets" ;;
            esac
        fi
    done
    # Rooms: #include "room/X.h"
    for header in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$file"); do
        other=${header%%/*}
        [ "$other" = "$header" ] && continue
        [ "$other" = "$room" ] && continue
        case $room:$other in
        core:*) report "$rel includes $header: core includes no other room" ;;
        charts:core) ;;
        charts:*) report "$rel includes $header: charts depends on core only" ;;
        esac
    done
    # No SQL type in a header outside storage (a forward declaration inside storage is the door itself).
    case $rel in
    storage/*) ;;
    *.h) grep -qE '\bQSql(Database|Query)\b' "$file" && report "$rel names a QtSql type: SQL stays inside storage/" ;;
    esac
done <"$tmp"

if [ "$violations" -gt 0 ]; then
    echo "check-rooms: $violations violation(s)"
    exit 1
fi
echo "check-rooms: the doors hold ($(wc -l <"$tmp") files)"
