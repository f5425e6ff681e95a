#!/usr/bin/env bash
# A throwaway PostgreSQL server for the `bilex load` tests, on 127.0.0.1 only.
#
#   eval "$(.ci/postgres.sh start)"   # prints export lines: BILEX_TEST_PG_URL, BILEX_TEST_PG_DIR
#   .ci/postgres.sh stop [DIR]        # stops the server and removes its folder (default: $BILEX_TEST_PG_DIR)
#
# `start` makes a cluster in a new temporary folder with initdb (Debian's postgresql package,
# newest version under /usr/lib/postgresql), starts it on a free port with password
# authentication (user bilex, password bilex) and creates the database bilex_test. PostgreSQL
# refuses to run as root, so as root the server runs as the user postgres (made by the Debian
# package). Everything but the export lines goes to stderr.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

run_as() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    log "no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)"
    exit 1
  fi
  echo "$bin"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  log "no free port found"
  exit 1
}

start() {
  local bin dir port
  bin="$(pg_bin)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/bilex-pg.XXXXXX")"
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { log "user postgres missing (apt-get install postgresql)"; exit 1; }
    chown postgres: "$dir"
  fi
  printf 'bilex\n' > "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  run_as "$bin/initdb" -D "$dir/data" -U bilex --pwfile="$dir/pwfile" -A scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  port="$(free_port)"
  # tests do not need durability; BILEX_PG_DURABLE=1 keeps PostgreSQL's defaults (for measuring load speed)
  local fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${BILEX_PG_DURABLE:-0}" = 1 ] && fast=""
  run_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $fast" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  PGPASSWORD=bilex "$bin/psql" -h 127.0.0.1 -p "$port" -U bilex -d postgres -v ON_ERROR_STOP=1 -q \
    -c 'CREATE DATABASE bilex_test' >&2
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, folder $dir"
  echo "export BILEX_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/bilex_test?user=bilex&password=bilex'"
  echo "export BILEX_TEST_PG_DIR='$dir'"
}

stop() {
  local dir="${1:-${BILEX_TEST_PG_DIR:-}}" bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || { log "nothing to stop"; return 0; }
  bin="$(pg_bin)"
  run_as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
