#!/usr/bin/env bash
# The load and memory test: `butler-browser benchmark --load` on a virtual X display of its own.
# Each run is a new JVM with -Xmx1g showing the real main window: a million ObsCore rows from a
# VOTable in the TAP window; the scale registry's largest answers (the registry is built first when
# missing); and 100 registries and 100 TAP results opened and closed in one session, checked for
# leaks. It prints the figures, rewrites the load section of docs/reliability.md and exits 1 when
# a bound is broken (heap; the JavaFX thread blocked over 100 ms during a load, its time in the
# machine's run queue aside; a leak).
#
#   scripts/load-test.sh [OPTIONS]     any option of `benchmark`, e.g. --cycles 20
#
# Environment: LOADTEST_DISPLAY (default :95), SKIP_BUILD=1 to use the jar already built, JAR to
# test another build of the app.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/bench-common.sh
build_jar

scripts/with-xvfb.sh "${LOADTEST_DISPLAY:-:95}" java -jar "$JAR" benchmark --load "$@"
