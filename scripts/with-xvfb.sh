#!/usr/bin/env bash
# Runs a command on a virtual X display of its own (Xvfb, 1600x1000, 24 bits) with openbox as window
# manager, as the app runs on a desktop, and stops both afterwards, also when the command fails. The
# command's exit status is this script's. screenshots.sh and benchmark-gui.sh use it.
#
#   scripts/with-xvfb.sh DISPLAY COMMAND [ARG...]      e.g. scripts/with-xvfb.sh :96 java -jar app.jar
#
# As root on Debian it first installs what is missing (xvfb, openbox, x11-utils, libgtk-3-0).
set -euo pipefail

if (($# < 2)); then
    echo "usage: with-xvfb.sh DISPLAY COMMAND [ARG...]" >&2
    exit 2
fi
SCREEN=$1
shift

have() { command -v "$1" >/dev/null 2>&1; }

missing=()
have Xvfb || missing+=(xvfb)
have openbox || missing+=(openbox)
have xdpyinfo || missing+=(x11-utils)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
if ((${#missing[@]})); then
    if [[ $(id -u) == 0 ]] && have apt-get; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    else
        echo "with-xvfb.sh: please install ${missing[*]}" >&2
        exit 2
    fi
fi

if [[ -e /tmp/.X${SCREEN#:}-lock ]]; then
    echo "with-xvfb.sh: display $SCREEN is in use; choose a free one" >&2
    exit 2
fi

pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

Xvfb "$SCREEN" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    DISPLAY=$SCREEN xdpyinfo >/dev/null 2>&1 && break
    sleep 0.1
done
# A window manager, as on a desktop: GTK sizes and places windows and dialogs through it.
DISPLAY=$SCREEN openbox >/dev/null 2>&1 &
pids+=($!)
sleep 1

DISPLAY=$SCREEN "$@"
