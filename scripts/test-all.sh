#!/usr/bin/env bash
# The test command: every test, including those against a real PostgreSQL 15 with pg_sphere and a
# real TAP service (GAVO DaCHS from ../shared/tap). It starts a throwaway PostgreSQL server and the
# TAP service unless one is already up (installing Debian packages when run as root and they are
# missing), runs the whole Maven build with its tests, proves that no SQLite fixture was written
# to, and stops what it started, also on failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${BUTLER_SHARED:-$ROOT/../shared}"
cd "$ROOT"

log() { printf 'test-all: %s\n' "$*" >&2; }

# Every SQLite registry the tests read, with its checksum before the run.
fixture_files() {
  find "$SHARED/fixtures/registry" "$ROOT/resources" -name '*.sqlite3' -type f | sort
}
checksums() {
  fixture_files | xargs sha256sum
}

cleanup() {
  local status=$?
  "$ROOT/scripts/pg-test-server.sh" stop >/dev/null 2>&1 || true
  "$ROOT/scripts/tap-service.sh" stop >/dev/null 2>&1 || true
  exit "$status"
}
trap cleanup EXIT INT TERM

log "starting the throwaway PostgreSQL server"
ENVFILE="$("$ROOT/scripts/pg-test-server.sh" start)"
# shellcheck disable=SC1090
. "$ENVFILE"

log "starting the TAP service (unless it is already up)"
TAP_URL="$("$ROOT/scripts/tap-service.sh" start)"

BEFORE="$(checksums)"

log "running the Maven build and every test"
mvn -B -ntp verify \
  -Dbutler.shared="$SHARED" \
  -Dbutler.test.pg.url="$PGTEST_URL" \
  -Dbutler.test.pg.namespace="$PGTEST_NAMESPACE" \
  -Dbutler.test.pg.passwordFile="$PGTEST_PASSWORD_FILE" \
  -Dbutler.test.require.pg=true \
  -Dbutler.test.tap.url="$TAP_URL" \
  -Dbutler.test.require.tap=true \
  "$@"

AFTER="$(checksums)"
if [ "$BEFORE" != "$AFTER" ]; then
  log "FAILED: an SQLite registry changed during the tests:"
  diff <(echo "$BEFORE") <(echo "$AFTER") >&2 || true
  exit 1
fi
leftovers="$(find "$SHARED/fixtures/registry" "$ROOT/resources" \( -name '*-journal' -o -name '*-wal' -o -name '*-shm' \) 2>/dev/null || true)"
if [ -n "$leftovers" ]; then
  log "FAILED: SQLite side files appeared beside the registries: $leftovers"
  exit 1
fi
log "the $(fixture_files | wc -l) SQLite registries are byte-for-byte unchanged (SHA-256) and no journal files appeared"
