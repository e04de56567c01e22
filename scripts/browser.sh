#!/usr/bin/env bash
# Debian's Chromium for the browser tests: `install` makes sure /usr/bin/chromium exists.
set -euo pipefail
case "${1:-}" in
  install)
    if [ ! -x /usr/bin/chromium ]; then
      echo "== installing Chromium"
      if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    fi
    ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
