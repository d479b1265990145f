#!/usr/bin/env bash
# The test command: every test, including those against a real PostgreSQL 15 with pg_sphere and a
# real TAP service (GAVO DaCHS from ../shared/tap). It starts a throwaway PostgreSQL server and the
# TAP service unless one is already up (installing Debian packages when run as root and they are
# missing), runs the whole Maven build with its tests, proves that no SQLite fixture was written
# to and that no row of the PostgreSQL registry was inserted, updated or deleted, and stops what it
# started, also on failure.
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

# Rows inserted, updated and deleted per table of the PostgreSQL server since it was started, and
# every sequence's position: any write to the registry shows here. The statistics of a session
# reach these views when it ends, so the count after the tests waits until the tests' sessions
# (application_name butler-browser, or the driver's default) have gone.
pg_writes() {
  "$ROOT/scripts/pg-test-server.sh" psql -qAt -v ON_ERROR_STOP=1 <<'SQL'
SELECT pg_stat_force_next_flush();
SELECT 'table ' || schemaname || '.' || relname || ' ' || n_tup_ins || ' ' || n_tup_upd || ' ' || n_tup_del
  FROM pg_stat_user_tables ORDER BY schemaname, relname;
SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || coalesce(last_value, 0)
  FROM pg_sequences ORDER BY schemaname, sequencename;
SQL
}
pg_sessions_gone() {
  local i
  for (( i = 0; i < 100; i++ )); do
    [[ "$("$ROOT/scripts/pg-test-server.sh" psql -qAt -c "SELECT count(*) FROM pg_stat_activity
        WHERE usename = '$PGTEST_USER' AND pid <> pg_backend_pid()")" == 0 ]] && return 0
    sleep 0.1
  done
  log "the tests' PostgreSQL sessions are still open after 10 s"
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
PG_BEFORE="$(pg_writes)"

log "running the Maven build and every test"
mvn -B -ntp verify \
  -Dbutler.shared="$SHARED" \
  -Dbutler.test.pg.url="$PGTEST_URL" \
  -Dbutler.test.pg.namespace="$PGTEST_NAMESPACE" \
  -Dbutler.test.pg.passwordFile="$PGTEST_PASSWORD_FILE" \
  -Dbutler.test.pg.control="$ROOT/scripts/pg-test-server.sh" \
  -Dbutler.test.pg.sslRootCert="$PGTEST_SSL_ROOT_CERT" \
  -Dbutler.test.pg.sslOtherRootCert="$PGTEST_SSL_OTHER_ROOT_CERT" \
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

pg_sessions_gone
PG_AFTER="$(pg_writes)"
if [ "$PG_BEFORE" != "$PG_AFTER" ]; then
  log "FAILED: rows of the PostgreSQL registry were written during the tests (pg_stat_user_tables, pg_sequences):"
  diff <(echo "$PG_BEFORE") <(echo "$PG_AFTER") >&2 || true
  exit 1
fi
log "no row of the $(grep -c '^table ' <<<"$PG_AFTER") PostgreSQL tables was inserted, updated or deleted and no sequence moved (pg_stat_user_tables)"
