# SPDX-License-Identifier: EUPL-1.2
# Sourced by run.sh and test.sh: a private runtime folder for Qt (silences "XDG_RUNTIME_DIR not set").
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d /tmp/kitetp-runtime.XXXXXX)
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
fi
