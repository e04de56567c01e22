#!/usr/bin/env bash
# A throw-away Redis on loopback for the test suite: `start` or `stop`.
# Installs Debian's redis-server when it is missing and the script runs as root (CI on a
# fresh machine); runs it as an unprivileged user, without persistence.
set -euo pipefail

REDIS_PORT="${REDIS_PORT:-63790}"
REDIS_DIR="${REDIS_DIR:-${TMPDIR:-/tmp}/coopkracht-redis-$REDIS_PORT}"
REDIS_USER="${REDIS_USER:-nobody}"
PIDFILE="$REDIS_DIR/redis.pid"

as_redis_user() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$REDIS_USER" -- "$@"
  else
    "$@"
  fi
}

install_server() {
  if command -v redis-server >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "redis-server not found (install Debian's redis-server package)." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  # The package starts a system-wide server where an init system runs; this script
  # only needs the binary.
  if command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now redis-server >/dev/null 2>&1 || true
  fi
}

ping() {
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG
}

start() {
  install_server
  mkdir -p "$REDIS_DIR"
  [ "$(id -u)" = 0 ] && chown "$REDIS_USER" "$REDIS_DIR"
  if ! ping; then
    as_redis_user redis-server --bind 127.0.0.1 --port "$REDIS_PORT" \
      --dir "$REDIS_DIR" --save "" --appendonly no --protected-mode yes \
      --daemonize yes --pidfile "$PIDFILE" --logfile "$REDIS_DIR/server.log"
    for _ in $(seq 1 50); do
      ping && break
      sleep 0.1
    done
    if ! ping; then
      echo "Redis did not start on 127.0.0.1:$REDIS_PORT (see $REDIS_DIR/server.log)." >&2
      exit 1
    fi
  fi
  echo "CACHE_URL=redis://127.0.0.1:$REDIS_PORT/0"
}

stop() {
  if ping; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  rm -rf "$REDIS_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
