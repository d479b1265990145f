#!/usr/bin/env bash
# Takes the README's screenshots: starts the real app on the demo registry under a virtual X
# display and lets its hidden screenshot tour (-Dbutler.browser.screenshot=DIR, see
# app/.../screenshots/ScreenshotTour.java) visit each screen and save a PNG of it, then quit.
#
#   scripts/screenshots.sh [OUT_DIR]     (default docs/screenshots)
#
# Environment: SCREENSHOT_DISPLAY (default :95), SKIP_BUILD=1 to use the jar already built,
# JAR to take the pictures from another build of the app.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${1:-docs/screenshots}
SCREEN=${SCREENSHOT_DISPLAY:-:95}
JAR=${JAR:-app/target/butler-browser.jar}
PICTURES=(main-window.png dimensions.png registry-tab.png connect-dialog.png)

have() { command -v "$1" >/dev/null 2>&1; }

missing=()
have Xvfb || missing+=(xvfb)
have openbox || missing+=(openbox)
have identify || missing+=(imagemagick)
have xdpyinfo || missing+=(x11-utils)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
if ((${#missing[@]})); then
    if [[ $(id -u) == 0 ]] && have apt-get; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    else
        echo "screenshots.sh: please install ${missing[*]}" >&2
        exit 2
    fi
fi

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    mvn -B -q -DskipTests package
fi

if [[ -e /tmp/.X${SCREEN#:}-lock ]]; then
    echo "screenshots.sh: display $SCREEN is in use; set SCREENSHOT_DISPLAY to a free one" >&2
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

mkdir -p "$OUT"
for p in "${PICTURES[@]}"; do rm -f "$OUT/$p"; done
DISPLAY=$SCREEN timeout 300 java -Dbutler.browser.screenshot="$OUT" -jar "$JAR"

shopt -s nullglob
taken=("$OUT"/*.png)
if ((${#taken[@]} == 0)); then
    echo "screenshots.sh: no screenshot was taken" >&2
    exit 1
fi
identify "${taken[@]}"
