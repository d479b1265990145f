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

JAR=${JAR:-app/target/butler-browser.jar}

if ! command -v stilts >/dev/null 2>&1; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stilts
    else
        echo "benchmark-sky.sh: please install stilts (Debian package stilts)" >&2
        exit 2
    fi
fi

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
    mvn -B -q -DskipTests package
fi

java -jar "$JAR" benchmark --sky "$@"
