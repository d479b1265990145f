#!/usr/bin/env bash
# tap-service.sh -- the local TAP service (GAVO DaCHS, ../shared/tap) for the TAP integration tests.
#
# Usage: scripts/tap-service.sh start|stop|status
#
#   start   If a TAP service already answers at 127.0.0.1:$TAP_PORT, leave it alone. Otherwise run
#           the kit's start-tap.sh (idempotent; a cold start installs Debian packages with apt-get
#           and takes ~3 minutes, which needs root; a warm one takes seconds) and remember that this
#           script started it. Prints the TAP base URL on stdout; progress goes to stderr.
#   stop    Stop the service with the kit's stop-tap.sh, but only if `start` started it: a service
#           that was already running (someone else's) is left running.
#   status  Exit 0 and print the URL when the service answers, exit 3 when not.
#
# Environment (all optional): BUTLER_SHARED (default <project>/../shared), TAP_PORT (18080),
# TAP_DATA_DIR (the kit's, default /var/tmp/butler-tap-kit); the kit's own variables pass through.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${BUTLER_SHARED:-$ROOT/../shared}"
KIT="$SHARED/tap"
PORT="${TAP_PORT:-18080}"
URL="http://127.0.0.1:$PORT/tap"
# Marks a service this script started (and so may stop); kept beside the kit's data directory.
MARKER="${TAP_DATA_DIR:-/var/tmp/butler-tap-kit}.started-by-tap-service"

log() { printf 'tap-service: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Whether VOSI availability says the service is up (never through a proxy, never waiting long).
is_up() {
  curl -s --noproxy '*' -m 5 "$URL/availability" 2>/dev/null | grep -q 'available>true<'
}

cmd_start() {
  if is_up; then
    log "a TAP service already answers at $URL; using it as it is"
    echo "$URL"
    return 0
  fi
  [[ -f "$KIT/start-tap.sh" ]] || die "no TAP kit at $KIT (set BUTLER_SHARED)"
  if [[ "$(id -u)" != 0 ]]; then
    log "not root: this only works if the kit's Debian packages are already installed"
  fi
  log "starting the kit's DaCHS service (seconds when set up before, ~3 minutes from scratch)"
  local started=$SECONDS url
  url="$(CI=true bash "$KIT/start-tap.sh" </dev/null)" || die "the kit's start-tap.sh failed (see its messages above)"
  touch "$MARKER"
  is_up || die "start-tap.sh finished but $URL does not answer"
  log "ready after $((SECONDS - started)) s: $url"
  echo "$url"
}

cmd_stop() {
  if [[ ! -f "$MARKER" ]]; then
    if is_up; then
      log "leaving the TAP service at $URL running: this script did not start it"
    else
      log "no TAP service to stop"
    fi
    return 0
  fi
  log "stopping the TAP service this script started"
  bash "$KIT/stop-tap.sh" </dev/null >&2 || die "the kit's stop-tap.sh failed"
  rm -f "$MARKER"
  log "stopped"
}

cmd_status() {
  if is_up; then
    echo "$URL"
  else
    log "no TAP service answers at $URL"
    exit 3
  fi
}

command -v curl >/dev/null || die "curl is needed (apt-get install curl)"
case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
