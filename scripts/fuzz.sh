#!/usr/bin/env bash
# The long fuzz run (not in CI): every parser's properties (model/src/test/**/*FuzzTest.java, run by
# the model tests' testing/Properties) with a million tries each instead of the 100 (200 for the
# oracles) of the normal build, in the same bounded JVM (-Xmx256m -Xss512k), two JVMs side by side.
# Prints, per parser, how many inputs were tried, how many were accepted or refused, the time spent
# and the slowest input, and the tries each property ran; docs/reliability.md records a run. The
# first failure of a property stops it and prints its seed and the command that repeats it; the
# input is saved under model/target/fuzz-failures/<parser>/ for the corpus.
#
#   scripts/fuzz.sh                       # 1,000,000 tries per property, all parsers
#   TRIES=20000 scripts/fuzz.sh           # a quicker look
#   ONLY=VoTableFuzzTest scripts/fuzz.sh  # one test class (a surefire -Dtest pattern: also
#                                         # 'A,B' or 'ConfigFuzzTest#hostileYaml*')
#   SEED=42 scripts/fuzz.sh               # the seed of every property's first try (random by default)
#
# The huge inputs (nesting 100,000 deep, megabyte texts) are left to the corpus and the CI pass
# (-Dbutler.fuzz.huge=false), so that a million inputs per parser take tens of minutes, not hours.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TRIES="${TRIES:-1000000}"
FORKS="${FORKS:-2}"
ONLY="${ONLY:-*FuzzTest}"
SEED="${SEED:-}"
STATS="$ROOT/model/target/fuzz-stats"

rm -rf "$STATS" model/target/fuzz-failures model/target/fuzz-slow model/target/surefire-reports/*FuzzTest*
start=$(date +%s)
status=0
mvn -o -B -ntp -q -pl model test-compile surefire:test@hostile-input \
  -Dtest="$ONLY" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.tries="$TRIES" ${SEED:+-Dfuzz.seed="$SEED"} -Dbutler.fuzz.huge=false -Dfuzz.forks="$FORKS" || status=$?
end=$(date +%s)

echo
echo "fuzz run: $TRIES tries per property, $FORKS JVMs, $((end - start)) s in all (exit status $status)"
# One table from the files of every test JVM: the header once, the rows sorted.
table() {
  if ls "$STATS"/"$1"-*.tsv >/dev/null 2>&1; then
    {
      head -n 1 "$(ls "$STATS"/"$1"-*.tsv | head -n 1)"
      tail -q -n +2 "$STATS"/"$1"-*.tsv | sort
    } | column -t -s $'\t'
  fi
}
echo
table parsers
echo
echo "tries per property (seconds: generation and checks included):"
table properties
echo
echo "time per test class, corpus and examples included:"
for f in model/target/surefire-reports/TEST-*FuzzTest.xml; do
  [ -f "$f" ] || continue
  name=$(grep -o '<testsuite [^>]*' "$f" | grep -o ' name="[^"]*"' | head -n 1 | sed 's/.*\.//; s/"//')
  secs=$(grep -o '<testsuite [^>]*' "$f" | grep -o ' time="[^"]*"' | head -n 1 | sed 's/ time="//; s/"//')
  printf '  %-24s %8s s\n' "$name" "$secs"
done
if [ -d model/target/fuzz-failures ]; then
  echo
  echo "inputs that broke a parser's contract (copy them into model/src/test/resources/hostile/<parser>/):"
  find model/target/fuzz-failures -type f | sort
fi
exit "$status"
