#!/usr/bin/env bash
# Takes the README's screenshots: starts the real app on the demo registry under a virtual X
# display (scripts/with-xvfb.sh) and lets its hidden screenshot tour (-Dbutler.browser.screenshot=DIR, see
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
PICTURES=(main-window.png dimensions.png registry-tab.png connect-dialog.png tap-window.png sky-all-sky.png sky-tan.png
    sky-linked-chart.png)

if ! command -v identify >/dev/null 2>&1; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq imagemagick
    else
        echo "screenshots.sh: please install imagemagick" >&2
        exit 2
    fi
fi

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    mvn -B -q -DskipTests package
fi

mkdir -p "$OUT"
for p in "${PICTURES[@]}"; do rm -f "$OUT/$p"; done
scripts/with-xvfb.sh "$SCREEN" timeout 300 java -Dbutler.browser.screenshot="$OUT" -jar "$JAR"

shopt -s nullglob
taken=("$OUT"/*.png)
if ((${#taken[@]} == 0)); then
    echo "screenshots.sh: no screenshot was taken" >&2
    exit 1
fi
identify "${taken[@]}"
