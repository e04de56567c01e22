#!/usr/bin/env bash
# A throw-away PostgreSQL on loopback for the test suite: `start` or `stop`.
# Runs as the unprivileged `postgres` user when invoked as root (PostgreSQL refuses root).
set -euo pipefail

PG_PORT="${PG_PORT:-54329}"
PG_DATA="${PG_DATA:-${TMPDIR:-/tmp}/coopkracht-pg-$PG_PORT}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}"
PG_DB="${PG_DB:-coopkracht}"

as_pg_user() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "PostgreSQL server binaries not found (install postgresql)." >&2
    exit 1
  fi
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_DATA"
    as_pg_user "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 \
      --locale=C.UTF-8 >/dev/null
  fi
  if ! as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DATA -c fsync=off -c full_page_writes=off" \
      start >/dev/null
  fi
  if ! as_pg_user "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atqc \
      "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1; then
    as_pg_user "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"
  fi
  echo "DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/$PG_DB"
}

stop() {
  if [ -s "$PG_DATA/PG_VERSION" ]; then
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
