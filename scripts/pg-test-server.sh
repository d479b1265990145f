#!/usr/bin/env bash
# pg-test-server.sh -- a throw-away PostgreSQL 15 + pg_sphere server holding
# the rc2 Butler registry fixture, for the integration tests.
#
# Usage: scripts/pg-test-server.sh start|stop|halt|resume|status|psql [psql args...]|password|help
#
#   start     (Re)create everything from scratch: install missing Debian
#             packages (root only), initdb a new cluster in $PGTEST_DIR,
#             start it on 127.0.0.1:$PGTEST_PORT with TLS (a certificate
#             signed by a CA of its own, made with openssl), create database
#             butler_rc2 with btree_gist + pg_sphere, restore
#             $BUTLER_SHARED/fixtures/registry/rc2-postgres.sql, create the
#             login role butler_reader and write $PGTEST_DIR/env.
#             A server left over from an earlier run in $PGTEST_DIR is
#             stopped and thrown away first.  Progress goes to stderr; the
#             only line on stdout is the path of the env file.
#   stop      Stop the server (fast, then immediate shutdown) and delete
#             $PGTEST_DIR.  Succeeds when nothing is running.
#   halt      Stop the server (fast shutdown) but keep $PGTEST_DIR, so that
#             `resume` can start the same cluster again: the fault tests
#             stop the server in the middle of a query this way.
#   resume    Start the cluster `halt` stopped, on the same port, and wait
#             until it accepts connections.  Succeeds when it is already up.
#   status    Exit 0 and say so when the server is up, exit 3 when not.
#   psql      psql as the superuser over the unix socket (debugging);
#             further arguments go to psql, e.g. `psql -c 'select 1'`.
#   password  Print butler_reader's password (it is never printed otherwise).
#
# Environment (all optional):
#   PGTEST_DIR      working directory (default: <project root>/.pgtest)
#   PGTEST_PORT     TCP port; default 25432, and if that one is busy the next
#                   free port is taken (and reported).  An explicitly set
#                   port that is busy is an error.
#   BUTLER_SHARED   the shared/ directory (default: <project root>/../shared)
#   PGTEST_NO_APT=1 never run apt-get; fail if something is missing
#   PGTEST_PG_BINDIR, PGTEST_PG_SHAREDIR
#                   PostgreSQL's bin and share directories (defaults
#                   /usr/lib/postgresql/15/bin, /usr/share/postgresql/15)
#
# Files written to $PGTEST_DIR (after a successful start):
#   env          KEY=value lines: PGTEST_URL, PGTEST_JDBC_URL, PGTEST_HOST,
#                PGTEST_PORT, PGTEST_DATABASE, PGTEST_NAMESPACE, PGTEST_USER,
#                PGTEST_PASSWORD_FILE, PGTEST_ADMIN_USER,
#                PGTEST_ADMIN_SOCKET_DIR, PGTEST_SSL_ROOT_CERT (the CA that
#                signed the server's certificate), PGTEST_SSL_OTHER_ROOT_CERT
#                (an unrelated CA: the wrong file for the TLS tests)
#   reader.pw    butler_reader's password (mode 0600, no trailing newline)
#   tls/         ca.crt, other-ca.crt, server.crt, server.key (no CA keys are kept)
#   postgres.log server log;  data/ the cluster;  sock/ the unix socket
#
# When run as root, the server runs as the `postgres` system user (PostgreSQL
# refuses to run as root) and $PGTEST_DIR is owned by it.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_ROOT="$(dirname "$SCRIPT_DIR")"

PG_BIN="${PGTEST_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
PG_SHARE="${PGTEST_PG_SHAREDIR:-/usr/share/postgresql/15}"
APT_PACKAGES=(postgresql-15 postgresql-15-pgsphere postgresql-contrib openssl)

