#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A throw-away PostgreSQL 15 cluster for the tests (Debian's `postgresql`): a data folder made by mktemp, its Unix
# socket in that temporary folder, no TCP at all (listen_addresses=''), trust authentication on the socket only (the
# folder is private: 0700, its owner and root alone can reach the socket). When the caller is root the server runs as
# a non-root system user, KITETP_PG_USER (kitetp-pg, created with useradd --system when missing).
#
# Sourced (test.sh):  . scripts/pg-cluster.sh; kitetp_pg_start; trap kitetp_pg_stop EXIT
#   kitetp_pg_start exports KITETP_TEST_PG=postgresql://kitetp@/postgres?host=SOCKET_FOLDER (a superuser, with which
#   the tests create one database per test case) and KITETP_PG_CLUSTER (the temporary folder).
# Run:  scripts/pg-cluster.sh start   prints the two assignments (eval "$(scripts/pg-cluster.sh start)")
#       scripts/pg-cluster.sh stop [FOLDER]   stops the server and removes the folder (default: $KITETP_PG_CLUSTER)
# The server's messages go to FOLDER/server.log, never to the terminal: test.sh ends with ctest's summary.

KITETP_PG_BIN=${KITETP_PG_BIN:-/usr/lib/postgresql/15/bin}
KITETP_PG_USER=${KITETP_PG_USER:-kitetp-pg}

# Runs a command as the server's owner: the caller, or KITETP_PG_USER when the caller is root (postgres refuses root).
kitetp_pg_as_owner()
{
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u "$KITETP_PG_USER" -- "$@")
    else
        "$@"
    fi
}

kitetp_pg_start()
{
    if [ ! -x "$KITETP_PG_BIN/initdb" ]; then
        echo "pg-cluster: $KITETP_PG_BIN/initdb is missing (scripts/deps.sh test installs postgresql)" >&2
        return 1
    fi
    if [ "$(id -u)" -eq 0 ] && ! id -u "$KITETP_PG_USER" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$KITETP_PG_USER" || return 1
    fi
    local folder
    folder=$(mktemp -d /tmp/kitetp-pg.XXXXXX) || return 1
    chmod 700 "$folder"
    [ "$(id -u)" -eq 0 ] && chown "$KITETP_PG_USER:" "$folder"
    if ! kitetp_pg_as_owner "$KITETP_PG_BIN/initdb" -D "$folder/data" -U kitetp -A trust -E UTF8 --locale=C.UTF-8 \
            --no-sync >"$folder/initdb.log" 2>&1; then
        echo "pg-cluster: initdb failed:" >&2
        cat "$folder/initdb.log" >&2
        rm -rf "$folder"
        return 1
    fi
    # A test cluster: durability is not what is tested here (fsync off), speed and isolation are.
    if ! kitetp_pg_as_owner "$KITETP_PG_BIN/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -s \
            -o "-k $folder -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
        echo "pg-cluster: the server did not start:" >&2
        cat "$folder/server.log" >&2
        rm -rf "$folder"
        return 1
    fi
    export KITETP_PG_CLUSTER="$folder"
    export KITETP_TEST_PG="postgresql://kitetp@/postgres?host=$folder"
}

# Stops the server (immediate: nothing in it is worth keeping) and removes its folder. Quiet, and safe to call twice.
kitetp_pg_stop()
{
    local folder=${1:-${KITETP_PG_CLUSTER:-}}
    [ -n "$folder" ] && [ -d "$folder" ] || return 0
    case "$folder" in /tmp/kitetp-pg.*) ;; *) echo "pg-cluster: not a cluster of ours: $folder" >&2; return 1 ;; esac
    if [ -f "$folder/data/postmaster.pid" ]; then
        local pid tries=0
        pid=$(head -n 1 "$folder/data/postmaster.pid")
        kitetp_pg_as_owner "$KITETP_PG_BIN/pg_ctl" -D "$folder/data" -m immediate -w -s stop >/dev/null 2>&1 || true
        # Gone before its folder goes (an immediate stop returns before the last process has exited).
        while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ $tries -lt 100 ]; do
            sleep 0.1
            tries=$((tries + 1))
        done
    fi
    rm -rf "$folder"
    [ "${KITETP_PG_CLUSTER:-}" = "$folder" ] && unset KITETP_PG_CLUSTER KITETP_TEST_PG
    return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    case "${1:-}" in
      start) kitetp_pg_start; printf 'export KITETP_PG_CLUSTER=%q\nexport KITETP_TEST_PG=%q\n' "$KITETP_PG_CLUSTER" "$KITETP_TEST_PG" ;;
      stop) kitetp_pg_stop "${2:-}" ;;
      *) echo "usage: $0 start|stop [FOLDER]" >&2; exit 2 ;;
    esac
fi
