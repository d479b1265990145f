#!/usr/bin/env bash
# The sky benchmark: `butler-browser benchmark --sky` with what it needs. As root on Debian it
# installs the yardstick, the `stilts` package, when missing. The figures go into the sky section
# of docs/benchmarks.md.
#
#   scripts/benchmark-sky.sh [OPTIONS]     any option of `benchmark`, e.g. --sky-sizes 10000,100000 --runs 9
#
# Environment: SKIP_BUILD=1 to use the jar already built, JAR to time another build of the app.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/bench-common.sh
need_stilts
build_jar

java -jar "$JAR" benchmark --sky "$@"
