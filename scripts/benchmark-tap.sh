#!/usr/bin/env bash
# The TAP benchmark: `butler-browser benchmark --tap` with what it needs. As root on Debian it
# installs the floor, the `stilts` package, when missing; it starts the kit's TAP service
# (scripts/tap-service.sh, which leaves an already running one alone) and stops it afterwards only
# if it started it. The figures go into the TAP section of docs/benchmarks.md.
#
#   scripts/benchmark-tap.sh [OPTIONS]     any option of `benchmark`, e.g. --runs 9 --warmup 3
#
# Environment: SKIP_BUILD=1 to use the jar already built, JAR to time another build of the app.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/bench-common.sh
need_stilts
build_jar

trap 'scripts/tap-service.sh stop >/dev/null 2>&1 || true' EXIT
TAP_URL="$(scripts/tap-service.sh start)"
java -jar "$JAR" benchmark --tap --tap-url "$TAP_URL" "$@"