HOST=127.0.0.1
# Below Linux's ephemeral ports (32768-60999): with the server halted by a fault test, a client that
# keeps connecting could get the server's port as its own and connect to itself (TCP self-connect),
# holding the port; `resume` then failed with "Address already in use" (seen once on 55432).
DEFAULT_PORT=25432
DB=butler_rc2
NAMESPACE=rc2
READER=butler_reader
ADMIN=postgres          # superuser name given to initdb, reached over the socket only
MARKER_NAME=.pg-test-server

# Nothing from the caller's libpq environment may redirect our psql calls.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE \
      PGSERVICE PGSERVICEFILE PGOPTIONS PGDATA PGTZ PGCLIENTENCODING
export LC_ALL=C.UTF-8 LANG=C.UTF-8

T_START="${EPOCHREALTIME}"
T_STEP="${EPOCHREALTIME}"

# elapsed seconds (one decimal) since $1, an EPOCHREALTIME value
since() {
  local now="${EPOCHREALTIME/./}" then="${1/./}"
  local ms=$(( (10#$now - 10#$then) / 1000 ))
  printf '%d.%d' $(( ms / 1000 )) $(( ms % 1000 / 100 ))
}
log() { printf '[pg-test-server %6ss] %s\n' "$(since "$T_START")" "$*" >&2; }
die() { printf '[pg-test-server] ERROR: %s\n' "$*" >&2; exit 1; }
step() { T_STEP="${EPOCHREALTIME}"; log "$*"; }
step_done() { log "  done in $(since "$T_STEP")s${1:+ ($1)}"; }

is_root() { [[ "$(id -u)" == 0 ]]; }

# Run a server-side program (initdb, pg_ctl) as the cluster owner.
as_owner() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

resolve_dir() {
  local d="${PGTEST_DIR:-$PROJECT_ROOT/.pgtest}"
  [[ "$d" == /* ]] || d="$PWD/$d"
  d="$(realpath -m -- "$d")"
  # keeps postgresql.conf quoting, the env file and the URL trivially safe
  [[ "$d" =~ ^/[A-Za-z0-9._/+@,=-]+$ ]] \
    || die "PGTEST_DIR must be a plain path (letters, digits, . _ / + @ , = -): $d"
  [[ "$d" != / ]] || die "PGTEST_DIR must not be /"
  printf '%s' "$d"
}

DIR="$(resolve_dir)"
DATA="$DIR/data"
SOCK="$DIR/sock"
LOGFILE="$DIR/postgres.log"
ENVFILE="$DIR/env"
PWFILE="$DIR/reader.pw"
MARKER="$DIR/$MARKER_NAME"
PORT=""                 # set by cmd_start / cmd_psql

# ---------------------------------------------------------------- server pid

# Print the postmaster PID if a postmaster of OUR cluster is running.  The
# PID from postmaster.pid is trusted only if that process exists and its
# working directory is our data directory (the postmaster chdirs there), so
# a stale file whose PID has been reused never makes us signal a stranger.
server_pid() {
  local pid cwd
  [[ -f "$DATA/postmaster.pid" ]] || return 0
  pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null | tr -cd 0-9)" || true
  [[ -n "$pid" ]] || return 0
  cwd="$(readlink "/proc/$pid/cwd" 2>/dev/null)" || return 0
  [[ "$cwd" == "$DATA" ]] && printf '%s' "$pid"
  return 0
}

# port the running server listens on (4th line of postmaster.pid)
server_port() { sed -n 4p "$DATA/postmaster.pid" 2>/dev/null | tr -cd 0-9; }

stop_server() {
  local pid
  pid="$(server_pid)"
  if [[ -z "$pid" ]]; then
    [[ ! -f "$DATA/postmaster.pid" ]] || log "removing stale $DATA/postmaster.pid"
    rm -f "$DATA/postmaster.pid"
    return 0
  fi
  log "stopping postgres (pid $pid, fast shutdown)"
  if ! as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null 2>&1; then
    log "fast shutdown did not finish in 30s; immediate shutdown"
    as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w -t 15 stop >/dev/null 2>&1 || true
  fi
  if [[ -n "$(server_pid)" ]]; then
    log "postmaster $pid still alive; SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  [[ -z "$(server_pid)" ]] || die "could not stop postgres (pid $pid)"
}

# Delete $DIR, but only if it is ours (marker) or empty -- never some
# unrelated directory that PGTEST_DIR happens to point at.
remove_dir() {
  [[ -e "$DIR" ]] || return 0
  if [[ -f "$MARKER" ]]; then
    rm -rf -- "$DIR"
  elif [[ -d "$DIR" && -z "$(ls -A -- "$DIR")" ]]; then
    rmdir -- "$DIR"
  else
    die "$DIR exists but was not created by pg-test-server.sh (no $MARKER_NAME); not touching it"
  fi
}

# ---------------------------------------------------------------- packages

missing_files() {
  local f
  for f in "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/postgres" "$PG_BIN/psql" \
           "$PG_SHARE/extension/pg_sphere.control" \
           "$PG_SHARE/extension/btree_gist.control"; do
    [[ -e "$f" ]] || printf '%s\n' "$f"
  done
  command -v openssl >/dev/null || printf '%s\n' openssl
}

ensure_packages() {
  local missing
  missing="$(missing_files)"
  [[ -n "$missing" ]] || return 0
  local what="missing: ${missing//$'\n'/, }"
  local how="install the Debian packages: apt-get install --no-install-recommends ${APT_PACKAGES[*]}"
  [[ "${PGTEST_NO_APT:-0}" != 1 ]] || die "$what (PGTEST_NO_APT=1). As root, $how"
  is_root || die "$what. Run this script once as root, or (as root) $how"
  if [[ ! -f /etc/debian_version ]] || ! command -v apt-get >/dev/null; then
    die "$what. This is not a Debian system with apt-get; install the PostgreSQL 15 server, its contrib modules (btree_gist) and pg_sphere for PostgreSQL 15"
  fi
  step "$what -- installing ${APT_PACKAGES[*]} with apt-get"
  # --no-upgrade: packages that are already installed (postgresql-15 in
  # particular) are left at their version; only the missing ones come in.
  local aptlog
  aptlog="$(mktemp)"
  if ! DEBIAN_FRONTEND=noninteractive apt-get update -q >"$aptlog" 2>&1 \
     || ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            --no-upgrade "${APT_PACKAGES[@]}" >>"$aptlog" 2>&1; then
    tail -n 25 "$aptlog" >&2
    die "apt-get failed (full output: $aptlog)"
  fi
  rm -f "$aptlog"
  missing="$(missing_files)"
  [[ -z "$missing" ]] || die "still missing after apt-get install: ${missing//$'\n'/, }"
  step_done
}

# ---------------------------------------------------------------- port

port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

choose_port() {
  local p
  if [[ -n "${PGTEST_PORT:-}" ]]; then
    if ! [[ "$PGTEST_PORT" =~ ^[0-9]{1,5}$ ]] || (( 10#$PGTEST_PORT < 1 || 10#$PGTEST_PORT > 65535 )); then
      die "PGTEST_PORT is not a port number: $PGTEST_PORT"
    fi
    ! port_busy "$PGTEST_PORT" || die "port $HOST:$PGTEST_PORT (PGTEST_PORT) is already in use"
    printf '%s' "$PGTEST_PORT"
    return
  fi
  for (( p = DEFAULT_PORT; p < DEFAULT_PORT + 50; p++ )); do
    if ! port_busy "$p"; then
      [[ "$p" == "$DEFAULT_PORT" ]] || log "port $DEFAULT_PORT is busy; using $p"
      printf '%s' "$p"
      return
    fi
  done
  die "no free port in $DEFAULT_PORT..$(( DEFAULT_PORT + 49 )); set PGTEST_PORT"
}

# ---------------------------------------------------------------- psql

# superuser psql over our socket; the port comes from the running server
admin_psql() {
  "$PG_BIN/psql" -X -h "$SOCK" -p "$PORT" -U "$ADMIN" -v ON_ERROR_STOP=1 "$@"
}

# ---------------------------------------------------------------- pg_sphere

PGSPHERE_LEGACY_MARK='backwards-compatible operators for GAVO DaCHS'
PGSPHERE_COMMUTATOR_ERR='commutator operator @> is already the commutator of operator <@'

# Debian 12's postgresql-15-pgsphere (1.1.1+2021-11-10) ships two legacy
# operators `bigint @ smoc` and `spoint @ smoc` (kept for old DaCHS versions)
# declared with COMMUTATOR '@>' and NEGATOR '!<@'.  Newer PostgreSQL 15 minor
# releases (15.20 from bookworm-security; 15.18 is fine) check commutator
# pairs more strictly and CREATE EXTENSION pg_sphere fails with the error in
# PGSPHERE_COMMUTATOR_ERR (upstream: postgrespro/pgsphere#85, fixed by #92).
# The fix used here: drop just those two clauses of just those two operators
# from the extension scripts.  The operators keep working; the planner only
# loses the commutator/negator hints for them.
#
# patch_pgsphere_sql FILE: rewrite FILE in place; the original is kept as
# FILE.pgtest-orig (an existing backup is never overwritten).  Inside the
# legacy block (from the marker comment to the 2nd closing ");") every
# "COMMUTATOR = ..." / "NEGATOR = ..." line is removed; exactly 4 must go.
patch_pgsphere_sql() {
  local f="$1" tmp removed
  tmp="$(mktemp "$f.XXXXXX")"
  awk -v mark="$PGSPHERE_LEGACY_MARK" '
    index($0, mark)             { inblock = 1; closed = 0 }
    inblock && /^[[:space:]]*(COMMUTATOR|NEGATOR)[[:space:]]*=/ { dropped++; next }
    inblock && /^[[:space:]]*\);/ { if (++closed == 2) inblock = 0 }
    { print }
    END { print dropped + 0 > "/dev/stderr" }
  ' "$f" >"$tmp" 2>"$tmp.count" || { rm -f "$tmp" "$tmp.count"; return 1; }
  removed="$(cat "$tmp.count")"; rm -f "$tmp.count"
  if [[ "$removed" != 4 ]]; then
    rm -f "$tmp"
    log "  $f: expected to drop 4 COMMUTATOR/NEGATOR lines, found $removed; left unchanged"
    return 1
  fi
  # (explicit error checks: callers use this in a condition, where set -e is off)
  if [[ ! -e "$f.pgtest-orig" ]] && ! cp -p -- "$f" "$f.pgtest-orig"; then
    rm -f "$tmp"; log "  cannot back up $f; left unchanged"; return 1
  fi
  cat "$tmp" >"$f" || { rm -f "$tmp"; return 1; }    # keeps the file's owner and mode
  rm -f "$tmp"
  log "  patched $f (backup $f.pgtest-orig)"
}

create_pgsphere() {
  local out f patched=0
  if out="$(admin_psql -q -d "$DB" -c 'CREATE EXTENSION IF NOT EXISTS pg_sphere' 2>&1)"; then
    return 0
  fi
  [[ "$out" == *"$PGSPHERE_COMMUTATOR_ERR"* ]] || die "CREATE EXTENSION pg_sphere failed: $out"
  is_root || die "CREATE EXTENSION pg_sphere failed: $out
  This is the known pg_sphere 1.1.1 / PostgreSQL 15.20+ incompatibility. Run this
  script once as root (it patches $PG_SHARE/extension/pg_sphere--*.sql), or install a
  pg_sphere build that no longer has the legacy DaCHS '@' operators."
  log "pg_sphere 1.1.1 vs. PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}'): removing the legacy operators' COMMUTATOR/NEGATOR clauses"
  for f in "$PG_SHARE"/extension/pg_sphere--*.sql; do
    grep -qF "$PGSPHERE_LEGACY_MARK" "$f" || continue
    patch_pgsphere_sql "$f" && patched=$(( patched + 1 ))
  done
  (( patched > 0 )) || die "CREATE EXTENSION pg_sphere failed ($out) and no extension script could be patched"
  out="$(admin_psql -q -d "$DB" -c 'CREATE EXTENSION IF NOT EXISTS pg_sphere' 2>&1)" \
    || die "CREATE EXTENSION pg_sphere still fails after patching: $out"
}

# ---------------------------------------------------------------- TLS

# make_tls DIR: a throwaway CA signs the server's certificate (subjectAltName
# IP:$HOST, so that sslmode=verify-full holds for clients that connect to
# $HOST); a second, unrelated CA is the "wrong CA file" of the TLS tests.  The
# CA keys are thrown away at once: nothing else will ever be signed.
make_tls() {
  local tls="$1" ext ca
  mkdir -m 755 -- "$tls"
  ext="$tls/server.ext"
  printf 'subjectAltName=IP:%s\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' \
    "$HOST" >"$ext"
  for ca in ca other-ca; do
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3 \
        -subj "/CN=pg-test-server $ca" -addext 'basicConstraints=critical,CA:TRUE' \
        -addext 'keyUsage=critical,keyCertSign,cRLSign' \
        -keyout "$tls/$ca.key" -out "$tls/$ca.crt" 2>>"$DIR/openssl.log" \
      || { cat "$DIR/openssl.log" >&2; die "openssl could not make the $ca certificate"; }
  done
  ( umask 077
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$HOST" \
        -keyout "$tls/server.key" -out "$tls/server.csr" 2>>"$DIR/openssl.log" \
      && openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
        -days 3 -extfile "$ext" -out "$tls/server.crt" 2>>"$DIR/openssl.log" ) \
    || { cat "$DIR/openssl.log" >&2; die "openssl could not make the server certificate"; }
  rm -f -- "$tls/ca.key" "$tls/other-ca.key" "$tls/ca.srl" "$tls/server.csr" "$ext"
  chmod 644 -- "$tls/ca.crt" "$tls/other-ca.crt" "$tls/server.crt"
  chmod 600 -- "$tls/server.key"
}

# ---------------------------------------------------------------- start

cmd_start() {
  local shared dump port pw

  shared="$(realpath -m -- "${BUTLER_SHARED:-$PROJECT_ROOT/../shared}")"
  dump="$shared/fixtures/registry/rc2-postgres.sql"
  [[ -r "$dump" ]] || die "fixture dump not readable: $dump (set BUTLER_SHARED to the shared/ directory)"

  ensure_packages

  # ---- leftovers of an earlier run
  if [[ -e "$DIR" ]]; then
    [[ -f "$MARKER" || -z "$(ls -A -- "$DIR" 2>/dev/null)" ]] \
      || die "$DIR exists but was not created by pg-test-server.sh (no $MARKER_NAME); refusing to reuse it"
    step "cleaning up the previous instance in $DIR"
    stop_server
    remove_dir
    step_done
  fi

  port="$(choose_port)"
  PORT="$port"

  # ---- directory layout + initdb
  step "initdb $DATA"
  mkdir -p -- "$DIR"
  : >"$MARKER"
  printf '*\n' >"$DIR/.gitignore"
  mkdir -m 700 -- "$DATA" "$SOCK"
  if is_root; then
    id postgres >/dev/null 2>&1 || die "no 'postgres' system user (it comes with the postgresql-15 package)"
    chown -R postgres:postgres -- "$DIR"
    runuser -u postgres -- test -x "$DIR" \
      || die "the postgres user cannot reach $DIR (check the permissions of its parent directories)"
  fi
  local lc=C
  if locale -a 2>/dev/null | grep -qixE 'c\.utf-?8'; then lc=C.UTF-8; fi
  # admin: trust over the unix socket (the socket directory is mode 0700);
  # everything else: scram-sha-256 over TCP.
  as_owner "$PG_BIN/initdb" -D "$DATA" -U "$ADMIN" -E UTF8 --locale="$lc" \
      --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
  step_done

  # ---- configure and start
  step "starting postgres on $HOST:$port"
  cat >"$DIR/pg_hba.conf" <<EOF
# written by pg-test-server.sh
# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       $ADMIN                   trust
local   all       all                      scram-sha-256
host    all       all       127.0.0.1/32   scram-sha-256
EOF
  make_tls "$DIR/tls"
  cat >>"$DATA/postgresql.conf" <<EOF

# ---- pg-test-server.sh: loopback only, throw-away data
listen_addresses = '$HOST'
port = $port
unix_socket_directories = '$SOCK'
hba_file = '$DIR/pg_hba.conf'
fsync = off
synchronous_commit = off
full_page_writes = off
# the fault tests hold a table lock in a prepared transaction, which outlives the halt of the server
max_prepared_transactions = 2
ssl = on
ssl_cert_file = '$DIR/tls/server.crt'
ssl_key_file = '$DIR/tls/server.key'
EOF
  if is_root; then
    chown -R postgres:postgres -- "$DIR/pg_hba.conf" "$DIR/initdb.log" "$DIR/tls"
  fi
  if ! as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOGFILE" -w -t 60 start >/dev/null 2>&1; then
    tail -n 20 "$LOGFILE" >&2 2>/dev/null || true
    die "postgres did not start (log: $LOGFILE)"
  fi
  step_done "pid $(server_pid)"

  # From here on, a failure stops the server again (logs stay in $DIR).
  trap 'rc=$?; if (( rc != 0 )); then log "start failed; stopping the server (logs kept in $DIR)"; stop_server || true; fi' EXIT

  # ---- database, extensions, fixture
  step "creating database $DB with btree_gist and pg_sphere"
  admin_psql -q -d postgres -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'" >&2
  admin_psql -q -d "$DB" -c 'CREATE EXTENSION IF NOT EXISTS btree_gist' >&2
  create_pgsphere
  step_done "pg_sphere $(admin_psql -qAt -d "$DB" -c "SELECT extversion FROM pg_extension WHERE extname = 'pg_sphere'")"

  step "restoring $dump"
  # (stdout: the dump's SELECT setval(...) results; errors go to stderr)
  admin_psql -q -d "$DB" -f "$dump" >/dev/null || die "restoring $dump failed"
  admin_psql -q -d "$DB" -c 'ANALYZE' >&2
  step_done

  # ---- reader role
  step "creating role $READER"
  pw="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  pw="${pw:0:32}"
  (( ${#pw} >= 24 )) || die "could not generate a password"
  ( umask 077; printf '%s' "$pw" >"$PWFILE" )
  chmod 600 "$PWFILE"
  # The password goes in on stdin, so it shows up neither in ps nor on the console.
  admin_psql -q -d "$DB" >&2 <<EOF
CREATE ROLE $READER LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$pw';
GRANT CONNECT ON DATABASE $DB TO $READER;
GRANT USAGE ON SCHEMA $NAMESPACE, public TO $READER;
GRANT SELECT ON ALL TABLES IN SCHEMA $NAMESPACE TO $READER;
-- Deliberately more than a reader needs: the tests check that a write
-- attempt through the application is refused, and that refusal has to come
-- from the application's read-only session (SET TRANSACTION READ ONLY /
-- Connection.setReadOnly), not from missing privileges -- otherwise a
-- browser that forgot to open read-only sessions would still pass.
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA $NAMESPACE TO $READER;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA $NAMESPACE TO $READER;
EOF
  step_done

  # ---- env file (written last: its presence means the start succeeded)
  cat >"$ENVFILE.tmp" <<EOF
PGTEST_URL=postgresql://$READER@$HOST:$port/$DB
PGTEST_JDBC_URL=jdbc:postgresql://$HOST:$port/$DB
PGTEST_HOST=$HOST
PGTEST_PORT=$port
PGTEST_DATABASE=$DB
PGTEST_NAMESPACE=$NAMESPACE
PGTEST_USER=$READER
PGTEST_PASSWORD_FILE=$PWFILE
PGTEST_ADMIN_USER=$ADMIN
PGTEST_ADMIN_SOCKET_DIR=$SOCK
PGTEST_SSL_ROOT_CERT=$DIR/tls/ca.crt
PGTEST_SSL_OTHER_ROOT_CERT=$DIR/tls/other-ca.crt
EOF
  mv -f -- "$ENVFILE.tmp" "$ENVFILE"
  trap - EXIT
  log "ready in $(since "$T_START")s: postgresql://$READER@$HOST:$port/$DB (env: $ENVFILE)"
  printf '%s\n' "$ENVFILE"
}

# ---------------------------------------------------------------- others

cmd_stop() {
  if [[ ! -e "$DIR" ]]; then
    log "nothing to stop ($DIR does not exist)"
    return 0
  fi
  [[ -f "$MARKER" || -z "$(ls -A -- "$DIR" 2>/dev/null)" ]] \
    || die "$DIR exists but was not created by pg-test-server.sh (no $MARKER_NAME); not touching it"
  stop_server
  remove_dir
  log "stopped; removed $DIR ($(since "$T_START")s)"
}

# The directory must be one `start` made, with its cluster still in it.
require_cluster() {
  [[ -f "$MARKER" && -f "$DATA/PG_VERSION" ]] \
    || die "no cluster made by pg-test-server.sh in $DIR (run: $0 start)"
}

cmd_halt() {
  require_cluster
  stop_server
  log "halted; $DIR kept for resume ($(since "$T_START")s)"
}

cmd_resume() {
  require_cluster
  if [[ -n "$(server_pid)" ]]; then
    log "already up (pid $(server_pid))"
    return 0
  fi
  rm -f "$DATA/postmaster.pid"   # stale: server_pid found no live postmaster of ours
  if ! as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOGFILE" -w -t 60 start >/dev/null 2>&1; then
    tail -n 20 "$LOGFILE" >&2 2>/dev/null || true
    die "postgres did not start again (log: $LOGFILE)"
  fi
  log "resumed in $(since "$T_START")s (pid $(server_pid), port $(server_port))"
}

cmd_status() {
  local pid
  pid="$(server_pid)"
  if [[ -n "$pid" ]]; then
    echo "up: pid $pid, $HOST:$(server_port), socket dir $SOCK, env $ENVFILE"
  else
    echo "down (no server in $DIR)"
    return 3
  fi
}

cmd_psql() {
  [[ -n "$(server_pid)" ]] || die "no server running in $DIR (run: $0 start)"
  PORT="$(server_port)"
  exec "$PG_BIN/psql" -X -h "$SOCK" -p "$PORT" -U "$ADMIN" -d "$DB" "$@"
}

cmd_password() {
  [[ -r "$PWFILE" ]] || die "no password file $PWFILE (run: $0 start)"
  cat "$PWFILE"; echo
}

usage() {
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

main() {
  local cmd="${1:-}"
  [[ $# -eq 0 ]] || shift
  case "$cmd" in
    start)    [[ $# -eq 0 ]] || die "start takes no arguments"; cmd_start ;;
    stop)     [[ $# -eq 0 ]] || die "stop takes no arguments"; cmd_stop ;;
    halt)     [[ $# -eq 0 ]] || die "halt takes no arguments"; cmd_halt ;;
    resume)   [[ $# -eq 0 ]] || die "resume takes no arguments"; cmd_resume ;;
    status)   cmd_status ;;
    psql)     cmd_psql "$@" ;;
    password) cmd_password ;;
    help|-h|--help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

# Run only when executed, so that tests can source the functions.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
