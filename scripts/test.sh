#!/usr/bin/env bash
# `make test`: quality gates, then the suite on a real PostgreSQL, a real Redis and, where
# the machine can run one, a real search engine. The servers are started here and stopped
# on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export DJANGO_SETTINGS_MODULE=config.settings.test

cleanup() {
  scripts/search-engine.sh stop >/dev/null 2>&1 || true
  scripts/redis.sh stop || true
  scripts/postgres.sh stop || true
}
trap cleanup EXIT

echo "== static checks"
$BIN/ruff check .
$BIN/ruff format --check .

echo "== PostgreSQL"
export "$(scripts/postgres.sh start | tail -n1)"

echo "== Redis"
export "$(scripts/redis.sh start | tail -n1)"

echo "== Django checks"
$BIN/python manage.py check --fail-level WARNING
$BIN/python manage.py makemigrations --check --dry-run
$BIN/python manage.py compilemessages --ignore=.venv --verbosity 0

scripts/browser.sh install

echo "== test suite (database search backend)"
$BIN/pytest -m "not engine" "$@"

echo "== search engine"
if engine_line=$(scripts/search-engine.sh start | tail -n1) && [[ $engine_line == SEARCH_URL=* ]]; then
  echo "== search tests on the engine (${engine_line#SEARCH_URL=})"
  SEARCH_URL="${engine_line#SEARCH_URL=}" $BIN/pytest tests/search -m engine
elif [ "${CI:-}" = "true" ]; then
  echo "The search engine did not start; with CI=true that is a failure." >&2
  exit 1
else
  echo "No search engine on this machine: engine tests skipped."
fi
