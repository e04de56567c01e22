#!/usr/bin/env bash
# Local single-node OpenSearch on loopback for the tests.
#   scripts/search-engine.sh start   assemble (once, via engine/pom.xml), start, wait
#                                    until healthy; last line: SEARCH_URL=opensearch://...
#   scripts/search-engine.sh stop    stop it
# Both are idempotent. Environment: ENGINE_PORT (9200), ENGINE_HOME (assembly cache,
# ~/.cache/coopkracht-engine), ENGINE_RUN_DIR (data, logs, config), ENGINE_USER
# (account used when run as root: the engine refuses root), OPENSEARCH_JAVA_HOME.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
POM="$ROOT/engine/pom.xml"
PORT=${ENGINE_PORT:-9200}
export ENGINE_HOME=${ENGINE_HOME:-$HOME/.cache/coopkracht-engine}
RUN=${ENGINE_RUN_DIR:-${TMPDIR:-/tmp}/coopkracht-search-$PORT}
USER_NAME=${ENGINE_USER:-coopsearch}
TIMEOUT=${ENGINE_START_TIMEOUT:-120}
URL="http://127.0.0.1:$PORT"
VERSION=$(sed -n 's:.*<opensearch.version>\(.*\)</opensearch.version>.*:\1:p' "$POM")
DIST="$ENGINE_HOME/opensearch-$VERSION"
PIDFILE="$RUN/opensearch.pid"

log() { echo "search-engine: $*" >&2; }

# Our engine's pid, if it is running (checks the pid still belongs to this run dir).
engine_pid() {
  local pid
  pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
  [[ -n $pid ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF "$RUN/" && echo "$pid"
}

# The engine needs a Java with the security manager (11 to 23); 3.x would need 21+.
find_java() {
  local h v
  for h in "${OPENSEARCH_JAVA_HOME:-}" "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" /usr/lib/jvm/*17*; do
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$h/release" 2>/dev/null) || continue
    if [[ $v =~ ^(1[1-9]|2[0-3])$ && -x $h/bin/java ]]; then echo "$h"; return; fi
  done
  log "no Java 11-23 found: set OPENSEARCH_JAVA_HOME"; return 1
}

# Download and assemble into $ENGINE_HOME unless already done for this pom.
assemble() {
  local stamp
  stamp=$(sha256sum "$POM" | cut -d' ' -f1)
  mkdir -p "$ENGINE_HOME"
  exec 8>"$ENGINE_HOME/.lock"; flock 8
  if [[ $(cat "$DIST/.assembled" 2>/dev/null) != "$stamp" ]]; then
    log "assembling OpenSearch $VERSION in $ENGINE_HOME"
    rm -rf "$DIST"
    mvn -q -B -Dstyle.color=never -f "$POM" package -Dengine.home="$ENGINE_HOME" >&2
    echo "$stamp" >"$DIST/.assembled"
  fi
  exec 8>&-
}

fail() {
  log "$*"
  # the console output holds the engine log and errors from before logging starts
  echo "--- tail of $RUN/logs/stdout.log" >&2
  tail -n 40 "$RUN/logs/stdout.log" >&2 2>/dev/null || true
  stop_engine
  exit 1
}

start_engine() {
  local as_root=() pid java deadline
  assemble
  java=$(find_java)
  mkdir -p "$RUN"/{config,data,logs,tmp}
  # A private copy of the engine: the cache may sit in a home the engine user cannot read.
  if [[ $(cat "$RUN/engine/.assembled" 2>/dev/null) != $(cat "$DIST/.assembled") ]]; then
    rm -rf "$RUN/engine"; cp -a "$DIST" "$RUN/engine"
  fi
  cp -r "$RUN/engine/config/." "$RUN/config/"
  # Heap 512m; GC log and crash files under $RUN/logs rather than the engine folder.
  sed -i -e 's/^-Xms1g$/-Xms512m/' -e 's/^-Xmx1g$/-Xmx512m/' \
    -e "s#logs/gc.log#$RUN/logs/gc.log#" -e "s#ErrorFile=logs/#ErrorFile=$RUN/logs/#" \
    -e "s#HeapDumpPath=data#HeapDumpPath=$RUN/data#" "$RUN/config/jvm.options"
  cat >"$RUN/config/opensearch.yml" <<EOF
cluster.name: coopkracht-search
node.name: coopkracht-search
network.host: 127.0.0.1
http.port: $PORT
discovery.type: single-node
path.data: $RUN/data
path.logs: $RUN/logs
# a nearly full disk must not block shard allocation in tests
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  if [[ $(id -u) == 0 ]]; then
    id -u "$USER_NAME" >/dev/null 2>&1 || useradd --system --user-group --no-create-home \
      --home-dir /nonexistent --shell /usr/sbin/nologin "$USER_NAME"
    chown -R "$USER_NAME:" "$RUN"
    as_root=(setpriv --reuid="$USER_NAME" --regid="$USER_NAME" --init-groups)
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    log "port $PORT is already in use by another program"; exit 1
  fi
  log "starting OpenSearch $VERSION on $URL (data and logs in $RUN)"
  # setsid detaches it from this shell; the lock fds are closed so it does not hold them.
  setsid "${as_root[@]}" env -i PATH=/usr/bin:/bin HOME="$RUN" LANG=C.UTF-8 \
    OPENSEARCH_JAVA_HOME="$java" OPENSEARCH_PATH_CONF="$RUN/config" \
    OPENSEARCH_TMPDIR="$RUN/tmp" "$RUN/engine/bin/opensearch" \
    </dev/null >"$RUN/logs/stdout.log" 2>&1 8>&- 9>&- &
  echo $! >"$PIDFILE"
}

wait_healthy() {
  local deadline=$((SECONDS + TIMEOUT))
  until curl -fsS -o /dev/null "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null; do
    engine_pid >/dev/null || fail "the engine exited during start-up"
    ((SECONDS < deadline)) || fail "the engine was not healthy after ${TIMEOUT}s"
    sleep 1
  done
  curl -fsS "$URL/_nodes?filter_path=nodes.*.modules.name" | grep -q '"analysis-common"' \
    || fail "the engine runs without the analysis-common module"
}

stop_engine() {
  local pid i
  pid=$(engine_pid) || { rm -f "$PIDFILE"; return 0; }
  log "stopping OpenSearch (pid $pid)"
  kill "$pid"
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

# One start/stop at a time per port: a second caller waits, then finds it running.
exec 9>"$RUN.lock"; flock 9
case "${1:-}" in
  start)
    engine_pid >/dev/null || start_engine
    wait_healthy
    echo "SEARCH_URL=opensearch://127.0.0.1:$PORT"
    ;;
  stop) stop_engine ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
