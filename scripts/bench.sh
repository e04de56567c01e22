#!/usr/bin/env bash
# `make bench`: the benchmarks (not part of `make test`). Starts its own PostgreSQL,
# Redis and search engine (ports 54340, 63840, 9250), measures, stops them, and writes
# bench/results/latest.{json,md,png}. Options: --quick (N=500 and 2,000, fewer
# requests; writes quick.*), --sizes 5000,50000, --queries, --duration; see
# `.venv/bin/python -m bench.run --help`.
set -euo pipefail
cd "$(dirname "$0")/.."
# The page load comes from wrk, Debian's HTTP load generator.
if ! command -v wrk >/dev/null; then
  echo "== installing wrk"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
exec .venv/bin/python -m bench.run "$@"
