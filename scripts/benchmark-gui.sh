#!/usr/bin/env bash
# The window benchmark: `butler-browser benchmark --gui` on a virtual X display of its own. It times
# the real main window on the scale registry (building the registry first when it is missing), from a
# click to the first rows painted, and rewrites the window section of docs/benchmarks.md.
#
#   scripts/benchmark-gui.sh [OPTIONS]     any option of `benchmark`, e.g. --runs 21 --warmup 10
#
# Environment: GUIBENCH_DISPLAY (default :96), SKIP_BUILD=1 to use the jar already built, JAR to time
# another build of the app.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-app/target/butler-browser.jar}

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    mvn -B -q -DskipTests package
fi

scripts/with-xvfb.sh "${GUIBENCH_DISPLAY:-:96}" java -jar "$JAR" benchmark --gui "$@"
